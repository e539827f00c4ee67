import type { Grid } from '../../src/core/cells';

/**
 * A: met (12:00 ≤ 17:00). B: breached (resolved a day late). C: open, due 03-04 12:00, past due at
 * the as-of time 03-05 10:00 (D's resolution, the latest timestamp) → breached. D: resolved exactly
 * at its due time → met. E: open, due 03-06 → not yet due, left out. F: open, no due → left out.
 */
export const DUE_TABLE: Grid = [
  ['Ticket #', 'Created', 'Resolved', 'Due By'],
  ['A', '2025-03-03 09:00', '2025-03-03 12:00', '2025-03-03 17:00'],
  ['B', '2025-03-03 10:00', '2025-03-04 11:00', '2025-03-04 10:00'],
  ['C', '2025-03-04 09:00', null, '2025-03-04 12:00'],
  ['D', '2025-03-05 08:00', '2025-03-05 10:00', '2025-03-05 10:00'],
  ['E', '2025-03-05 09:00', '', '2025-03-06 09:00'],
  ['F', '2025-03-05 09:30', 0, null],
];
