import { run, code } from '../../../../test/helpers/kpiError';

describe('MSP.CES', () => {
  it('average of the numeric scores, blanks ignored', () => {
    // (1 + 2 + 6 + 3) ÷ 4.
    expect(run('CES', [['CES'], [1], [2], [''], [null], [0], [6], ['3']])).toBe(3);
    expect(code(run('CES', [[1], ['hard']]))).toBe('#VALUE!');
    expect(code(run('CES', [[null]]))).toBe('#DIV/0!');
  });
});
