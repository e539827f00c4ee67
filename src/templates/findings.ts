import type { Grid } from '../core/cells';
import { type KpiError, type MessageParams, isKpiError } from '../core/errors';
import { errorMessage, format, messages } from '../core/i18n';
import type { ErrorKey } from '../core/i18n/en';
import { type DetectedColumns, type Role, tableOf } from '../core/tickets/headers';
import { readSla } from '../core/tickets/sla';
import { rangeA1 } from './a1';
import { buildPlan } from './buildPlan';
import { csatColumn } from './csat';
import type { Language, TemplateId } from './sheetPlan';

/**
 * What the Data step says about each KPI of the chosen template, from the template's own plan on
 * the data (the lines it writes and the values the core gives them), so what the pane promises is
 * what the build writes.
 */
export interface KpiFinding {
  readonly key: string;
  /** As the sheet labels it, in the pane's language. */
  readonly label: string;
  /** Whether the sheet has a line for it. */
  readonly built: boolean;
  /** The headers of the columns it reads (built lines). */
  readonly columns: readonly string[];
  /** Why it is not built, or what it still waits for, in plain words. */
  readonly reason?: string;
}

/** A core error as the pane shows it: no `MSP.<name>:` prefix, and the column roles it lacks. */
export interface PlainError {
  readonly text: string;
  /** Roles whose column would remove the error; their accepted headers are one click away. */
  readonly missing: readonly Role[];
}

/**
 * The errors that list accepted headers (a list of 25 names in a sentence), and the roles they are
 * about: the pane names the role and keeps the headers for its "accepted headers" details.
 */
const MISSING: Partial<Record<ErrorKey, (p: MessageParams) => Role[]>> = {
  missingColumn: (p) => [p['role'] as Role],
  missingColumnOr: (p) => [p['role'] as Role, p['role2'] as Role],
  noSlaData: () => ['slaMet', 'due'],
  noResponseSlaData: () => ['responseSlaMet', 'responseDue'],
  noHeaderRecognised: () => ['created'],
};

/** `created time or resolved time`, as the language joins alternatives. */
const either = (roles: readonly Role[], lang: Language): string =>
  new Intl.ListFormat(lang, { type: 'disjunction' }).format(roles.map((r) => messages(lang).columnRoles[r]));

/** A core error in the pane's words: `kpi` for a KPI line ("needs a column: …"), `data` for the whole data. */
export function plainError(e: KpiError, lang: Language, about: 'kpi' | 'data'): PlainError {
  const w = messages(lang).wizard.data;
  const missing = typeof e.key === 'string' ? (MISSING[e.key]?.(e.params) ?? []) : [];
  if (missing.length) {
    const roles = either(missing, lang);
    return { text: format(about === 'kpi' ? w.kpiNeedsColumn : w.dataNeedsColumn, { roles }), missing };
  }
  return { text: errorMessage(e, lang, false) || e.code, missing };
}

/** The headers recognised for a role, in the pane's language first, then English (the tools' own). */
export function headersFor(role: Role, lang: Language): string[] {
  const t = tableOf(role);
  const stems = [...(t.stems?.[lang] ?? []), ...(t.stems?.en ?? [])].filter((s) => s !== '').map((s) => `${s} (h)`);
  return [...new Set([...t.headers[lang], ...t.headers.en, ...stems])];
}

/**
 * The columns a service-desk KPI line reads, as the core's functions read them: SLA by the rule
 * that applies (the flag column, else the due column with the resolved time or the status), times
 * from two timestamps or else a duration column.
 */
function ticketRoles(key: string, grid: Grid, found: DetectedColumns): Role[] {
  const has = (r: Role): boolean => found[r] !== undefined;
  const timed = (stamp: Role, duration: Role): Role[] =>
    (has('created') && has(stamp) ? (['created', stamp, duration] as Role[]) : [duration]).filter(has);
  switch (key) {
    // With a priority column the sheet's SLA lines read its targets table (per priority, on the times).
    case 'SLA':
      if (has('priority'))
        return ['priority', ...timed('resolved', 'resolutionTime'), ...(['closed', 'status'] as const).filter(has)];
      return readSla(grid).rule === 'flag' ? ['slaMet'] : (['due', 'resolved', 'status'] as const).filter(has);
    case 'RESPONSESLA':
      if (has('priority'))
        return [
          'priority',
          ...timed('firstResponse', 'firstResponseTime'),
          ...(['resolved', 'closed', 'status'] as const).filter(has),
        ];
      return readSla(grid, { measure: 'response' }).rule === 'flag'
        ? ['responseSlaMet']
        : (['responseDue', 'firstResponse', 'status'] as const).filter(has);
    case 'FRT':
      return timed('firstResponse', 'firstResponseTime');
    case 'TTR':
      // The resolved time, falling back row by row to the closed time (SPEC §2.2).
      return [...timed('resolved', 'resolutionTime'), ...(['closed'] as const).filter(has)];
    case 'FCR':
      return ['firstContact'];
    case 'BACKLOG':
      return (['resolved', 'closed', 'status'] as const).filter(has);
    case 'TICKETSPERENDPOINT':
      return ['created'];
    default:
      return [];
  }
}

/** The headers a ticket KPI line reads (CSAT: its survey column, which is no ticket role). */
export function ticketColumns(grid: Grid, found: DetectedColumns): (key: string) => string[] {
  return (key) =>
    key === 'CSAT'
      ? [csatColumn(grid[0] ?? [])?.header ?? '']
      : ticketRoles(key, grid, found).map((r) => found[r]!.header);
}

/**
 * The template's KPI lines on this data (with the default options: latest period, 1-month window,
 * no endpoints count yet): those it builds with the columns each reads, those it cannot with why.
 */
export function kpiFindings(
  template: TemplateId,
  grid: Grid,
  lang: Language,
  columnsOf: (key: string) => readonly string[],
): { kpis: KpiFinding[]; missing: Role[] } {
  const w = messages(lang).wizard.data;
  const ref = rangeA1({ row: 0, col: 0, rows: grid.length, cols: Math.max(1, grid[0]?.length ?? 1) });
  const plan = buildPlan({
    settings: { version: 1, template, language: lang, source: { kind: 'range', ref }, options: {} },
    data: grid,
  });
  const missing: Role[] = [];
  const built = plan.kpis.map((line): KpiFinding => {
    const common = { key: line.key, label: line.label, built: true, columns: columnsOf(line.key) };
    const e = line.value;
    if (!isKpiError(e)) return common;
    // The sheet has the line with an input cell for the endpoints count, still empty (zero) here.
    const waiting = e.key === 'zero' && e.params['arg'] === 'endpoints';
    return { ...common, reason: waiting ? w.waitsForEndpoints : plainError(e, lang, 'kpi').text };
  });
  const notBuilt = plan.notComputed.map((line): KpiFinding => {
    const plain = isKpiError(line.value) ? plainError(line.value, lang, 'kpi') : { text: '', missing: [] };
    missing.push(...plain.missing);
    return { key: line.key, label: line.label, built: false, columns: [], reason: plain.text };
  });
  return { kpis: [...built, ...notBuilt], missing };
}
