import { HAND_LEDGER } from '../../../test/helpers/ledgers';
import { parseLedger } from './parse';
import { periodTotals } from './totals';

describe('periodTotals', () => {
  it('sums the MRR and counts the customers active in a period', () => {
    const ledger = parseLedger(HAND_LEDGER);
    expect(periodTotals(ledger, 0)).toEqual({ mrr: 200, customers: 3 });
    // P4: Grow 120, Back 70, Late 45.
    expect(periodTotals(ledger, 3)).toEqual({ mrr: 235, customers: 3 });
  });
});
