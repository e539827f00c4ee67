import type { Grid } from '../../cells';
import { run, code } from '../../../../test/helpers/kpiError';

describe('MSP.TICKETSPERENDPOINT', () => {
  it('a count: tickets ÷ endpoints ÷ months', () => {
    expect(run('TICKETSPERENDPOINT', 600, 400, 3)).toBe(0.5);
    expect(run('TICKETSPERENDPOINT', 120, 400)).toBeCloseTo(0.3, 12);
    expect(code(run('TICKETSPERENDPOINT', 10, 0))).toBe('#DIV/0!');
    expect(code(run('TICKETSPERENDPOINT', 10, 5, 0))).toBe('#DIV/0!');
    expect(code(run('TICKETSPERENDPOINT', -1, 5))).toBe('#NUM!');
    expect(code(run('TICKETSPERENDPOINT', 'lots', 5))).toBe('#VALUE!');
  });
  it('a table: months from first to last creation ÷ (365.25/12), at least 1', () => {
    // 2025-01-01 00:00 → 2025-03-02 21:00 = 60.875 days = 2 × 30.4375: 4 tickets ÷ 2 endpoints ÷ 2 months = 1.
    const t: Grid = [
      ['Ticket #', 'Created'],
      [1, '2025-01-01 00:00'],
      [2, '2025-01-15'],
      [3, '2025-02-10'],
      [4, '2025-03-02 21:00'],
    ];
    expect(run('TICKETSPERENDPOINT', t, 2)).toBeCloseTo(1, 12);
    expect(run('TICKETSPERENDPOINT', t, 2, 4)).toBe(0.5);
    // Less than a month of data counts as one month: 2 ÷ 4 ÷ 1.
    expect(run('TICKETSPERENDPOINT', t.slice(0, 3), 4)).toBe(0.5);
  });
  it('a range with no recognisable header is #VALUE!', () => {
    expect(code(run('TICKETSPERENDPOINT', [[3], [4]], 2, 1))).toBe('#VALUE!');
  });
});
