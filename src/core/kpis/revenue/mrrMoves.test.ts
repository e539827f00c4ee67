import { code, run } from '../../../../test/helpers/kpiError';
import { HAND_LEDGER } from '../../../../test/helpers/ledgers';
import { KpiError } from '../../errors';

const MOVES_HEADER = [
  'Period',
  'Starting MRR',
  'New',
  'Expansion',
  'Reactivation',
  'Contraction',
  'Churn',
  'Ending MRR',
  'Customers',
  'Churned customers',
  'Customer churn',
];

describe('MRRMOVES', () => {
  it('spills a header and one row per period from the second, with the identity in every row', () => {
    expect(run('MRRMOVES', HAND_LEDGER)).toEqual([
      MOVES_HEADER,
      // P2: OnlyBase and Back churn (−40 −60), Grow +50; 2 of 3 customers lost.
      ['P2', 200, 0, 50, 0, 0, -100, 150, 1, 2, 2 / 3],
      // P3: Late new +30, Back reactivated +70; only Grow was active at the start.
      ['P3', 150, 30, 0, 70, 0, 0, 250, 3, 0, 0],
      // P4: Late +15, Grow −30.
      ['P4', 250, 0, 15, 0, -30, 0, 235, 3, 0, 0],
    ]);
  });
  it('puts "" for customer churn when nobody was active at the start', () => {
    const out = run('MRRMOVES', [
      ['C', 'P1', 'P2'],
      ['A', 0, 10],
    ]) as unknown[][];
    expect(out[1]).toEqual(['P2', 0, 10, 0, 0, 0, 0, 10, 1, 0, '']);
  });
  it('a single period has no movements: #N/A', () => {
    expect(
      code(
        run('MRRMOVES', [
          ['C', 'P1'],
          ['A', 10],
        ]),
      ),
    ).toBe('#N/A');
  });
  it('passes on an error found in the ledger range unchanged', () => {
    const err = new KpiError('#REF!');
    expect(
      run('MRRMOVES', [
        ['C', 'P1', 'P2'],
        ['A', 1, err],
      ]),
    ).toBe(err);
  });
});
