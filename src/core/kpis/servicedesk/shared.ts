import { type Grid, type OutCell, parseNumberText } from '../../cells';
import { checkBounds } from '../../args';
import { fail } from '../../errors';
import type { ErrorKey } from '../../i18n/en';
import { STATISTIC_WORDS, readOption } from '../../options';
import { summarize } from '../../stats';
import { readCalendar } from '../../tickets/clock';
import { type Role, acceptedHeaders } from '../../tickets/headers';
import { readPriorityTargets } from '../../tickets/priority';
import { type Measure, type Targets, measuredHours, readSla } from '../../tickets/sla';
import { type Field, type TicketTable, missingColumn, readTickets } from '../../tickets/table';
import type { Calendar } from '../../time/calendar';

/** What the service-desk functions share: the ticket-table and statistic parameters, column helpers, worked example tables. */

export const tickets = {
  name: 'tickets',
  kind: 'range',
  description: 'The ticket table including its header row (an Excel table or a range from a PSA export).',
} as const;

export const statistic = {
  name: 'statistic',
  kind: 'text',
  optional: true,
  description: '"mean" (default), "median", "p90" or "max".',
} as const;

export const targetHours = {
  name: 'target_hours',
  kind: 'range',
  optional: true,
  greaterThan: 0,
  unit: 'hours',
  description:
    'Target in hours: one number, or a range priority → hours (2 columns), or priority → response, resolution hours (3 columns); header row optional, P1 = 1 = Priority 1.',
} as const;

export const businessHours = {
  name: 'business_hours',
  kind: 'range',
  optional: true,
  description:
    'The contract clock: text such as "Mon-Fri 08:00-18:00 Europe/Paris", or 7 rows (Mon…Sun) × opening, closing time; default 24x7.',
} as const;

export const holidays = {
  name: 'holidays',
  kind: 'range',
  optional: true,
  description: 'Dates closed all day (a range of dates, as for NETWORKDAYS.INTL).',
} as const;

/**
 * A `target_hours` argument: omitted (null), one number (its bounds checked as a number parameter's
 * are), or a range of targets per priority (readPriorityTargets).
 */
export function readTargets(grid: Grid, measure: Measure): Targets | null {
  if (grid.length === 1 && grid[0]!.length === 1) {
    const v = grid[0]![0]!;
    if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : undefined;
    if (n === undefined) throw fail.value('notANumber', { arg: targetHours.name, value: String(v) });
    return checkBounds(targetHours, n);
  }
  return readPriorityTargets(grid, targetHours.name, measure);
}

/** The hours of a measure over the tickets that have them, on the calendar when one is given. */
export function clockedHours(grid: Grid, measure: Measure, calendar: Calendar | null, extra: Field[] = []) {
  const [field, stamp, duration]: ['firstResponseHours' | 'resolutionHours', Role, Role] =
    measure === 'response'
      ? ['firstResponseHours', 'firstResponse', 'firstResponseTime']
      : ['resolutionHours', 'resolved', 'resolutionTime'];
  const fields: Field[] = [field, ...extra];
  if (calendar) fields.push('created', measure === 'response' ? 'firstResponse' : 'resolved', 'offsetStamps');
  const t = readTickets(grid, fields);
  needHours(t, field, stamp, duration);
  return { table: t, hours: measuredHours(t, measure, calendar)! };
}

/** MSP.SLA and MSP.RESPONSESLA: the share of judged tickets that met their SLA, by the rule that applies. */
export function slaShare(grid: Grid, measure: Measure, target: Grid, hoursArg: Grid, holidaysArg: Grid): number {
  const targets = readTargets(target, measure);
  const calendar = readCalendar(hoursArg, holidaysArg);
  const { table: t, rule, outcome } = readSla(grid, { targets, calendar, measure });
  if (targets !== null) {
    if (measure === 'response') needHours(t, 'firstResponseHours', 'firstResponse', 'firstResponseTime');
    else needHours(t, 'resolutionHours', 'resolved', 'resolutionTime');
  }
  if (rule === 'none') {
    throw fail.na(measure === 'response' ? 'noResponseSlaData' : 'noSlaData', {
      arg: targetHours.name,
      slaHeaders: acceptedHeaders(measure === 'response' ? 'responseSlaMet' : 'slaMet'),
      dueHeaders: acceptedHeaders(measure === 'response' ? 'responseDue' : 'due'),
    });
  }
  const share = shareMet(outcome);
  if (share === undefined) throw fail.na('noSlaYet');
  return share;
}

/** An hours array a function needs: from timestamps (stamp role + created) or a duration column. */
export function needHours(
  t: TicketTable,
  field: 'firstResponseHours' | 'resolutionHours',
  stamp: Role,
  duration: Role,
): Float64Array {
  const hours = t[field];
  if (hours) return hours;
  throw missingColumn(t.columns[stamp] ? 'created' : stamp, duration);
}

/**
 * The known values (not NaN) of a column of the caller's own table, in ticket order, ready for a
 * statistic: moved to the front of the column itself, which the caller has no further use for.
 */
export function knownInPlace(values: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) values[n++] = v;
  }
  return values.subarray(0, n);
}

/** Share of 1s among the known flags or outcomes; undefined when none is known. */
export function shareMet(values: Int8Array): number | undefined {
  let met = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === -1) continue;
    total++;
    met += v;
  }
  return total === 0 ? undefined : met / total;
}

export function timedStatistic(
  grid: Grid,
  stat: string | null,
  measure: Measure,
  hoursArg: Grid,
  holidaysArg: Grid,
  none: ErrorKey,
): number {
  const s = readOption('statistic', stat, STATISTIC_WORDS, 'mean');
  const { hours } = clockedHours(grid, measure, readCalendar(hoursArg, holidaysArg));
  const v = summarize(knownInPlace(hours), s);
  if (v === undefined) throw fail.na(none);
  return v;
}

export const avgOrBlank = (sum: number, n: number): OutCell => (n === 0 ? '' : sum / n);

export const SLA_EXAMPLE = [
  ['Ticket #', 'Created', 'Resolved', 'Due By'],
  [1, '2025-03-03 09:00', '2025-03-03 12:00', '2025-03-03 17:00'],
  [2, '2025-03-03 10:00', '2025-03-04 11:00', '2025-03-04 10:00'],
  [3, '2025-03-04 09:00', '2025-03-04 15:00', '2025-03-05 09:00'],
  [4, '2025-03-04 12:00', null, '2025-03-04 14:00'],
];

export const FLAG_EXAMPLE = [
  ['Ticket #', 'Company', 'Created', 'First Response', 'Resolved', 'SLA Met', 'FCR', 'Hours'],
  [1, 'Acme', '2025-03-03 09:00', '2025-03-03 09:30', '2025-03-03 12:00', 'yes', 'yes', 1],
  [2, 'Acme', '2025-03-03 10:00', '2025-03-03 11:00', '2025-03-04 11:00', 'no', 'no', 3.5],
  [3, 'Brix', '2025-03-10 09:00', '2025-03-10 11:00', null, null, null, 0.5],
];
