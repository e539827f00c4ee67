import { caught, code, run } from '../../../test/helpers/kpiError';
import { withFunction } from '../errors';
import { seedChurnLedger } from '../../../test/helpers/ledgers';
import type { Grid } from '../cells';
import { parseLedger } from './parse';
import {
  customerChurn,
  customerRetention,
  grossRetention,
  mrrChurn,
  netRetention,
  readWindow,
  windowStats,
} from './windows';

const LEDGER: Grid = [
  ['C', 'M1', 'M2', 'M3', 'M4', 'M5'],
  ['A', 100, 100, 100, 100, 130],
  ['B', 200, 200, 0, 0, 0],
  ['C', 0, 100, 100, 50, 50],
  ['D', 0, 0, 0, 80, 80],
  ['E', 50, 0, 0, 60, 40],
];
const ledger = parseLedger(LEDGER);
const stats = (period: number | null, months: number) => windowStats(ledger, readWindow(ledger, period, months));

describe('window metrics', () => {
  it('seed 002: 5 customers lost out of 100 at the start is 5 % churn, whoever joined meanwhile', () => {
    const seed = parseLedger(seedChurnLedger());
    const s = windowStats(seed, readWindow(seed, null, 1));
    expect(customerChurn(s)).toBe(0.05);
    expect(customerRetention(s)).toBe(0.95);
  });

  it('a window of 3 periods looks at the customers active 3 periods before', () => {
    // Window M2 → M5: cohort A (100), B (200), C (100); E was inactive at M2, D not there yet.
    const s = stats(5, 3);
    expect(s).toEqual({ cohort: 3, lost: 1, startMrr: 400, endMrr: 180, keptMrr: 150 });
    expect(customerChurn(s)).toBeCloseTo(1 / 3, 15);
    expect(customerRetention(s)).toBeCloseTo(2 / 3, 15);
    // NRR (130 + 0 + 50) ÷ 400; GRR (min(100,130) + min(200,0) + min(100,50)) ÷ 400.
    expect(netRetention(s)).toBe(0.45);
    expect(grossRetention(s)).toBe(0.375);
    expect(mrrChurn(s)).toBe(0.625);
  });

  it("with k = 1 they are ChartMogul's: NRR = (start + expansion + contraction + churn) ÷ start", () => {
    // M4 → M5: start 100 + 50 + 80 + 60 = 290; A +30, E −20, nobody lost.
    const s = stats(null, 1);
    expect(customerChurn(s)).toBe(0);
    expect(netRetention(s)).toBe((290 + 30 - 20) / 290);
    expect(grossRetention(s)).toBe((290 - 20) / 290);
  });

  it('a window reaching before the first period is #N/A; months must be a whole number ≥ 1', () => {
    expect(caught(() => readWindow(ledger, 3, 3)).code).toBe('#N/A');
    expect(
      withFunction(
        caught(() => readWindow(ledger, 3, 3)),
        'CHURN',
      ).message,
    ).toMatch(/MSP\.CHURN: .*3 periods ending at M3.*M1/);
    // The window length's bounds are its parameter's (a whole number ≥ 1), checked by the evaluator.
    expect(code(run('CHURN', LEDGER, 5, 0))).toBe('#NUM!');
    expect(code(run('CHURN', LEDGER, 5, 1.5))).toBe('#NUM!');
  });

  it('an empty cohort is #DIV/0!', () => {
    const l = parseLedger([
      ['C', 'M1', 'M2'],
      ['A', 0, 10],
    ]);
    const s = windowStats(l, readWindow(l, 2, 1));
    expect(caught(() => customerChurn(s)).code).toBe('#DIV/0!');
    expect(caught(() => netRetention(s)).code).toBe('#DIV/0!');
  });
});
