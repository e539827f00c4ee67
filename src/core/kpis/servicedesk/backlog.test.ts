import type { Grid } from '../../cells';
import { serialFromParts } from '../../dates';
import { run, code, message } from '../../../../test/helpers/kpiError';
import { DUE_TABLE } from '../../../../test/helpers/tickets';

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
