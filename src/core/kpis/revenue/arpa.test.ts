import { code, run } from '../../../../test/helpers/kpiError';
import { HAND_LEDGER } from '../../../../test/helpers/ledgers';

describe('ARPA', () => {
  it('MRR ÷ customers from numbers, a column of MRR summed', () => {
    expect(run('ARPA', 10000, 40)).toBe(250);
    expect(run('ARPA', [[4000], [6000], ['total']], '40')).toBe(250);
    expect(code(run('ARPA', 10000, null))).toBe('#DIV/0!');
    expect(code(run('ARPA', 10000, 'forty'))).toBe('#VALUE!');
  });
  it('MRR ÷ active customers of a ledger period', () => {
    // P2: Grow 150 alone; P4: 235 ÷ 3.
    expect(run('ARPA', HAND_LEDGER, 'P2')).toBe(150);
    expect(run('ARPA', HAND_LEDGER)).toBe(235 / 3);
  });
});
