import { run } from '../../test/helpers/kpiError';
import { KpiError } from '../core/errors';
import { ledgerMovements } from '../core/ledger/movements';
import { parseLedger } from '../core/ledger/parse';
import { sampleLedger, sampleWideLedger } from './sampleLedger';

describe('sample ledger (long layout)', () => {
  const grid = sampleLedger();

  it('is deterministic', () => {
    expect(sampleLedger()).toEqual(grid);
  });

  it('looks like a billing export: header, a few hundred rows, dates as serials from January 2024 to June 2025', () => {
    expect(grid[0]).toEqual(['Invoice #', 'Customer', 'Invoice date', 'Service', 'Monthly amount']);
    expect(grid.length - 1).toBeGreaterThanOrEqual(500);
    expect(grid.length - 1).toBeLessThanOrEqual(720);
    for (const [, , date, , amount] of grid.slice(1)) {
      // DATE(2024,1,1) = 45292; DATE(2025,6,30) = 45838.
      expect(date).toBeGreaterThanOrEqual(45292);
      expect(date).toBeLessThanOrEqual(45838);
      expect(amount).toBeGreaterThan(0);
    }
  });

  it('parses as a long ledger of about 40 customers over 18 months, with every kind of movement', () => {
    const ledger = parseLedger(grid);
    expect(ledger.layout).toBe('long');
    expect(ledger.periods.length).toBe(18);
    expect(ledger.customers.length).toBe(40);
    const m = ledgerMovements(ledger);
    const some = (a: Float64Array) => a.some((v) => v !== 0);
    expect([some(m.newMrr), some(m.expansion), some(m.reactivation), some(m.contraction), some(m.churn)]).toEqual([true, true, true, true, true]);
  });

  it('works with every ledger function', () => {
    for (const id of ['MRRMOVES', 'CHURN', 'RETENTION', 'NRR', 'GRR', 'QUICKRATIO', 'COHORTS', 'ARPA']) {
      expect(run(id, grid)).not.toBeInstanceOf(KpiError);
    }
  });
});

describe('sample ledger (wide layout)', () => {
  it('gives the hand-worked movements', () => {
    expect((run('MRRMOVES', sampleWideLedger()) as unknown[][]).slice(1)).toEqual([
      // Martin 450 + 90 on two rows. Feb: start 540 + 1200 + 600 = 2340; Rossi new 800; Van Dijk −100; Müller −600.
      ['2025-02', 2340, 800, 0, 0, -100, -600, 2440, 3, 1, 1 / 3],
      // Mar: Martin +70.
      ['2025-03', 2440, 0, 70, 0, 0, 0, 2510, 3, 0, 0],
      // Apr: Müller back 650, Van Dijk churns 1100.
      ['2025-04', 2510, 0, 0, 650, 0, -1100, 2060, 3, 1, 1 / 3],
    ]);
  });
});
