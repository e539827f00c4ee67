import type { Grid } from '../../cells';
import { run, code, message } from '../../../../test/helpers/kpiError';

describe('MSP.FRT and MSP.TTR', () => {
  // Resolved after 1, 2, 4, 7 and 10 hours; the sixth ticket is open.
  const RESOLVED: Grid = [
    ['Ticket ID', 'Created', 'First Response', 'Resolved'],
    [1, '2025-03-03 08:00', '2025-03-03 08:15', '2025-03-03 09:00'],
    [2, '2025-03-03 08:00', '2025-03-03 08:30', '2025-03-03 10:00'],
    [3, '2025-03-03 08:00', '2025-03-03 09:00', '2025-03-03 12:00'],
    [4, '2025-03-03 08:00', '2025-03-03 10:00', '2025-03-03 15:00'],
    [5, '2025-03-03 08:00', null, '2025-03-03 18:00'],
    [6, '2025-03-03 08:00', '2025-03-03 08:45', null],
  ];

  it('TTR over resolved rows: mean, and median / p90 as Excel MEDIAN and PERCENTILE.INC', () => {
    // Mean (1 + 2 + 4 + 7 + 10) ÷ 5 = 4.8. Median = 4 (3rd of 5).
    // PERCENTILE.INC(…, 0.9): rank 0.9 × (5 − 1) = 3.6 → 7 + 0.6 × (10 − 7) = 8.8.
    expect(run('TTR', RESOLVED)).toBeCloseTo(4.8, 12);
    expect(run('TTR', RESOLVED, 'median')).toBe(4);
    expect(run('TTR', RESOLVED, 'p90')).toBeCloseTo(8.8, 12);
    expect(run('TTR', RESOLVED, 'max')).toBe(10);
    expect(run('TTR', RESOLVED, 'médiane')).toBe(4);
    expect(run('TTR', RESOLVED, 'MEDIAAN')).toBe(4);
    expect(code(run('TTR', RESOLVED, 'mode'))).toBe('#VALUE!');
  });

  it('FRT over rows with both times: median of an even count interpolates', () => {
    // 0.25, 0.5, 1, 2, 0.75 h (ticket 5 has no response). Sorted 0.25 0.5 0.75 1 2:
    // mean 4.5 ÷ 5 = 0.9; median 0.75; p90 rank 3.6 → 1 + 0.6 × 1 = 1.6.
    expect(run('FRT', RESOLVED)).toBeCloseTo(0.9, 12);
    expect(run('FRT', RESOLVED, 'median')).toBe(0.75);
    expect(run('FRT', RESOLVED, 'p90')).toBeCloseTo(1.6, 12);
    // Without ticket 6: 0.25 0.5 1 2 → median (0.5 + 1) ÷ 2 = 0.75, p90 rank 2.7 → 1 + 0.7 × 1 = 1.7.
    expect(run('FRT', RESOLVED.slice(0, 6), 'median')).toBe(0.75);
    expect(run('FRT', RESOLVED.slice(0, 6), 'p90')).toBeCloseTo(1.7, 12);
  });

  it('duration-only exports: first response in a minutes or an hours column, no timestamps', () => {
    const zendesk: Grid = [
      ['Id', 'First reply time in minutes', 'Status'],
      [1, 30],
      [2, 90],
      [3, null],
      [4, 15],
      [5, ''],
    ];
    // 0.5 + 1.5 + 0.25 = 2.25 h over 3 tickets.
    expect(run('FRT', zendesk)).toBeCloseTo(0.75, 12);
    expect(run('FRT', zendesk, 'max')).toBe(1.5);
    const fresh: Grid = [
      ['Ticket ID', 'First response time (in hrs)', 'Resolution time (in hrs)'],
      [1, 2, 10],
      [2, 4, null],
      [3, '1,5', 20],
    ];
    expect(run('FRT', fresh)).toBeCloseTo(7.5 / 3, 12);
    expect(run('TTR', fresh)).toBe(15);
    const nl: Grid = [
      ['Ticketnummer', 'Eerste reactietijd (minuten)'],
      [1, 60],
      [2, 120],
    ];
    expect(run('FRT', nl)).toBe(1.5);
  });

  it('timestamps win over the duration column where both exist, the column fills the gaps', () => {
    const both: Grid = [
      ['Created', 'First Response', 'First response time (in hrs)'],
      ['2025-03-03 08:00', '2025-03-03 09:00', 5],
      ['2025-03-03 08:00', null, 3],
    ];
    expect(run('FRT', both)).toBe(2);
  });

  it('a missing column is #VALUE! naming the role and the headers accepted', () => {
    const r = run('FRT', [
      ['Ticket #', 'Created', 'Resolved'],
      [1, '2025-03-03', '2025-03-04'],
    ]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toMatch(
      /MSP\.FRT: tickets has no first response time column: expected a header such as "First Response".*first response duration column.*"First response time \(hrs\)"/,
    );
    const noCreated = run('TTR', [
      ['Ticket #', 'Resolved'],
      [1, '2025-03-04'],
    ]);
    expect(message(noCreated)).toMatch(/no created time column.*"Created at"/);
  });

  it('no qualifying ticket is #N/A', () => {
    expect(
      code(
        run('TTR', [
          ['Created', 'Resolved'],
          ['2025-03-03', null],
        ]),
      ),
    ).toBe('#N/A');
  });
});
