import type { Grid } from '../../cells';
import { serialFromParts } from '../../dates';
import { KpiError } from '../../errors';
import { run, code } from '../../../../test/helpers/kpiError';

const message = (v: unknown) => (v instanceof KpiError ? v.message : `not an error: ${JSON.stringify(v)}`);

/**
 * A: met (12:00 ≤ 17:00). B: breached (resolved a day late). C: open, due 03-04 12:00, past due at
 * the as-of time 03-05 10:00 (D's resolution, the latest timestamp) → breached. D: resolved exactly
 * at its due time → met. E: open, due 03-06 → not yet due, left out. F: open, no due → left out.
 */
const DUE_TABLE: Grid = [
  ['Ticket #', 'Created', 'Resolved', 'Due By'],
  ['A', '2025-03-03 09:00', '2025-03-03 12:00', '2025-03-03 17:00'],
  ['B', '2025-03-03 10:00', '2025-03-04 11:00', '2025-03-04 10:00'],
  ['C', '2025-03-04 09:00', null, '2025-03-04 12:00'],
  ['D', '2025-03-05 08:00', '2025-03-05 10:00', '2025-03-05 10:00'],
  ['E', '2025-03-05 09:00', '', '2025-03-06 09:00'],
  ['F', '2025-03-05 09:30', 0, null],
];

describe('MSP.BACKLOG', () => {
  it('default: the open tickets', () => {
    // C, E and F are open (F's resolved cell is 0, a blank).
    expect(run('BACKLOG', DUE_TABLE)).toBe(3);
  });
  it('at a given moment: created by then and not resolved by then', () => {
    // At 2025-03-04 10:00: B (resolved 03-04 11:00) and C (created 09:00); A resolved, D–F not created.
    expect(run('BACKLOG', DUE_TABLE, '2025-03-04 10:00')).toBe(2);
    expect(run('BACKLOG', DUE_TABLE, serialFromParts(2025, 3, 4, 10))).toBe(2);
    // At 2025-03-03 12:00 exactly: A is resolved at that instant (not open), B open.
    expect(run('BACKLOG', DUE_TABLE, '2025-03-03 12:00')).toBe(1);
    expect(code(run('BACKLOG', DUE_TABLE, 'next week'))).toBe('#VALUE!');
  });
  it('a status column stands in when there is no resolved column', () => {
    const t: Grid = [
      ['Ticket #', 'Status'],
      [1, 'Closed'],
      [2, 'Open'],
      [3, 'In Progress'],
      [4, 'Résolu'],
      [5, 'Gelöst'],
      [6, 'Waiting Customer'],
    ];
    expect(run('BACKLOG', t)).toBe(3);
    const r = run('BACKLOG', [
      ['Ticket #', 'Created'],
      [1, '2025-03-03'],
    ]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toMatch(/no resolved time column.*status column/);
  });
});
