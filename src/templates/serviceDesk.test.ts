import type { Grid } from '../core/cells';
import { messages } from '../core/i18n';
import { expectPlanAgrees, hfValue, lineValue, planEngine } from '../../test/hyperformula/planSheets';
import { compute } from './compute';
import { rangeRequest, ticketsGrid } from '../../test/helpers/planRequests';
import { buildPlan } from '.';

const SHEET = 'Sample tickets';

/** The sample's priorities, most urgent first, with SPEC §5's prefilled targets P1 1/4 … P4 8/40. */
const PREFILLED: Grid = [
  ['Priority', 'Response (h)', 'Resolution (h)'],
  ['Critical', 1, 4],
  ['High', 2, 8],
  ['Medium', 4, 24],
  ['Low', 8, 40],
];

/** The sample plus a survey column (1–5 scores, some blank), to exercise the CSAT line. */
function withCsat(grid: Grid): Grid {
  return grid.map((row, i) => [...row, i === 0 ? 'Customer satisfaction' : i % 7 === 0 ? '' : (i % 5) + 1]);
}

describe('service desk plan on the sample ticket export', () => {
  it('every formula it writes gives, in HyperFormula, the value the core computes on the same grid', () => {
    const { request, data } = rangeRequest('servicedesk', SHEET, ticketsGrid());
    const plan = buildPlan(request);
    // SLA, FRT, TTR, FCR, BACKLOG, TICKETSPERENDPOINT lines (+ targets, ratings, advice) and both spills.
    expect(plan.spills.map((s) => s.formula.replace(/\(.*/, ''))).toEqual([
      '=MSP.TICKETSBYPERIOD',
      '=MSP.TICKETSBY',
      '=MSP.TICKETSBYCLIENT',
    ]);
    expect(expectPlanAgrees(plan, data)).toBeGreaterThan(100);
    // And the lines hold the right KPI on the right data: the core called with explicit arguments.
    const hf = planEngine(plan, data);
    const grid = data[SHEET]!;
    const m = messages('en');
    const core = (id: string, ...args: unknown[]) => compute(id, [grid, ...(args as never[])]);
    // The SLA line reads the targets table the sheet prefills for the sample's priorities (SPEC §5).
    expect(lineValue(plan, hf, m.kpiNames.SLA)).toBeCloseTo(core('SLA', PREFILLED) as number, 12);
    expect(lineValue(plan, hf, m.sheet.kpiLabels.TTR)).toBeCloseTo(core('TTR') as number, 12);
    expect(lineValue(plan, hf, m.sheet.kpiLabels.BACKLOG)).toBe(core('BACKLOG'));
    expect(lineValue(plan, hf, m.kpiNames.TICKETSPERENDPOINT)).toBeCloseTo(
      core('TICKETSPERENDPOINT', 250) as number,
      12,
    );
    // The rating cell four columns right of the value: BENCHMARK on that same value.
    expect(lineValue(plan, hf, m.kpiNames.SLA, 4)).toBe(
      compute('BENCHMARK', ['SLA', core('SLA', PREFILLED) as number, 'en']),
    );
  });

  it('adds CSAT from a survey column, in French, and still agrees everywhere', () => {
    const { request, data } = rangeRequest('servicedesk', SHEET, withCsat(ticketsGrid()), 'fr');
    const plan = buildPlan(request);
    const formulas = plan.blocks.flatMap((b) => b.cells.flat()).flatMap((c) => ('formula' in c ? [c.formula] : []));
    expect(formulas).toContain(`=MSP.CSAT('Sample tickets'!$L$2:$L$301)`);
    expect(formulas.filter((f) => f.includes('"fr"')).length).toBeGreaterThan(0);
    expectPlanAgrees(plan, data);
  });

  it('groups by week when asked, and the chart reads the first three columns of the period table', () => {
    const { request, data } = rangeRequest('servicedesk', SHEET, ticketsGrid(), 'en', {
      endpoints: 250,
      interval: 'week',
    });
    const plan = buildPlan(request);
    expectPlanAgrees(plan, data);
    const period = plan.spills[0]!;
    expect(period.formula).toContain('"week"');
    expect(plan.charts).toHaveLength(2);
    expect(plan.charts[0]!.source).toEqual({ row: period.row, col: period.col, rows: period.rows, cols: 3 });
  });

  it('keeps the tickets-per-endpoint line with an empty input cell until the user types the count', () => {
    const { request, data } = rangeRequest('servicedesk', SHEET, ticketsGrid(), 'en', {});
    const plan = buildPlan(request);
    expectPlanAgrees(plan, data);
    const hf = planEngine(plan, data);
    const row = plan.blocks.find((b) =>
      b.cells.some((r) => r.some((c) => 'formula' in c && c.formula.includes('TICKETSPERENDPOINT'))),
    )!;
    const i = row.cells.findIndex((r) => r.some((c) => 'formula' in c && c.formula.includes('TICKETSPERENDPOINT')));
    // No endpoints: the function cannot divide, the cell shows an error, not a made-up number.
    expect(typeof hfValue(hf, row.row + i, 1)).not.toBe('number');
  });

  it('leaves out a KPI the export cannot give and says why, instead of showing an error', () => {
    const grid = ticketsGrid().map((r) => r.filter((_, c) => c !== 9)); // drop "First Contact Resolution"
    const { request, data } = rangeRequest('servicedesk', SHEET, grid);
    const plan = buildPlan(request);
    const texts = plan.blocks
      .flatMap((b) => b.cells.flat())
      .flatMap((c) => ('value' in c && typeof c.value === 'string' ? [c.value] : []));
    expect(texts).not.toContain(messages('en').kpiNames.FCR);
    expect(texts.some((t) => t.startsWith(`${messages('en').kpiNames.FCR}:`) && /first-contact/.test(t))).toBe(true);
    expectPlanAgrees(plan, data);
  });

  it('writes the contract clock as input cells the formulas read: business hours, holidays, edited targets kept', () => {
    const targets = [{ priority: 'critical', response: 0.5, resolution: 2 }];
    const options = { businessHours: 'Mon-Fri 08:00-18:00', holidays: [45_838], targets };
    const { request, data } = rangeRequest('servicedesk', SHEET, ticketsGrid(), 'en', options);
    const plan = buildPlan(request);
    expectPlanAgrees(plan, data);
    const hf = planEngine(plan, data);
    const grid = data[SHEET]!;
    const m = messages('en');
    const holidays = [[45_838, ...Array<null>(15).fill(null)]];
    // The stored Critical target stays as the user wrote it; the other priorities are prefilled by rank.
    const table: Grid = [PREFILLED[0]!, ['critical', 0.5, 2], ...PREFILLED.slice(2)];
    expect(lineValue(plan, hf, m.kpiNames.SLA)).toBeCloseTo(
      compute('SLA', [grid, table, 'Mon-Fri 08:00-18:00', holidays]) as number,
      12,
    );
    expect(lineValue(plan, hf, m.sheet.kpiLabels.TTR)).toBeCloseTo(
      compute('TTR', [grid, null, 'Mon-Fri 08:00-18:00', holidays]) as number,
      12,
    );
    const byPriority = plan.spills.find((s) => s.formula.startsWith('=MSP.TICKETSBY('))!;
    expect(byPriority.formula).toContain('"Priority"');
    expect(hfValue(hf, byPriority.row + 1, byPriority.col)).toBe('Critical');
  });

  it('has no targets table when the data has no priority column', () => {
    const grid = ticketsGrid().map((r) => r.filter((_, c) => c !== 2));
    const { request, data } = rangeRequest('servicedesk', SHEET, grid);
    const plan = buildPlan(request);
    expect(plan.spills.some((s) => s.formula.startsWith('=MSP.TICKETSBY('))).toBe(false);
    expectPlanAgrees(plan, data);
  });
});
