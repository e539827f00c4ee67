import type { Grid } from '../core/cells';
import { type KpiError, isKpiError } from '../core/errors';
import { a1, sheetPrefix } from '../templates/a1';
import { buildPlan } from '../templates';
import type { Block, BuildSettings, Language, SheetPlan, TemplateId } from '../templates/sheetPlan';
import type { DataSheet } from './xlsxWriter';

/** The templates a report can hold; the scorecard is an input form, written by `template scorecard`. */
export const REPORT_TEMPLATES = ['servicedesk', 'revenue', 'benchmarks'] as const satisfies readonly TemplateId[];
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

/** Where the CLI copies the input data, so the sheets' formulas point at it as the wizard's do. */
export const DATA_SHEETS = { tickets: 'Tickets', ledger: 'Ledger' } as const;

interface Input {
  readonly grid: Grid;
  readonly dateColumns: ReadonlySet<number>;
}

export interface ReportRequest {
  readonly templates: readonly ReportTemplate[];
  readonly tickets: Input | null;
  readonly ledger: Input | null;
  readonly language: Language;
  readonly endpoints: number | null;
  /** The Service desk's contract clock: business hours, holidays, targets per priority. */
  readonly contract?: Pick<BuildSettings['options'], 'businessHours' | 'holidays' | 'targets'>;
  readonly currency: string | null;
}

const rangeOf = (sheet: string, grid: Grid): string =>
  `${sheetPrefix(sheet)}A1:${a1(grid.length - 1, Math.max(0, (grid[0]?.length ?? 1) - 1))}`;

function settings(
  template: TemplateId,
  language: Language,
  source: BuildSettings['source'],
  options: BuildSettings['options'],
): BuildSettings {
  return { version: 1, template, language, source, options };
}

/**
 * The SheetPlans of a report and the data sheets they read, built by the wizard's own templates. A
 * sheet whose data cannot be read at all (a ledger without its columns) is left out and said why;
 * the other sheets are still written.
 */
export function reportPlans(req: ReportRequest): {
  plans: SheetPlan[];
  data: DataSheet[];
  skipped: { template: ReportTemplate; error: KpiError }[];
} {
  const data: DataSheet[] = [];
  if (req.tickets)
    data.push({ name: DATA_SHEETS.tickets, grid: req.tickets.grid, dateColumns: req.tickets.dateColumns });
  if (req.ledger) data.push({ name: DATA_SHEETS.ledger, grid: req.ledger.grid, dateColumns: req.ledger.dateColumns });
  const options = {
    ...req.contract,
    ...(req.currency === null ? {} : { currency: req.currency }),
    ...(req.endpoints === null ? {} : { endpoints: req.endpoints }),
  };
  const skipped: { template: ReportTemplate; error: KpiError }[] = [];
  const plans = req.templates.flatMap((t) => {
    const input = t === 'servicedesk' ? req.tickets : t === 'revenue' ? req.ledger : null;
    const sheet = t === 'servicedesk' ? DATA_SHEETS.tickets : DATA_SHEETS.ledger;
    const source: BuildSettings['source'] = input
      ? { kind: 'range', ref: rangeOf(sheet, input.grid) }
      : { kind: 'none', ref: '' };
    try {
      return [buildPlan({ settings: settings(t, req.language, source, options), data: input ? input.grid : null })];
    } catch (e) {
      if (!isKpiError(e)) throw e;
      skipped.push({ template: t, error: e });
      return [];
    }
  });
  return { plans, data, skipped };
}

/**
 * The Scorecard as an input form: the template prefills its input cells with the seeds' worked
 * examples; a form to share starts empty unless `examples` keeps them.
 */
export function scorecardPlan(language: Language, currency: string | null, examples = false): SheetPlan {
  const plan = buildPlan({
    settings: settings('scorecard', language, { kind: 'none', ref: '' }, currency === null ? {} : { currency }),
    data: null,
  });
  if (examples) return plan;
  const empty = (b: Block): Block => ({
    ...b,
    cells: b.cells.map((row) => row.map((c) => ('formula' in c ? c : { value: null }))),
  });
  return { ...plan, blocks: plan.blocks.map((b) => (b.style === 'input' ? empty(b) : b)) };
}
