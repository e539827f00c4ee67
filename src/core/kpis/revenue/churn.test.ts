import { code, run } from '../../../../test/helpers/kpiError';
import { HAND_LEDGER, seedChurnLedger } from '../../../../test/helpers/ledgers';
import type { Grid } from '../../cells';

describe('CHURN, RETENTION, NRR, GRR', () => {
  it('seed 002: lose 5 of 100 customers = 5 %', () => {
    expect(run('CHURN', seedChurnLedger())).toBe(0.05);
    expect(run('RETENTION', seedChurnLedger())).toBe(0.95);
    expect(run('CHURNRATE', 5, 100)).toBe(0.05);
  });

  const WIDE: Grid = [
    ['Customer', '2025-01', '2025-02', '2025-03', '2025-04'],
    ['Martin', 540, 540, 610, 610],
    ['Van Dijk', 1200, 1100, 1100, ''],
    ['Rossi', 0, 800, 800, 800],
    ['Müller', 600, null, 0, 650],
  ];
  it('selects the period by index, label or date', () => {
    // Feb: Müller lost of Martin, Van Dijk, Müller → 1/3. Mar: nobody lost → 0. Apr: Van Dijk lost of 3 → 1/3.
    expect(run('CHURN', WIDE, 2)).toBe(1 / 3);
    expect(run('CHURN', WIDE, 3)).toBe(0);
    expect(run('CHURN', WIDE, '2025-03')).toBe(0);
    expect(run('CHURN', WIDE, 45717)).toBe(0); // DATE(2025,3,1)
    expect(run('CHURN', WIDE, 45689 + 9)).toBe(1 / 3); // DATE(2025,2,10)
    expect(run('CHURN', WIDE, null)).toBe(1 / 3);
    expect(code(run('CHURN', WIDE, 'April'))).toBe('#N/A');
  });

  it('window k = 3 over the hand ledger', () => {
    // P1 → P4: cohort OnlyBase 40, Grow 100, Back 60 (200). At P4: 0, 120, 70.
    expect(run('CHURN', HAND_LEDGER, 4, 3)).toBe(1 / 3);
    expect(run('RETENTION', HAND_LEDGER, 'P4', 3)).toBe(2 / 3);
    expect(run('NRR', HAND_LEDGER, 4, 3)).toBe(0.95); // 190 ÷ 200
    expect(run('GRR', HAND_LEDGER, 4, 3)).toBe(0.8); // (0 + 100 + 60) ÷ 200
    expect(run('CHURN', HAND_LEDGER, 4, 3, 'omzet')).toBeCloseTo(0.2, 15); // 1 − GRR, basis in Dutch
  });

  it('NRR and GRR hand-worked with k = 1', () => {
    // P3 → P4: start Grow 150, Back 70, Late 30 = 250; end 120 + 70 + 45 = 235; kept 120 + 70 + 30 = 220.
    expect(run('NRR', HAND_LEDGER)).toBe(235 / 250);
    expect(run('GRR', HAND_LEDGER)).toBe(220 / 250);
  });

  it('customers active only in the baseline count in the first window only', () => {
    // P1 → P2: OnlyBase and Back lost of 3.
    expect(run('CHURN', HAND_LEDGER, 2)).toBe(2 / 3);
  });

  it('errors: window before the data, bad months, unknown basis', () => {
    expect(code(run('CHURN', HAND_LEDGER, 2, 2))).toBe('#N/A');
    expect(code(run('NRR', HAND_LEDGER, 4, -1))).toBe('#NUM!');
    expect(code(run('CHURN', HAND_LEDGER, 4, 1, 'logos per year'))).toBe('#VALUE!');
    expect(code(run('CHURNRATE', 6, 5))).toBe('#NUM!');
    expect(code(run('CHURNRATE', 0, 0))).toBe('#DIV/0!');
  });
});
