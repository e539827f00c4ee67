import { code, run } from '../../../../test/helpers/kpiError';
import { KpiError } from '../../errors';

describe('MSP.CHURNRATE', () => {
  it('a summed range that overflows is #NUM!, as SUM is in Excel, not a ratio of infinities', () => {
    // 9e307 + 9e307 = 1.8e308 > Number.MAX_VALUE (≈ 1.797e308): the sum is not a finite number.
    const r = run('CHURNRATE', 1, [[9e307], [9e307]]);
    expect(code(r)).toBe('#NUM!');
    expect((r as KpiError).message).toContain('at_start');
    // Just below the limit the sum stands and the ratio is computed.
    expect(run('CHURNRATE', 1, [[8e307], [8e307]])).toBe(1 / 1.6e308);
  });
});
