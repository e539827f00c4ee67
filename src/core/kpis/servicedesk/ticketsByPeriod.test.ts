import type { Grid } from '../../cells';
import { serialFromParts } from '../../dates';
import { run, code, message } from '../../../../test/helpers/kpiError';

describe('MSP.TICKETSBYPERIOD', () => {
  const T: Grid = [
    ['Ticket #', 'Created', 'First Response', 'Resolved', 'SLA Met'],
    [1, '2025-01-10 09:00', '2025-01-10 10:00', '2025-01-10 13:00', 'yes'],
    [2, '2025-01-20 09:00', '2025-01-20 11:00', '2025-03-03 09:00', 'no'],
    [3, '2025-03-05 09:00', null, null, null],
  ];
  const HEADER = [
    'Period start',
    'Opened',
    'Resolved',
    'Net',
    'Backlog',
    'SLA met',
    'Avg first response (h)',
    'Avg resolution (h)',
  ];

  it('months, an empty month included; averages over the tickets opened in the period', () => {
    // January: opened 1 and 2, resolved 1 → net 1, backlog 1; SLA 1 of 2; first response (1 + 2) ÷ 2;
    // resolution (4 + 1008) ÷ 2 = 506 (ticket 2: 11 days of January + 28 of February + 3 of March = 42 days = 1008 h). February: nothing, backlog 1.
    // March: opened 3, resolved 2 → net 0, backlog 1; ticket 3 has no flag, no response, no resolution.
    expect(run('TICKETSBYPERIOD', T)).toEqual([
      HEADER,
      [serialFromParts(2025, 1, 1), 2, 1, 1, 1, 0.5, 1.5, 506],
      [serialFromParts(2025, 2, 1), 0, 0, 0, 1, '', '', ''],
      [serialFromParts(2025, 3, 1), 1, 1, 0, 1, '', '', ''],
    ]);
  });

  it('ISO weeks start on Monday; the interval word may be French', () => {
    const weeks = run('TICKETSBYPERIOD', T, 'semaine') as unknown[][];
    // Friday 2025-01-10 is in the week of Monday 6 January; the last event, Monday 3 March, starts its own week.
    expect(weeks.length).toBe(1 + 9);
    expect(weeks[1]![0]).toBe(serialFromParts(2025, 1, 6));
    expect(weeks[1]!.slice(1, 5)).toEqual([1, 1, 0, 0]);
    expect(weeks[3]).toEqual([serialFromParts(2025, 1, 20), 1, 0, 1, 1, 0, 2, 1008]);
    expect(weeks[9]![0]).toBe(serialFromParts(2025, 3, 3));
    expect(weeks[9]!.slice(1, 5)).toEqual([1, 1, 0, 1]);
  });

  it('days', () => {
    const days = run('TICKETSBYPERIOD', T.slice(0, 2), 'day');
    expect(days).toEqual([HEADER, [serialFromParts(2025, 1, 10), 1, 1, 0, 0, 1, 1, 4]]);
  });

  it('"" for resolved, net and backlog without a resolved column', () => {
    const t: Grid = [['Created'], ['2025-01-10'], ['2025-01-11']];
    expect(run('TICKETSBYPERIOD', t)).toEqual([HEADER, [serialFromParts(2025, 1, 1), 2, '', '', '', '', '', '']]);
  });

  it('a mistyped year that would spill more than 50 000 rows is #NUM! naming the dates', () => {
    // 2025 → 2205 is 180 years ≈ 65 700 days; the same span in weeks (≈ 9 400) is fine.
    const typo: Grid = [['Created'], ['2025-01-01'], ['2205-01-01']];
    const r = run('TICKETSBYPERIOD', typo, 'day');
    expect(code(r)).toBe('#NUM!');
    expect(message(r)).toContain('from 2025-01-01 to 2205-01-01');
    expect(Array.isArray(run('TICKETSBYPERIOD', typo, 'week'))).toBe(true);
  });

  it('bad interval, missing creation column, no creation dates', () => {
    expect(code(run('TICKETSBYPERIOD', T, 'fortnight'))).toBe('#VALUE!');
    expect(code(run('TICKETSBYPERIOD', [['Ticket #'], [1]]))).toBe('#VALUE!');
    expect(
      code(
        run('TICKETSBYPERIOD', [
          ['Ticket #', 'Created'],
          [1, null],
        ]),
      ),
    ).toBe('#N/A');
  });
});
