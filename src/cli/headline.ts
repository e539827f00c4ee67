import { type Grid, isBlank } from '../core/cells';
import { isKpiError } from '../core/errors';
import { errorMessage, messages } from '../core/i18n';
import { evaluate } from '../core/evaluate';
import { getFunction } from '../core/registry';
import type { Unit } from '../core/spec';
import { buildPlan } from '../templates';
import type { BuildSettings, Language, SheetPlan } from '../templates/sheetPlan';
import { CliError, EXIT } from './cliError';
import { MSG } from './messages';
import { DATA_SHEETS } from './plans';

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

/** The KPI lines of the template that reads this input, built as the report's sheet is. */
function templateHeadlines(
  template: 'servicedesk' | 'revenue',
  grid: Grid,
  language: Language,
  options: BuildSettings['options'],
): Headline[] {
  const sheet = template === 'servicedesk' ? DATA_SHEETS.tickets : DATA_SHEETS.ledger;
  try {
    const plan = buildPlan({
      settings: { version: 1, template, language, source: { kind: 'range', ref: `'${sheet}'!A1` }, options },
      data: grid,
    });
    return planHeadlines(plan, language);
  } catch (e) {
    // Nothing on the sheet can be computed (a ledger that cannot be read at all): one line says why.
    if (!isKpiError(e)) throw e;
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
}

export const ticketHeadlines = (
  grid: Grid,
  endpoints: number | null,
  language: Language,
  contract: BuildSettings['options'] = {},
): Headline[] =>
  templateHeadlines('servicedesk', grid, language, { ...contract, ...(endpoints === null ? {} : { endpoints }) });

export const ledgerHeadlines = (grid: Grid, language: Language): Headline[] =>
  templateHeadlines('revenue', grid, language, {});
