import type { Grid } from '../core/cells';
import { isKpiError } from '../core/errors';
import { errorMessage } from '../core/i18n';
import { evaluate } from '../core/evaluate';
import { parseLedger } from '../core/ledger/parse';
import { getFunction } from '../core/registry';
import type { Unit } from '../core/spec';
import { need, readTickets } from '../core/tickets/table';
import { buildPlan } from '../templates';
import type { BuildSettings, Language, SheetPlan } from '../templates/sheetPlan';
import { CliError, EXIT } from './cliError';
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

/** The core's message with its function prefix replaced by the file it is about. */
export const aboutFile = (file: string, message: string): string =>
  `${file}: ${message.replace(/^MSP\.[A-Z.]+: /, '')}`;

/**
 * Fails the run on data the core cannot read at all: no created column, an unreadable date or flag
 * anywhere in the columns the report uses, a ledger without its columns or with bad amounts.
 */
export function checkInputs(
  tickets: { file: string; grid: Grid } | null,
  ledger: { file: string; grid: Grid } | null,
): void {
  try {
    if (tickets) {
      const t = readTickets(tickets.grid, [
        'created',
        'firstResponse',
        'firstResponseHours',
        'resolved',
        'resolutionHours',
        'due',
        'slaMet',
        'firstContact',
        'hours',
        'closedByStatus',
        'asOf',
      ]);
      need(t, 'created', 'created');
    }
  } catch (e) {
    if (isKpiError(e)) throw new CliError(aboutFile(tickets!.file, e.message || e.code), EXIT.input);
    throw e;
  }
  try {
    if (ledger) parseLedger(ledger.grid);
  } catch (e) {
    if (isKpiError(e)) throw new CliError(aboutFile(ledger!.file, e.message || e.code), EXIT.input);
    throw e;
  }
}

/** A sheet's KPI lines as the terminal and the JSON show them, rated as the sheet rates them. */
export function planHeadlines(plan: SheetPlan, language: Language): Headline[] {
  return plan.kpis.map((k) => {
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
  const plan = buildPlan({
    settings: { version: 1, template, language, source: { kind: 'range', ref: `'${sheet}'!A1` }, options },
    data: grid,
  });
  return planHeadlines(plan, language);
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
