import { code, run } from '../../../../test/helpers/kpiError';
import { KpiError } from '../../errors';

describe('MRR', () => {
  it('divides each amount by its billing months, words in five languages, one-time left out', () => {
    // 120 + 360 ÷ 3 + 720 ÷ 6 + 1440 ÷ 12 + 2880 ÷ 24 + 4320 ÷ 36 = 120 × 6; the one-time 999 is not recurring.
    const amounts = [[120], [360], [720], [1440], [2880], [4320], [999]];
    expect(
      run('MRR', amounts, [
        ['mensuel'],
        ['kwartaal'],
        ['semestrale'],
        ['jährlich'],
        ['biennial'],
        ['triennale'],
        ['una tantum'],
      ]),
    ).toBe(720);
    expect(
      run('MRR', amounts, [
        ['Monthly'],
        ['Trimestriel'],
        ['halfjaarlijks'],
        ['annuale'],
        ['zweijährlich'],
        ['driejaarlijks'],
        ['einmalig'],
      ]),
    ).toBe(720);
    expect(run('MRR', [[300], [300]], [['maandelijks'], ['vierteljährlich']])).toBe(400);
    expect(run('MRR', [[300], [300]], [['mensile'], ['ponctuel']])).toBe(300);
    expect(run('MRR', [[100], [100]], [['eenmalig'], ['monatlich']])).toBe(100);
  });
  it('reads numbers as months, blanks as monthly, and sums amounts like SUM', () => {
    // 100 ÷ 1 (blank) + 200 ÷ 1 ("") + 300 ÷ 1 (0) + 1200 ÷ 12 ("12" as text); the text amount is ignored.
    expect(run('MRR', [[100], [200], [300], [1200], ['note']], [[null], [''], [0], ['12'], [3]])).toBe(700);
    expect(run('MRR', [[1200, 2400]], 12)).toBe(300);
    expect(run('MRR', [[1200, 2400]], null)).toBe(3600);
  });
  it('refuses a bad billing cell naming it, a period of 0 or less, and a shape mismatch', () => {
    const bad = run('MRR', [[1], [2]], [['monthly'], ['weekly']]) as KpiError;
    expect(bad.code).toBe('#VALUE!');
    expect(bad.message).toMatch(/MSP\.MRR: billing_months, row 2, column A .*"weekly"/);
    expect(code(run('MRR', 100, -3))).toBe('#NUM!');
    expect(code(run('MRR', [[1], [2]], [[1], [2], [3]]))).toBe('#VALUE!');
    expect(code(run('MRR', 'abc', 1))).toBe('#VALUE!');
  });
});
