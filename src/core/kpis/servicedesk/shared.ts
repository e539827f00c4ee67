import type { Grid, OutCell } from '../../cells';
import { fail } from '../../errors';
import type { ErrorKey } from '../../i18n/en';
import { STATISTIC_WORDS, readOption } from '../../options';
import { summarize } from '../../stats';
import { type Role } from '../../tickets/headers';
import { type TicketTable, missingColumn, readTickets } from '../../tickets/table';

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
  field: 'firstResponseHours' | 'resolutionHours',
  stamp: Role,
  duration: Role,
  none: ErrorKey,
): number {
  const s = readOption('statistic', stat, STATISTIC_WORDS, 'mean');
  const t = readTickets(grid, [field]);
  const v = summarize(knownInPlace(needHours(t, field, stamp, duration)), s);
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
