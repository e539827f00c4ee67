import type { Grid } from '../core/cells';
import { format, messages } from '../core/i18n';
import { sampleWideLedger } from '../samples/sampleLedger';
import { expectPlanAgrees, lineValue, planEngine } from '../../test/hyperformula/planSheets';
import { ledgerGrid, rangeRequest } from '../../test/helpers/planRequests';
import { buildPlan } from '.';
import { compute } from './compute';

const SHEET = 'Sample ledger';
const m = messages('en');

describe('recurring revenue plan', () => {
  it('on the sample ledger (long layout), every formula agrees with the core on the same grid', () => {
    const { request, data } = rangeRequest('revenue', SHEET, ledgerGrid());
    const plan = buildPlan(request);
    expect(plan.spills.map((s) => s.formula.replace(/\(.*/, ''))).toEqual(['=MSP.MRRMOVES', '=MSP.COHORTS']);
    expect(expectPlanAgrees(plan, data)).toBeGreaterThan(200);
    const hf = planEngine(plan, data);
    const grid = data[SHEET]!;
    // MRR of the last period, summed by hand from the ledger rows of June 2025 (serials 45809 … 45838).
    const june = grid
      .slice(1)
      .filter((r) => (r[2] as number) >= 45809 && (r[2] as number) < 45839)
      .reduce((s, r) => s + (r[4] as number), 0);
    expect(lineValue(plan, hf, m.sheet.kpiLabels.MRR)).toBeCloseTo(june, 6);
    // 18 months of history: the yearly churn is the real 12-month window, rated as the annual benchmark.
    expect(lineValue(plan, hf, m.sheet.kpiLabels.churnYear)).toBeCloseTo(
      compute('CHURN', [grid, null, 12]) as number,
      12,
    );
    const nrr = (months: number | null) =>
      format(m.sheet.kpiLabels.windowed, { kpi: m.kpiNames.NRR, months: months ?? 1 });
    expect(lineValue(plan, hf, nrr(1))).toBeCloseTo(compute('NRR', [grid]) as number, 12);
    // And over the last 12 months, the window the catalogue's NRR thresholds are for (SPEC §3.5).
    const lastYear = format(m.sheet.kpiLabels.lastYear, { kpi: m.kpiNames.NRR });
    expect(lineValue(plan, hf, lastYear)).toBeCloseTo(compute('NRR', [grid, null, 12]) as number, 12);
    expect(plan.kpis.find((k) => k.label === lastYear)?.kpi).toBe('NRR');
    expect(plan.kpis.find((k) => k.label === nrr(1))?.kpi).toBeUndefined();
  });

  it('the movements chart stacks New … Churn by period, and the colour scale covers the cohort cells only', () => {
    const { request } = rangeRequest('revenue', SHEET, ledgerGrid());
    const plan = buildPlan(request);
    const [moves, cohorts] = plan.spills;
    const chart = plan.charts[0]!;
    expect(chart.source).toEqual({ row: moves!.row, col: 2, rows: moves!.rows, cols: 5 });
    expect(chart.categories).toEqual({ row: moves!.row + 1, col: 0, rows: moves!.rows - 1, cols: 1 });
    const scale = plan.conditionalFormats.find((c) => c.kind === 'colorScale')!;
    expect(scale.range).toEqual({ row: cohorts!.row + 1, col: 2, rows: cohorts!.rows - 1, cols: cohorts!.cols - 2 });
  });

  it('a period and a 3-month window from the options reach every window function', () => {
    const { request, data } = rangeRequest('revenue', SHEET, ledgerGrid(), 'nl', {
      currency: '€',
      period: 15,
      months: 3,
    });
    const plan = buildPlan(request);
    const formulas = plan.blocks.flatMap((b) => b.cells.flat()).flatMap((c) => ('formula' in c ? [c.formula] : []));
    expect(formulas).toContain(`=MSP.CHURN('Sample ledger'!$A$1:$E$702,15,3)`);
    expect(formulas).toContain(`=MSP.ARPA('Sample ledger'!$A$1:$E$702,15)`);
    expectPlanAgrees(plan, data);
  });

  it('with under a year of history, annualises the monthly churn: 1 − (1 − c)^12', () => {
    const wide = sampleWideLedger() as Grid;
    const short = wide.map((r) => r.slice(0, 7)); // customer + 6 months
    const { request, data } = rangeRequest('revenue', 'Wide', short);
    const plan = buildPlan(request);
    expectPlanAgrees(plan, data);
    const hf = planEngine(plan, data);
    const c = compute('CHURN', [short]) as number;
    expect(lineValue(plan, hf, m.sheet.kpiLabels.churnAnnualised)).toBeCloseTo(1 - (1 - c) ** 12, 12);
  });
});
