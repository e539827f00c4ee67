import type { Grid } from '../../cells';
import { run, code, message } from '../../../../test/helpers/kpiError';

describe('MSP.CSAT', () => {
  it('seed 002: 85 positive answers out of 100 = 85 %', () => {
    const answers: Grid = [...Array<number>(85).fill(5), ...Array<number>(15).fill(2)].map((v) => [v]);
    expect(run('CSAT', answers)).toBe(0.85);
  });
  it('numbers ≥ positive_min (default 4) are positive', () => {
    // 5, 4 positive; 3, 1 not: 2 ÷ 4. With positive_min 3: 3 ÷ 4. On a 1–10 scale with 8: 9 ÷ … 1 of 4.
    expect(run('CSAT', [[5, 4, 3, 1]])).toBe(0.5);
    expect(run('CSAT', [[5, 4, 3, 1]], 3)).toBe(0.75);
    expect(run('CSAT', [[9, 7, 6, 2]], 8)).toBe(0.25);
  });
  it('words in five languages and emoji; blanks (null, "", 0) and Zendesk "Offered" ignored', () => {
    const words: Grid = [
      ['Good'],
      ['bad'],
      ['Satisfied'],
      ['unsatisfied'],
      ['neutral'],
      ['👍'],
      ['👎'],
      ['😀'],
      ['😐'],
      ['😞'],
      ['Satisfait'],
      ['Tevreden'],
      ['Soddisfatto'],
      ['Zufrieden'],
      ['Mécontent'],
      ['Ontevreden'],
      ['Insoddisfatto'],
      ['Unzufrieden'],
      [null],
      [''],
      [0],
      ['Offered'],
      ['👍🏽'],
    ];
    // Positive: Good, Satisfied, 👍, 😀, Satisfait, Tevreden, Soddisfatto, Zufrieden, 👍🏽 = 9 of 19 answers.
    expect(run('CSAT', words)).toBeCloseTo(9 / 19, 12);
  });
  it('a header cell at the top is skipped; an unknown word elsewhere is #VALUE! naming the cell', () => {
    expect(run('CSAT', [['Satisfaction'], ['good'], ['bad']])).toBe(0.5);
    const r = run('CSAT', [['good'], ['meh']]);
    expect(code(r)).toBe('#VALUE!');
    expect(message(r)).toContain('MSP.CSAT: responses, row 2, column A of the range: "meh"');
  });
  it('no answers is #DIV/0!', () => {
    expect(code(run('CSAT', [[null], ['']]))).toBe('#DIV/0!');
  });
});
