import { findBenchmark } from '../core/benchmarks/catalog';
import type { Arg, Grid, Out } from '../core/cells';
import { isKpiError } from '../core/errors';
import { errorMessage } from '../core/i18n';
import { evaluate } from '../core/evaluate';
import { parseLedger } from '../core/ledger/parse';
import { getFunction } from '../core/registry';
import type { Unit } from '../core/spec';
import { need, readTickets } from '../core/tickets/table';
import type { Language } from '../templates/sheetPlan';
import { CliError, EXIT } from './cliError';

/**
 * The headline KPIs the terminal and `--json` show, computed with the registry functions exactly
 * as the workbook's formulas are, and rated with MSP.BENCHMARK.
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

interface HeadlineDef {
  readonly id: string;
  /** How `--json` names the line when the function id alone is ambiguous. */
  readonly key?: string;
  readonly label: string;
  readonly args: (data: Grid) => Arg[];
  /** Catalogue row rating it (defaults to the function id when the catalogue has one; null: unrated). */
  readonly rateAs?: string | null;
  /** Picks the figure out of a spilled table. */
  readonly pick?: (table: Out) => Out;
}

/** The catalogue's churn is annual: only the 12-month window is rated, as on the Recurring revenue sheet. */
const YEAR = 12;
/** Ending MRR: the last row's `Ending MRR` column of MSP.MRRMOVES. */
const ENDING_MRR = 7;

const TICKET_KPIS = (endpoints: number | null): HeadlineDef[] => [
  { id: 'SLA', label: 'SLA compliance', args: (t) => [t] },
  { id: 'FRT', label: 'First response time, mean (h)', args: (t) => [t] },
  { id: 'TTR', label: 'Time to resolution, mean (h)', args: (t) => [t] },
  { id: 'FCR', label: 'First contact resolution', args: (t) => [t] },
  { id: 'BACKLOG', label: 'Open tickets (backlog)', args: (t) => [t] },
  ...(endpoints === null
    ? []
    : [{ id: 'TICKETSPERENDPOINT', label: 'Tickets per endpoint per month', args: (t: Grid) => [t, endpoints] }]),
];

/** The Recurring revenue sheet's lines with its defaults (latest period, 1-month window). */
const LEDGER_KPIS: HeadlineDef[] = [
  {
    id: 'MRRMOVES',
    key: 'MRR',
    label: 'MRR, last period',
    args: (l) => [l],
    pick: (t) => (Array.isArray(t) ? (t[t.length - 1]?.[ENDING_MRR] ?? '') : t),
  },
  { id: 'CHURN', label: 'Customer churn, last month', args: (l) => [l], rateAs: null },
  { id: 'CHURN', key: 'CHURN12', label: 'Customer churn, last 12 months', args: (l) => [l, null, YEAR] },
  { id: 'NRR', label: 'Net revenue retention, last month', args: (l) => [l] },
  { id: 'GRR', label: 'Gross revenue retention, last month', args: (l) => [l] },
  { id: 'QUICKRATIO', label: 'Quick ratio, last month', args: (l) => [l] },
  { id: 'ARPA', label: 'ARPA, last period', args: (l) => [l] },
];

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

function headline(def: HeadlineDef, data: Grid, language: Language): Headline {
  const spec = getFunction(def.id);
  if (!spec) throw new Error(`MSP.${def.id} is not in the registry.`);
  const raw = evaluate(spec, def.args(data));
  const unit: Unit = def.pick ? 'currency' : spec.unit;
  if (isKpiError(raw))
    return {
      id: def.key ?? def.id,
      label: def.label,
      unit,
      value: null,
      rating: null,
      error: { code: raw.code, message: errorMessage(raw, language) },
    };
  const out = def.pick ? def.pick(raw) : raw;
  const value = typeof out === 'number' ? out : null;
  const kpi = def.rateAs === undefined ? def.id : def.rateAs;
  let rating: string | null = null;
  if (kpi && value !== null && findBenchmark(kpi)) {
    const r = evaluate(getFunction('BENCHMARK')!, [kpi, value, language]);
    rating = typeof r === 'string' ? r : null;
  }
  return { id: def.key ?? def.id, label: def.label, unit, value, rating, error: null };
}

export function ticketHeadlines(tickets: Grid, endpoints: number | null, language: Language): Headline[] {
  return TICKET_KPIS(endpoints).map((d) => headline(d, tickets, language));
}

export function ledgerHeadlines(ledger: Grid, language: Language): Headline[] {
  return LEDGER_KPIS.map((d) => headline(d, ledger, language));
}
