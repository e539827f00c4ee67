import type { Grid } from '../../src/core/cells';

/**
 * A wide ledger worked by hand in several tests:
 * - OnlyBase is active in the baseline only and churns in P2;
 * - Grow expands in P2 (+50) and contracts in P4 (−30);
 * - Back churns in P2 and is reactivated in P3;
 * - Late is new in P3 and expands in P4 (+15).
 */
export const HAND_LEDGER: Grid = [
  ['Customer', 'P1', 'P2', 'P3', 'P4'],
  ['OnlyBase', 40, 0, 0, 0],
  ['Grow', 100, 150, 150, 120],
  ['Back', 60, null, 70, 70],
  ['Late', '', 0, 30, 45],
];

/** Seed 002: "start a year with 100 customers and lose 5: churn is 5 %". Ten customers also join (left out). */
export function seedChurnLedger(): Grid {
  const rows: Grid = [['Customer', 'Start of year', 'End of year']];
  for (let i = 0; i < 100; i++) rows.push([`Client ${i + 1}`, 500, i < 5 ? 0 : 500]);
  for (let i = 0; i < 10; i++) rows.push([`New ${i + 1}`, null, 300]);
  return rows;
}
