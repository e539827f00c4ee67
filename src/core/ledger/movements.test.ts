import { HAND_LEDGER } from '../../../test/helpers/ledgers';
import { ledgerMovements } from './movements';
import { parseLedger } from './parse';

describe('ledgerMovements', () => {
  const m = ledgerMovements(parseLedger(HAND_LEDGER));
  const column = (t: number) => [
    m.start[t],
    m.newMrr[t],
    m.expansion[t],
    m.reactivation[t],
    m.contraction[t],
    m.churn[t],
    m.end[t],
  ];

  it('reports the baseline as ending MRR and customers only', () => {
    // P1: 40 + 100 + 60 from three customers.
    expect([m.end[0], m.customersEnd[0]]).toEqual([200, 3]);
    expect([m.start[0], m.newMrr[0], m.churn[0]]).toEqual([0, 0, 0]);
  });

  it('churns a customer active only in the baseline, with expansion beside it', () => {
    // P2: start 200; Grow +50; OnlyBase −40 and Back −60 churn; end 150.
    expect(column(1)).toEqual([200, 0, 50, 0, 0, -100, 150]);
    expect([m.customersStart[1], m.customersEnd[1], m.churnedCustomers[1]]).toEqual([3, 1, 2]);
  });

  it('tells a reactivation (active before) from a new customer (never active)', () => {
    // P3: start 150; Late new +30; Back back +70; end 250.
    expect(column(2)).toEqual([150, 30, 0, 70, 0, 0, 250]);
    expect([m.customersEnd[2], m.churnedCustomers[2]]).toEqual([3, 0]);
  });

  it('counts contraction negative and keeps Start + movements = End', () => {
    // P4: start 250; Late +15; Grow −30; end 120 + 70 + 45 = 235.
    expect(column(3)).toEqual([250, 0, 15, 0, -30, 0, 235]);
    for (let t = 1; t < 4; t++) {
      const [start, ...rest] = column(t) as number[];
      const end = rest.pop()!;
      expect(start! + rest.reduce((a, b) => a + b, 0)).toBe(end);
    }
  });
});
