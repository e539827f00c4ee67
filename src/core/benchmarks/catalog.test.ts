import { FUNCTIONS } from '../registry';
import { catalog, findBenchmark, kpiIds, meets, rate } from './catalog';

describe('benchmark catalogue (SPEC §4)', () => {
  it('holds the 17 rows of the spec, once each (in registry order: each is declared with its KPI)', () => {
    expect([...kpiIds()].sort()).toEqual(
      [
        'CHURN',
        'SLA',
        'CSAT',
        'NOIMARGIN',
        'ADMINRATIO',
        'GROSSMARGIN',
        'CPL',
        'CONVERSION',
        'COSTPERHIRE',
        'TURNOVER',
        'TICKETSPERENDPOINT',
        'FCR',
        'UTILIZATION',
        'RECURRINGSHARE',
        'NRR',
        'LTVCAC',
        'QUICKRATIO',
      ].sort(),
    );
    expect(new Set(kpiIds()).size).toBe(catalog().length);
  });

  it('every catalogue kpi is the id of a registry function (the function whose result it rates)', () => {
    const ids = new Set(FUNCTIONS.map((f) => f.id));
    expect(kpiIds().filter((k) => !ids.has(k))).toEqual([]);
  });

  it('thresholds, directions and markers as written in the spec table', () => {
    const row = (k: string) => findBenchmark(k)!;
    expect(row('SLA')).toMatchObject({
      better: 'higher',
      healthy: { value: 0.9, basis: 'projectDefault' },
      best: { value: 0.95 },
    });
    expect(row('TURNOVER')).toMatchObject({ better: 'lower', healthy: { value: 0.15, strict: true } });
    expect(row('TURNOVER').best).toBeUndefined();
    expect(row('TICKETSPERENDPOINT')).toMatchObject({
      healthy: { value: 1, strict: true },
      best: { value: 0.5, basis: 'secondary' },
    });
    expect(row('TICKETSPERENDPOINT').best!.strict).toBeUndefined();
    expect(row('GROSSMARGIN')).toMatchObject({ healthy: { value: 0.462 }, best: { value: 0.494 } });
    expect(row('CPL')).toMatchObject({ better: 'lower', healthy: { value: 300 }, best: { value: 100 }, unit: 'usd' });
    for (const k of ['FCR', 'UTILIZATION', 'QUICKRATIO']) {
      expect([row(k).healthy.basis, row(k).best!.basis]).toEqual(['secondary', 'secondary']);
    }
    for (const k of ['ADMINRATIO', 'TURNOVER', 'RECURRINGSHARE', 'LTVCAC']) expect(row(k).best).toBeUndefined();
    for (const r of catalog()) expect(r.source.length).toBeGreaterThan(3);
  });

  it('finds rows case-insensitively, with or without the MSP. prefix', () => {
    expect(findBenchmark(' msp.churn ')!.kpi).toBe('CHURN');
    expect(findBenchmark('ARR')).toBeUndefined();
  });
});

describe('rating rule', () => {
  it('higher is better — SLA: healthy ≥ 0.90, best ≥ 0.95, Watch down to 0.90 − 0.2 × 0.90 = 0.72', () => {
    expect(rate('SLA', 1)).toBe('best');
    expect(rate('SLA', 0.95)).toBe('best');
    expect(rate('SLA', 0.9499)).toBe('healthy');
    expect(rate('SLA', 0.9)).toBe('healthy');
    expect(rate('SLA', 0.8999)).toBe('watch');
    expect(rate('SLA', 0.72)).toBe('watch');
    expect(rate('SLA', 0.9 - 0.18)).toBe('watch'); // 0.7200000000000001 in binary: still the boundary
    expect(rate('SLA', 0.71)).toBe('act');
    expect(rate('SLA', 0.75)).toBe('watch'); // seed 002: 300 ÷ 400
  });

  it('lower is better — CHURN: healthy ≤ 0.10, best ≤ 0.05, Watch up to 0.10 + 0.2 × 0.10 = 0.12', () => {
    expect(rate('CHURN', 0)).toBe('best');
    expect(rate('CHURN', 0.05)).toBe('best'); // seed 002: 5 lost of 100
    expect(rate('CHURN', 0.0501)).toBe('healthy');
    expect(rate('CHURN', 0.1)).toBe('healthy');
    expect(rate('CHURN', 0.1001)).toBe('watch');
    expect(rate('CHURN', 0.12)).toBe('watch');
    expect(rate('CHURN', 0.121)).toBe('act');
  });

  it('money — CPL (USD, lower): 200 is Healthy as seed 002 says (100–300), 360 = 300 × 1.2 is Watch', () => {
    expect(rate('CPL', 100)).toBe('best');
    expect(rate('CPL', 200)).toBe('healthy');
    expect(rate('CPL', 300)).toBe('healthy');
    expect(rate('CPL', 360)).toBe('watch');
    expect(rate('CPL', 361)).toBe('act');
    expect(rate('COSTPERHIRE', 5000)).toBe('healthy'); // seed 002: 60 000 ÷ 12
  });

  it('strict thresholds: a value equal to the threshold misses it (by 0, so Watch)', () => {
    expect(rate('TURNOVER', 0.1)).toBe('healthy'); // seed 002: 5 ÷ 50, below 15 %
    expect(rate('TURNOVER', 0.1499)).toBe('healthy');
    expect(rate('TURNOVER', 0.15)).toBe('watch');
    expect(rate('TURNOVER', 0.18)).toBe('watch'); // 0.15 × 1.2
    expect(rate('TURNOVER', 0.181)).toBe('act');
    expect(rate('TICKETSPERENDPOINT', 0.5)).toBe('best'); // best is ≤ 0.5, inclusive
    expect(rate('TICKETSPERENDPOINT', 0.99)).toBe('healthy');
    expect(rate('TICKETSPERENDPOINT', 1)).toBe('watch');
    expect(rate('TICKETSPERENDPOINT', 1.2)).toBe('watch');
    expect(rate('TICKETSPERENDPOINT', 2)).toBe('act'); // seed 002: 1000 tickets ÷ 500 endpoints
  });

  it('rows without a best threshold top out at Healthy; ratios above 1 rate like any number', () => {
    expect(rate('ADMINRATIO', 0)).toBe('healthy');
    expect(rate('ADMINRATIO', 0.24)).toBe('watch'); // 0.20 × 1.2
    expect(rate('ADMINRATIO', 0.25)).toBe('act');
    expect(rate('LTVCAC', 10)).toBe('healthy');
    expect(rate('LTVCAC', 2.4)).toBe('watch'); // 3 − 0.6
    expect(rate('LTVCAC', 2.3)).toBe('act');
    expect(rate('NRR', 1.1)).toBe('best');
    expect(rate('NRR', 0.8)).toBe('watch'); // 1 − 0.2
    expect(rate('QUICKRATIO', 4)).toBe('best');
    expect(rate('GROSSMARGIN', 0.46)).toBe('watch');
    expect(rate('NOIMARGIN', -0.05)).toBe('act');
    expect(rate('NOIMARGIN', 0.08)).toBe('watch'); // 0.10 − 0.02
  });

  it('meets compares inclusively or strictly, tolerating float noise only', () => {
    expect(meets('higher', 0.7 + 0.2, { value: 0.9 })).toBe(true); // 0.8999999999999999
    expect(meets('higher', 0.9, { value: 0.9, strict: true })).toBe(false);
    expect(meets('lower', 0.15000000000000002, { value: 0.15, strict: true })).toBe(false);
    expect(meets('lower', 0.1499999, { value: 0.15, strict: true })).toBe(true);
  });
});
