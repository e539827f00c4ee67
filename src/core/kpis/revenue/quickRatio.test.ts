import { code, run } from '../../../../test/helpers/kpiError';
import { HAND_LEDGER } from '../../../../test/helpers/ledgers';
import { KpiError } from '../../errors';

describe('QUICKRATIO', () => {
  it('gained ÷ lost of the period', () => {
    // P2: 50 gained, 100 lost; P4: 15 gained, 30 lost.
    expect(run('QUICKRATIO', HAND_LEDGER, 2)).toBe(0.5);
    expect(run('QUICKRATIO', HAND_LEDGER)).toBe(0.5);
  });
  it('#DIV/0! when nothing was lost, #N/A for the baseline', () => {
    // P3: new 30 and reactivation 70, no contraction or churn.
    const out = run('QUICKRATIO', HAND_LEDGER, 'P3') as KpiError;
    expect(out.code).toBe('#DIV/0!');
    expect(out.message).toMatch(/MSP\.QUICKRATIO: MRR lost .* is zero/);
    expect(code(run('QUICKRATIO', HAND_LEDGER, 1))).toBe('#N/A');
  });
});
