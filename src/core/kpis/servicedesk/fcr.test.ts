import type { Grid } from '../../cells';
import { run, code, message } from '../../../../test/helpers/kpiError';

describe('MSP.FCR', () => {
  it('first-contact-resolved ÷ rows with a flag; blanks (null, "") left out, 0 is FALSE', () => {
    const t: Grid = [
      ['Ticket #', 'First Contact Resolution'],
      [1, 'Yes'],
      [2, 'No'],
      [3, 'Oui'],
      [4, null],
      [5, 0],
      [6, true],
      [7, ''],
    ];
    // Yes: 1, 3, 6; no: 2, 5 → 3 ÷ 5.
    expect(run('FCR', t)).toBe(0.6);
  });
  it('missing column and no flags', () => {
    const r = run('FCR', [['Ticket #'], [1]]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('"First Contact Resolution"');
    expect(code(run('FCR', [['FCR'], [null]]))).toBe('#N/A');
  });
});
