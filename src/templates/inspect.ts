import type { Grid } from '../core/cells';
import { describeDateOrder } from '../core/dateOrder';
import { formatSerial } from '../core/dates';
import { isKpiError } from '../core/errors';
import { format, messages } from '../core/i18n';
import { findRoles } from '../core/ledger/headers';
import { type Ledger, headerText, parseLedger } from '../core/ledger/parse';
import { dataPriorities } from '../core/tickets/priority';
import { detectColumns, type Role } from '../core/tickets/headers';
import { readTickets } from '../core/tickets/table';
import { compute } from './compute';
import { csatColumn } from './csat';
import { type KpiFinding, headersFor, kpiFindings, plainError, ticketColumns } from './findings';
import type { Language, TemplateId } from './sheetPlan';

/** One column role as the Data step lists it. */
export interface ColumnFound {
  readonly role: string;
  /** The role's name in the chosen language. */
  readonly label: string;
  /** The header found for it, or null when the data has no such column. */
  readonly header: string | null;
  readonly column: number | null;
}

/** What the Data step shows before anything is written. */
export interface DataInspection {
  readonly template: TemplateId;
  readonly kind: 'tickets' | 'ledger' | 'none';
  /** Body rows (header excluded). */
  readonly rows: number;
  readonly columns: readonly ColumnFound[];
  readonly layout?: 'wide' | 'long';
  readonly periods?: { readonly count: number; readonly first: string; readonly last: string };
  readonly customers?: number;
  readonly tickets?: number;
  /** Latest timestamp of a ticket table, as `2025-03-05 14:30`. */
  readonly asOf?: string;
  /** A ticket table's priorities, most urgent first (the Options step's targets table). */
  readonly priorities?: readonly string[];
  /** Each problem in plain words (the core's own messages, which name the cell or the missing column). */
  readonly problems: readonly string[];
  /** The template's KPIs on this data: built (with the columns each reads) or not (and why); none when blocked. */
  readonly kpis: readonly KpiFinding[];
  /** The columns whose absence the problems or the KPIs name, with the headers that would be recognised. */
  readonly accepted: readonly { readonly role: string; readonly headers: readonly string[] }[];
  /** True when the sheet cannot be built from this data. */
  readonly blocking: boolean;
  /** Ready-made lines for the Data step, in the chosen language. */
  readonly lines: readonly string[];
}

export const dataKind = (template: TemplateId): DataInspection['kind'] =>
  template === 'servicedesk' ? 'tickets' : template === 'revenue' ? 'ledger' : 'none';

const TICKET_ROLES: readonly [Role, keyof ReturnType<typeof messages>['wizard']['roles']][] = [
  ['id', 'id'],
  ['client', 'client'],
  ['priority', 'priority'],
  ['status', 'status'],
  ['created', 'created'],
  ['firstResponse', 'firstResponse'],
  ['firstResponseTime', 'firstResponseDuration'],
  ['resolved', 'resolved'],
  ['resolutionTime', 'resolutionDuration'],
  ['closed', 'closed'],
  ['due', 'due'],
  ['slaMet', 'slaMet'],
  ['responseDue', 'responseDue'],
  ['responseSlaMet', 'responseSlaMet'],
  ['firstContact', 'firstContact'],
  ['hours', 'hours'],
];

/** A failure in plain words, and the roles it says are missing. */
const plain = (e: unknown, lang: Language): { text: string; missing: readonly Role[] } =>
  isKpiError(e) ? plainError(e, lang, 'data') : { text: e instanceof Error ? e.message : String(e), missing: [] };

/** `1 ticket`, `2 tickets`: the language's plural rule picks the line. */
const counted = (
  count: number,
  lang: Language,
  one: string,
  other: string,
  params: Readonly<Record<string, string | number>> = {},
): string => format(new Intl.PluralRules(lang).select(count) === 'one' ? one : other, { ...params, count });

/** The missing roles, each once, with their recognised headers in the pane's language. */
const acceptedFor = (roles: readonly Role[], lang: Language): DataInspection['accepted'] =>
  [...new Set(roles)].map((role) => ({ role: messages(lang).columnRoles[role], headers: headersFor(role, lang) }));

/**
 * Inspects data for a template with the same parsing the functions use (ledger and ticket
 * readers of the core), so what the Data step promises is what the formulas will find.
 */
export function inspectData(template: TemplateId, grid: Grid | null, lang: Language = 'en'): DataInspection {
  const kind = dataKind(template);
  const w = messages(lang).wizard;
  const base = { template, kind, rows: grid ? Math.max(0, grid.length - 1) : 0 };
  const nothing = { columns: [], kpis: [], accepted: [], lines: [] };
  if (kind === 'none') return { ...base, ...nothing, problems: [], blocking: false };
  if (!grid || grid.length < 2 || (grid[0] ?? []).every((c) => c === null || c === '')) {
    return { ...base, ...nothing, problems: [w.data.noSelection], blocking: true };
  }
  return kind === 'tickets' ? inspectTickets(base, grid, lang) : inspectLedger(base, grid, lang);
}

type Base = Pick<DataInspection, 'template' | 'kind' | 'rows'>;

