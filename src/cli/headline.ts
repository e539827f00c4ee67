import { type Grid, isBlank } from '../core/cells';
import { type KpiError, isKpiError } from '../core/errors';
import { errorMessage, messages } from '../core/i18n';
import { evaluate } from '../core/evaluate';
import { getFunction } from '../core/registry';
import type { Unit } from '../core/spec';
import type { Language, SheetPlan } from '../templates/sheetPlan';
import { CliError, EXIT } from './cliError';
import { MSG } from './messages';

/**
 * The headline KPIs the terminal and `--json` show: the KPI lines of the report's own sheets, with
 * the values the core computes for their formulas, rated with MSP.BENCHMARK as the sheets rate
 * them (annual thresholds only on annual windows).
 */

export interface Headline {
  /** The function id, or a key such as CHURN12 where one function gives two lines. */
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly value: number | null;
  /** Rating text in the chosen language, when the catalogue rates this KPI. */
  readonly rating: string | null;
  /** Why there is no value (a KPI the data cannot answer is reported, not fatal). */
  readonly error: { readonly code: string; readonly message: string } | null;
}

/**
 * Stops the run only on an input the core cannot read at all: no header row. Anything else — a
 * missing column, an unreadable cell — is the error of the KPIs that need it, listed with them
 * (SPEC §7: a report is never lost to one bad column).
 */
export function checkInputs(
  tickets: { file: string; grid: Grid } | null,
  ledger: { file: string; grid: Grid } | null,
): void {
  for (const input of [tickets, ledger])
    if (input && !(input.grid[0] ?? []).some((c) => !isBlank(c)))
      throw new CliError(MSG.noHeaderRow(input.file), EXIT.input);
}

/** A sheet's KPI lines as the terminal and the JSON show them, rated as the sheet rates them. */
export function planHeadlines(plan: SheetPlan, language: Language): Headline[] {
  // The lines the sheet shows, then those the data cannot give, each with its error (SPEC §7).
  return [...plan.kpis, ...plan.notComputed].map((k) => {
    const base = { id: k.key, label: k.label, unit: k.unit };
    if (isKpiError(k.value))
      return {
        ...base,
        value: null,
        rating: null,
        error: { code: k.value.code, message: errorMessage(k.value, language) },
      };
    const value = typeof k.value === 'number' ? k.value : null;
    const r = k.kpi && value !== null ? evaluate(getFunction('BENCHMARK')!, [k.kpi, value, language]) : null;
    return { ...base, value, rating: typeof r === 'string' ? r : null, error: null };
  });
}

/**
 * The headlines of one input's template, from the report's own plans (built once, for the terminal,
 * the JSON and the workbook alike). A template whose data cannot be read at all has no plan: one
 * line says why.
 */
export function reportHeadlines(
  template: 'servicedesk' | 'revenue',
  report: { readonly plans: readonly SheetPlan[]; readonly skipped: readonly { template: string; error: KpiError }[] },
  language: Language,
): Headline[] {
  const plan = report.plans.find((p) => p.settings.template === template);
  if (plan) return planHeadlines(plan, language);
  const e = report.skipped.find((s) => s.template === template)?.error;
  if (!e) return [];
  const title = messages(language).sheet.titles[template === 'servicedesk' ? 'serviceDesk' : 'recurringRevenue'];
  return [
    {
      id: template,
      label: title,
      unit: 'text',
      value: null,
      rating: null,
      error: { code: e.code, message: errorMessage(e, language) },
    },
  ];
}
