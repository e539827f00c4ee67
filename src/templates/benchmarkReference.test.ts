import { catalog } from '../core/benchmarks/catalog';
import { LANGUAGES, messages } from '../core/i18n';
import { expectPlanAgrees } from '../../test/hyperformula/planSheets';
import { noDataRequest } from '../../test/helpers/planRequests';
import { buildPlan } from '.';

describe('benchmark reference plan', () => {
  it.each(LANGUAGES)(
    'spills MSP.KPIS in %s, agreeing with the core cell by cell, with a source line per KPI',
    (lang) => {
      const plan = buildPlan(noDataRequest('benchmarks', lang));
      const spill = plan.spills[0]!;
      expect(spill.formula).toBe(`=MSP.KPIS("${lang}")`);
      expect(spill.rows).toBe(catalog().length + 1);
      expect(expectPlanAgrees(plan, {})).toBe(spill.rows * spill.cols);
      const foot = plan.blocks[plan.blocks.length - 1]!;
      expect(foot.cells[0]![0]).toEqual({ value: messages(lang).sheet.sources });
      expect(foot.cells).toHaveLength(catalog().length + 1);
    },
  );

  it('formats each threshold in its own unit: CPL in dollars, SLA in percent', () => {
    const plan = buildPlan(noDataRequest('benchmarks'));
    const formats = plan.spills[0]!.cellFormats!;
    const row = (kpi: string) => formats[catalog().findIndex((c) => c.kpi === kpi)]!;
    expect(row('CPL')[4]).toBe('"$"#,##0');
    expect(row('SLA')[4]).toBe('0.0%');
    expect(row('LTVCAC')[4]).toBe('0.00');
  });
});