function inspectTickets(base: Base, grid: Grid, lang: Language): DataInspection {
  const w = messages(lang).wizard;
  const detected = detectColumns(grid[0]!);
  const columns: ColumnFound[] = TICKET_ROLES.map(([role, key]) => ({
    role,
    label: w.roles[key],
    header: detected[role]?.header ?? null,
    column: detected[role]?.index ?? null,
  }));
  const csat = csatColumn(grid[0]!);
  columns.push({ role: 'csat', label: w.roles.csat, header: csat?.header ?? null, column: csat?.index ?? null });
  const problems: string[] = [];
  const missing: Role[] = [];
  const problem = (e: unknown): void => {
    const p = plain(e, lang);
    problems.push(p.text);
    missing.push(...p.missing);
  };
  let tickets: number | undefined;
  let asOf: string | undefined;
  let dateOrder: string | undefined;
  try {
    const table = readTickets(grid, ['created', 'asOf']);
    tickets = table.count;
    if (Number.isFinite(table.asOf)) asOf = formatSerial(table.asOf);
    if (table.dateOrder.basis !== 'none') dateOrder = describeDateOrder(messages(lang), table.dateOrder);
  } catch (e) {
    problem(e);
  }
  // The period table is the one part every service-desk sheet needs: its error blocks the build.
  const byPeriod = compute('TICKETSBYPERIOD', [grid]);
  if (isKpiError(byPeriod) && tickets !== undefined) problem(byPeriod);
  const blocking = tickets === undefined || isKpiError(byPeriod);
  const found = kpis(blocking, () => kpiFindings(base.template, grid, lang, ticketColumns(grid, detected)));
  missing.push(...found.missing);
  const lines = [
    format(w.data.columnsFound, {
      columns: columns
        .filter((c) => c.header !== null)
        .map((c) => format(w.data.columnFor, { role: c.label, header: c.header! }))
        .join(', '),
    }),
    ...(tickets !== undefined ? [counted(tickets, lang, w.data.ticketsOne, w.data.tickets)] : []),
    ...(asOf ? [format(w.data.asOf, { date: asOf })] : []),
    ...(dateOrder ? [format(w.data.dateOrder, { order: dateOrder })] : []),
  ];
  return {
    ...base,
    columns,
    tickets,
    asOf,
    priorities: dataPriorities(grid),
    problems,
    blocking,
    lines,
    kpis: found.kpis,
    accepted: acceptedFor(missing, lang),
  };
}

/** The KPI findings of usable data (blocked data builds nothing, so it promises nothing). */
const kpis = (
  blocking: boolean,
  find: () => { kpis: KpiFinding[]; missing: Role[] },
): { kpis: KpiFinding[]; missing: Role[] } => (blocking ? { kpis: [], missing: [] } : find());

function inspectLedger(base: Base, grid: Grid, lang: Language): DataInspection {
  const w = messages(lang).wizard;
  let ledger: Ledger | undefined;
  const problems: string[] = [];
  try {
    ledger = parseLedger(grid);
  } catch (e) {
    problems.push(plain(e, lang).text);
  }
  const roles = findRoles(grid[0]!);
  const long = ledger?.layout === 'long' || (!ledger && roles.period !== undefined && roles.amount !== undefined);
  const columns: ColumnFound[] = (['customer', 'period', 'amount'] as const).map((role) => {
    const col = long ? roles[role] : role === 'customer' ? 0 : undefined;
    return {
      role,
      label: w.roles[role],
      header: col === undefined ? null : headerText(grid[0]![col]),
      column: col ?? null,
    };
  });
  if (ledger && ledger.periods.length < 2) problems.push(w.data.onePeriod);
  const periods = ledger?.periods.length
    ? {
        count: ledger.periods.length,
        first: headerText(ledger.periods[0]),
        last: headerText(ledger.periods[ledger.periods.length - 1]),
      }
    : undefined;
  const lines = ledger
    ? [
        ledger.layout === 'wide' ? w.data.layoutWide : w.data.layoutLong,
        counted(periods!.count, lang, w.data.periodsOne, w.data.periods, periods!),
        counted(ledger.customers.length, lang, w.data.customersOne, w.data.customers),
        ...(ledger.dateOrder.basis !== 'none'
          ? [format(w.data.dateOrder, { order: describeDateOrder(messages(lang), ledger.dateOrder) })]
          : []),
      ]
    : [];
  const blocking = !ledger || ledger.periods.length < 2;
  // Every revenue KPI reads the whole ledger: its customer, period and amount columns (or, wide, the periods across).
  const ledgerColumns = columns.flatMap((c) => (c.header === null ? [] : [c.header]));
  if (ledger?.layout === 'wide' && periods) ledgerColumns.push(format(w.data.periodsAcross, periods));
  const found = kpis(blocking, () => kpiFindings(base.template, grid, lang, () => ledgerColumns));
  return {
    ...base,
    columns,
    layout: ledger?.layout,
    periods,
    customers: ledger?.customers.length,
    problems,
    blocking,
    lines,
    kpis: found.kpis,
    accepted: [],
  };
}
