import { run } from '../../../../test/helpers/kpiError';
import { HAND_LEDGER } from '../../../../test/helpers/ledgers';

describe('COHORTS', () => {
  it('spills customers and mrr triangles with "" past the data', () => {
    const header = ['Cohort', 'Customers', 'M0', 'M1', 'M2', 'M3'];
    expect(run('COHORTS', HAND_LEDGER, 'clients')).toEqual([
      header,
      ['P1', 3, 1, 1 / 3, 2 / 3, 2 / 3],
      ['P2', 0, '', '', '', ''],
      ['P3', 1, 1, 1, '', ''],
      ['P4', 0, '', '', '', ''],
    ]);
    // MRR: 200 → 150 → 220 → 190; Late 30 → 45.
    expect((run('COHORTS', HAND_LEDGER, 'MRR') as unknown[][]).slice(1, 4)).toEqual([
      ['P1', 3, 1, 0.75, 1.1, 0.95],
      ['P2', 0, '', '', '', ''],
      ['P3', 1, 1, 1.5, '', ''],
    ]);
  });
});
