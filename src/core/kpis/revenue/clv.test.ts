import { code, run } from '../../../../test/helpers/kpiError';

describe('CLV and unit economics', () => {
  it('CLV = ARPA × margin ÷ churn (seed 002: 100 000 a year for 5 years = 500 000)', () => {
    expect(run('CLV', 100000, 0.2)).toBe(500000);
    expect(run('CLV', 100000, 0.2, 0.5)).toBe(250000);
  });
  it('CLV errors: churn 0 is #DIV/0!, margin above 1 or churn above 1 is #NUM!', () => {
    expect(code(run('CLV', 100000, 0))).toBe('#DIV/0!');
    expect(code(run('CLV', 100000, 0.2, 1.5))).toBe('#NUM!');
    expect(code(run('CLV', 100000, 1.2))).toBe('#NUM!');
    expect(code(run('CLV', -1, 0.2))).toBe('#NUM!');
  });
  it('CAC, LTV:CAC, payback, customer value, contribution, recurring share', () => {
    expect(run('CAC', [[20000, 10000]], 6)).toBe(5000);
    expect(run('LTVCAC', 15000, 5000)).toBe(3);
    // 6000 ÷ (1000 × 0.5) = 12 months; without a margin 6000 ÷ 1000 = 6.
    expect(run('PAYBACK', 6000, 1000, 0.5)).toBe(12);
    expect(run('PAYBACK', 6000, 1000)).toBe(6);
    expect(code(run('PAYBACK', 6000, 1000, 0))).toBe('#NUM!');
    expect(run('CUSTOMERVALUE', 5000, 8000)).toBe(-3000);
    // Seed 000: CC = average revenue per customer − average COGS.
    expect(run('CONTRIBUTION', 2500, 1600)).toBe(900);
    expect(run('RECURRINGSHARE', 300, 400)).toBe(0.75);
    expect(code(run('RECURRINGSHARE', 500, 400))).toBe('#NUM!');
  });
});
