import { KpiError } from '../errors';
import { run, code } from '../../../test/helpers/kpiError';

describe('finance KPIs', () => {
  it('COGS adds licensing, labour and delivery (seed 000: COGS = licence + labour + delivery)', () => {
    expect(run('COGS', 1000, 2500, 500)).toBe(4000);
    expect(
      run(
        'COGS',
        [
          [100, 'note'],
          [200, null],
        ],
        50,
        null,
      ),
    ).toBe(350);
  });
  it('gross margin is (revenue − cogs) ÷ revenue, negative when cogs exceed revenue', () => {
    expect(run('GROSSMARGIN', 200, 150)).toBeCloseTo(0.25, 12);
    expect(run('GROSSMARGIN', 100, 130)).toBeCloseTo(-0.3, 12);
    expect(code(run('GROSSMARGIN', 0, 5))).toBe('#DIV/0!');
    expect(code(run('GROSSMARGIN', '', 5))).toBe('#DIV/0!');
    expect(code(run('GROSSMARGIN', -10, 5))).toBe('#NUM!');
  });
  it('NOI margin below 10 % is what seed 000 flags', () => {
    expect(run('NOIMARGIN', 1000, 950)).toBeCloseTo(0.05, 12);
    expect(run('NOI', 1000, 950)).toBe(50);
  });
  it('admin ratio and working capital', () => {
    expect(run('ADMINRATIO', 25, 100)).toBeCloseTo(0.25, 12);
    expect(run('WORKINGCAPITAL', 10, 25)).toBe(-15);
  });
  it('text that is not a number is #VALUE! naming the function and argument', () => {
    const r = run('NOI', 'abc', 1);
    expect(r).toBeInstanceOf(KpiError);
    expect((r as KpiError).code).toBe('#VALUE!');
    expect((r as KpiError).message).toMatch(/MSP\.NOI.*revenue/);
  });
  it('an error inside a range propagates unchanged', () => {
    const err = new KpiError('#N/A', { text: 'upstream' });
    expect(run('COGS', [[1, err]], 1, 1)).toBe(err);
  });
});
