import type { Grid } from '../../cells';
import { run, code, message } from '../../../../test/helpers/kpiError';

describe('MSP.TICKETSBYCLIENT', () => {
  it('one row per client, most tickets first, ties by name, blanks last', () => {
    const t: Grid = [
      ['Ticket #', 'Client', 'Created', 'Resolved', 'SLA Met', 'Hours'],
      [1, 'Beta', '2025-03-03 09:00', '2025-03-03 11:00', 'yes', 1],
      [2, 'Alpha', '2025-03-03 09:00', '2025-03-03 13:00', 'no', 2.5],
      [3, 'ALPHA', '2025-03-03 09:00', null, null, ''],
      [4, 'Beta', '2025-03-03 09:00', '2025-03-03 15:00', 'yes', 0.5],
      [5, 'Gamma', '2025-03-03 09:00', '2025-03-04 09:00', 'no', 3],
      [6, null, '2025-03-03 09:00', null, '', null],
    ];
    expect(run('TICKETSBYCLIENT', t)).toEqual([
      ['Client', 'Tickets', 'Open', 'Hours', 'Avg resolution (h)', 'SLA met'],
      ['Alpha', 2, 1, 2.5, 4, 0],
      // (2 + 6) ÷ 2 = 4 h; SLA 2 of 2.
      ['Beta', 2, 0, 1.5, 4, 1],
      ['Gamma', 1, 0, 3, 24, 0],
      ['(blank)', 1, 1, 0, '', ''],
    ]);
  });
  it('"" for open and hours without those columns; missing client column is #VALUE!', () => {
    expect(run('TICKETSBYCLIENT', [['Customer'], ['X'], ['X']])).toEqual([
      ['Client', 'Tickets', 'Open', 'Hours', 'Avg resolution (h)', 'SLA met'],
      ['X', 2, '', '', '', ''],
    ]);
    const r = run('TICKETSBYCLIENT', [['Ticket #'], [1]]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('"Company"');
  });
});
