import { code, run } from '../../../test/helpers/kpiError';
import { HAND_LEDGER, seedChurnLedger } from '../../../test/helpers/ledgers';
import type { Grid } from '../cells';
import { KpiError } from '../errors';
import { evaluate } from '../evaluate';
import { revenueFunctions } from './revenue';

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

describe('worked examples of the revenue functions', () => {
  it.each(revenueFunctions.flatMap((f) => f.examples.map((ex) => [ex.formula, f, ex] as const)))('%s', (_, f, ex) => {
    const out = evaluate(f, ex.args);
    if (typeof ex.result === 'string' && ex.result.startsWith('#')) expect(code(out)).toBe(ex.result);
    else expect(out).toEqual(ex.result);
  });
});

describe('MRR', () => {
  it('divides each amount by its billing months, words in five languages, one-time left out', () => {
    // 120 + 360 ÷ 3 + 720 ÷ 6 + 1440 ÷ 12 + 2880 ÷ 24 + 4320 ÷ 36 = 120 × 6; the one-time 999 is not recurring.
    const amounts = [[120], [360], [720], [1440], [2880], [4320], [999]];
    expect(
      run('MRR', amounts, [
        ['mensuel'],
        ['kwartaal'],
        ['semestrale'],
        ['jährlich'],
        ['biennial'],
        ['triennale'],
        ['una tantum'],
      ]),
    ).toBe(720);
    expect(
      run('MRR', amounts, [
        ['Monthly'],
        ['Trimestriel'],
        ['halfjaarlijks'],
        ['annuale'],
        ['zweijährlich'],
        ['driejaarlijks'],
        ['einmalig'],
      ]),
    ).toBe(720);
    expect(run('MRR', [[300], [300]], [['maandelijks'], ['vierteljährlich']])).toBe(400);
    expect(run('MRR', [[300], [300]], [['mensile'], ['ponctuel']])).toBe(300);
    expect(run('MRR', [[100], [100]], [['eenmalig'], ['monatlich']])).toBe(100);
  });
  it('reads numbers as months, blanks as monthly, and sums amounts like SUM', () => {
    // 100 ÷ 1 (blank) + 200 ÷ 1 ("") + 300 ÷ 1 (0) + 1200 ÷ 12 ("12" as text); the text amount is ignored.
    expect(run('MRR', [[100], [200], [300], [1200], ['note']], [[null], [''], [0], ['12'], [3]])).toBe(700);
    expect(run('MRR', [[1200, 2400]], 12)).toBe(300);
    expect(run('MRR', [[1200, 2400]], null)).toBe(3600);
  });
  it('refuses a bad billing cell naming it, a period of 0 or less, and a shape mismatch', () => {
    const bad = run('MRR', [[1], [2]], [['monthly'], ['weekly']]) as KpiError;
    expect(bad.code).toBe('#VALUE!');
    expect(bad.message).toMatch(/MSP\.MRR: billing_months, row 2, column A .*"weekly"/);
    expect(code(run('MRR', 100, -3))).toBe('#NUM!');
    expect(code(run('MRR', [[1], [2]], [[1], [2], [3]]))).toBe('#VALUE!');
    expect(code(run('MRR', 'abc', 1))).toBe('#VALUE!');
  });
});

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

describe('CLV and unit economics', () => {
  it('CLV = ARPA × margin ÷ churn (seed 002: 100 000 a year for 5 years = 500 000)', () => {
    expect(run('CLV', 100000, 0.2)).toBe(500000);
    expect(run('CLV', 100000, 0.2, 0.5)).toBe(250000);
  });
  it('CLV errors: churn 0 is #DIV/0!, margin above 1 or churn above 1 is #NUM!', () => {
    expect(code(run('CLV', 100000, 0))).toBe('#DIV/0!');
    expect(code(run('CLV', 100000, 0.2, 1.5))).toBe('#NUM!');
    expect(code(run('CLV', 100000, 1.2))).toBe('#NUM!');
    expect(code(run('CLV', -1, 0.2))).toBe('#NUM!');
  });
  it('CAC, LTV:CAC, payback, customer value, contribution, recurring share', () => {
    expect(run('CAC', [[20000, 10000]], 6)).toBe(5000);
    expect(run('LTVCAC', 15000, 5000)).toBe(3);
    // 6000 ÷ (1000 × 0.5) = 12 months; without a margin 6000 ÷ 1000 = 6.
    expect(run('PAYBACK', 6000, 1000, 0.5)).toBe(12);
    expect(run('PAYBACK', 6000, 1000)).toBe(6);
    expect(code(run('PAYBACK', 6000, 1000, 0))).toBe('#NUM!');
    expect(run('CUSTOMERVALUE', 5000, 8000)).toBe(-3000);
    // Seed 000: CC = average revenue per customer − average COGS.
    expect(run('CONTRIBUTION', 2500, 1600)).toBe(900);
    expect(run('RECURRINGSHARE', 300, 400)).toBe(0.75);
    expect(code(run('RECURRINGSHARE', 500, 400))).toBe('#NUM!');
  });
});
