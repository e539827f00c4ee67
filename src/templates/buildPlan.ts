import { benchmarkReferencePlan } from './benchmarkReference';
import { recurringRevenuePlan } from './recurringRevenue';
import type { PlanRequest } from './request';
import { scorecardPlan } from './scorecard';
import { serviceDeskPlan } from './serviceDesk';
import type { SheetPlan, TemplateId } from './sheetPlan';

const TEMPLATES: Readonly<Record<TemplateId, (request: PlanRequest) => SheetPlan>> = {
  scorecard: scorecardPlan,
  servicedesk: serviceDeskPlan,
  revenue: recurringRevenuePlan,
  benchmarks: benchmarkReferencePlan,
};

/**
 * The sheet a template builds from the settings and the data read from the workbook. Pure: no
 * Office calls, so the Excel applier, the xlsx writer, the Data step and the tests share it. Data
 * the template cannot use throws the core's KpiError (call `inspectData` first to show problems
 * instead).
 */
export function buildPlan(request: PlanRequest): SheetPlan {
  return TEMPLATES[request.settings.template](request);
}
