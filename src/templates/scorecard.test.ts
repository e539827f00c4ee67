import { messages } from '../core/i18n';
import { expectPlanAgrees, lineValue, planEngine } from '../../test/hyperformula/planSheets';
import { noDataRequest } from '../../test/helpers/planRequests';
import { buildPlan } from '.';

describe('scorecard plan', () => {
  it.each(['en', 'de'] as const)('every formula agrees with the core (%s)', (lang) => {
    const plan = buildPlan(noDataRequest('scorecard', lang));
    expect(expectPlanAgrees(plan, {})).toBeGreaterThan(60);
  });

  it("rates the seeds' worked examples as the spec's rule says", () => {
    const plan = buildPlan(noDataRequest('scorecard'));
    const hf = planEngine(plan, {});
    const m = messages('en');
    const rating = (kpi: keyof typeof m.kpiNames) => lineValue(plan, hf, m.kpiNames[kpi], 6);
    const value = (kpi: keyof typeof m.kpiNames) => lineValue(plan, hf, m.kpiNames[kpi], 3);
    const r = m.ratings;
    // 300 ÷ 400 = 75 %: misses 90 % by 15 points ≤ 20 % × 90 % = 18 → Watch.
    expect(value('SLA')).toBeCloseTo(0.75, 12);
    expect(rating('SLA')).toBe(r.watch);
    // 85 ÷ 100 = 85 %: ≥ 75 %, < 90 % → Healthy.
    expect(value('CSAT')).toBeCloseTo(0.85, 12);
    expect(rating('CSAT')).toBe(r.healthy);
    // 5 ÷ 100 = 5 % ≤ 5 % → Best in class.
    expect(rating('CHURN')).toBe(r.best);
    // 100 000 ÷ 500 = 200 USD: ≤ 300, > 100 → Healthy.
    expect(value('CPL')).toBeCloseTo(200, 12);
    expect(rating('CPL')).toBe(r.healthy);
    // 50 ÷ 1000 = 5 % ≥ 5 % → Best in class.
    expect(rating('CONVERSION')).toBe(r.best);
    // 60 000 ÷ 12 = 5000: ≤ 7000, > 4000 → Healthy.
    expect(value('COSTPERHIRE')).toBeCloseTo(5000, 12);
    expect(rating('COSTPERHIRE')).toBe(r.healthy);
    // 5 ÷ 50 = 10 % < 15 % → Healthy.
    expect(rating('TURNOVER')).toBe(r.healthy);
    // 1000 ÷ 500 ÷ 1 month = 2: misses < 1 by 1 > 0.2 → Act now.
    expect(value('TICKETSPERENDPOINT')).toBeCloseTo(2, 12);
    expect(rating('TICKETSPERENDPOINT')).toBe(r.act);
  });
});
