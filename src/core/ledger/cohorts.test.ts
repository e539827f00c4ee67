import { HAND_LEDGER } from '../../../test/helpers/ledgers';
import { cohortTable } from './cohorts';
import { parseLedger } from './parse';

const ledger = parseLedger(HAND_LEDGER);
const HEADER = ['Cohort', 'Customers', 'M0', 'M1', 'M2', 'M3'];

describe('cohortTable', () => {
  it('shares of customers: cohorts by first active period, "" past the data and for empty cohorts', () => {
    // P1 cohort OnlyBase, Grow, Back: P2 only Grow (1/3); P3 and P4 Grow and Back (2/3). P3 cohort: Late.
    expect(cohortTable(ledger, 'customers')).toEqual([
      HEADER,
      ['P1', 3, 1, 1 / 3, 2 / 3, 2 / 3],
      ['P2', 0, '', '', '', ''],
      ['P3', 1, 1, 1, '', ''],
      ['P4', 0, '', '', '', ''],
    ]);
  });
  it("shares of MRR: the cohort's MRR ÷ its MRR in its first period", () => {
    // P1 cohort 200 → 150 → 150 + 70 → 120 + 70; Late 30 → 45.
    expect(cohortTable(ledger, 'mrr')).toEqual([
      HEADER,
      ['P1', 3, 1, 0.75, 1.1, 0.95],
      ['P2', 0, '', '', '', ''],
      ['P3', 1, 1, 1.5, '', ''],
      ['P4', 0, '', '', '', ''],
    ]);
  });
});
