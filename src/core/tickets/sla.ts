import type { Grid } from '../cells';
import { fail } from '../errors';
import type { Calendar } from '../time/calendar';
import { workingArray } from '../workingMemory';
import { businessHours, hasZone } from './clock';
import { businessHoursUntil, toCalendarTime } from '../time/calendar';
import type { GroupBy } from './grouping';
import { type Role, detectColumns } from './headers';
import { type PriorityTargets, priorityKey } from './priority';
import {
  type Field,
  type TicketTable,
  OFFSET_CREATED,
  OFFSET_RESOLVED,
  OFFSET_RESPONSE,
  isOpen,
  missingColumn,
  readTickets,
} from './table';

/** What an SLA measures: the resolution (MSP.SLA) or the first response (MSP.RESPONSESLA). */
export type Measure = 'resolution' | 'response';

/** The columns of each measure: its end timestamp, hours, duration role, flag and due columns. */
const MEASURES = {
  resolution: {
    end: 'resolved',
    hours: 'resolutionHours',
    duration: 'resolutionTime',
    flag: 'slaMet',
    due: 'due',
    bit: OFFSET_RESOLVED,
  },
  response: {
    end: 'firstResponse',
    hours: 'firstResponseHours',
    duration: 'firstResponseTime',
    flag: 'responseSlaMet',
    due: 'responseDue',
    bit: OFFSET_RESPONSE,
  },
} as const;

/** Which SLA rule of SPEC §3.4 applied. */
export type SlaRule = 'target' | 'flag' | 'due' | 'none';

/** The SLA target of every ticket: one number, or per priority (`target_hours` as a range). */
export type Targets = number | PriorityTargets;

export interface SlaOptions {
  readonly targets?: Targets | null;
  /** The contract clock; null or absent for wall-clock hours. */
  readonly calendar?: Calendar | null;
  readonly measure?: Measure;
}

export interface SlaOutcomes {
  readonly rule: SlaRule;
  /** Per ticket: 1 met, 0 breached, -1 left out (no data, or not yet due). */
  readonly outcome: Int8Array;
}

/** One millisecond, in days: serials carry float noise, so "resolved ≤ due" allows that much. */
const EPS_DAYS = 1 / 86_400_000;
const EPS_HOURS = 24 * EPS_DAYS;

/** The fields each rule reads; the others' columns are not parsed (a bad due date does not fail an SLA read from flags). */
function ruleFields(measure: Measure, rule: 'target' | 'flag' | 'due', options: SlaOptions): Field[] {
  const m = MEASURES[measure];
  if (rule === 'flag') return [m.flag];
  if (rule === 'due') return [m.due, m.end, 'resolved', 'closedByStatus', 'asOf'];
  const fields: Field[] = ['created', m.end, m.hours, 'resolved', 'closedByStatus', 'asOf'];
  if (typeof options.targets === 'object') fields.push('rows');
  if (options.calendar && hasZone(options.calendar)) fields.push('offsetStamps');
  return fields;
}

/**
 * The hours of the measure per ticket, in business hours when a calendar is given (a duration
 * column is taken as given); undefined when the table has neither timestamps nor durations.
 */
export function measuredHours(t: TicketTable, measure: Measure, calendar: Calendar | null): Float64Array | undefined {
  const m = MEASURES[measure];
  const given = t[m.hours];
  if (!given || !calendar) return given;
  // A resolved column synthesized from created + a duration column is no timestamp to place on the calendar.
  const end = measure === 'resolution' && !t.columns.resolved ? undefined : t[m.end];
  return businessHours(calendar, t, end, m.bit, given);
}

/**
 * The as-of time as the calendar reads it: the latest timestamp, where local stamps convert in
 * order (so the latest local one is the latest converted) and stamps with an offset are instants.
 */
function calendarAsOf(calendar: Calendar, t: TicketTable): number {
  let local = -Infinity;
  let instant = -Infinity;
  const offsets = t.offsetStamps;
  for (const [column, bit] of [
    [t.created, OFFSET_CREATED],
    [t.firstResponse, OFFSET_RESPONSE],
    [t.resolved, OFFSET_RESOLVED],
  ] as const) {
    if (!column) continue;
    for (let i = 0; i < column.length; i++) {
      const v = column[i]!;
      if (offsets && (offsets[i]! & bit) !== 0) {
        if (v > instant) instant = v;
      } else if (v > local) local = v;
    }
  }
  return Math.max(local > -Infinity ? toCalendarTime(calendar, local, false) : -Infinity, instant);
}

/** Hours ticket i has waited at the as-of time (on the calendar when given); asked only of tickets still waiting. */
function waitedHours(t: TicketTable, calendar: Calendar | null): (i: number) => number {
  const created = t.created!;
  if (!calendar) return (i) => (t.asOf - created[i]!) * 24;
  const offsets = t.offsetStamps;
  return businessHoursUntil(
    calendar,
    created,
    calendarAsOf(calendar, t),
    offsets && { bits: offsets, instant: OFFSET_CREATED },
  );
}

/**
 * Each ticket's target in hours, its priority's (NaN for a blank priority, which leaves the ticket
 * out); a priority the targets do not list is #VALUE! naming its cell.
 */
function priorityTargets(grid: Grid, t: TicketTable, targets: PriorityTargets): Float64Array {
  const out = workingArray(Float64Array, t.count);
  const column = t.columns.priority;
  if (!column || !t.rows) throw missingColumn('priority');
  for (let i = 0; i < t.count; i++) {
    const cell = grid[t.rows[i]!]![column.index] ?? null;
    const key = cell === null || typeof cell === 'object' ? '' : priorityKey(cell);
    if (key === '') {
      out[i] = NaN;
      continue;
    }
    const hours = targets.hours.get(key);
    if (hours === undefined) {
      throw fail.value('priorityNotListed', {
        cell: { arg: 'tickets', row: t.rows[i]!, col: column.index, header: column.header },
        value: String(cell),
        arg: 'target_hours',
        accepted: targets.labels.join(', '),
      });
    }
    out[i] = hours;
  }
  return out;
}

/** Whether ticket i still waits for the measure's end: no end time, and not closed. */
function waiting(t: TicketTable, measure: Measure, i: number): boolean {
  if (!isOpen(t, i)) return false;
  const end = measure === 'response' ? t.firstResponse : undefined;
  return !end || Number.isNaN(end[i]!);
}

/**
 * SLA outcome of every ticket, by the first rule that applies: a target in hours (met when the
 * measure's hours, on the calendar when given, are within it); else the measure's SLA-met flag
 * column, when it holds at least one flag; else its due column (met when the end time ≤ due),
 * when a resolved or status column says which tickets are done. A ticket still waiting is
 * breached once its target or due time has passed at the table's as-of time, left out before.
 */
export function slaOutcomes(grid: Grid, t: TicketTable, options: SlaOptions = {}): SlaOutcomes {
  const measure = options.measure ?? 'resolution';
  const m = MEASURES[measure];
  const calendar = options.calendar ?? null;
  const outcome = workingArray(Int8Array, t.count).fill(-1);
  if (options.targets !== undefined && options.targets !== null) {
    // One target for every ticket needs no array of them.
    const single = typeof options.targets === 'number' ? options.targets : NaN;
    const perTicket = typeof options.targets === 'number' ? undefined : priorityTargets(grid, t, options.targets);
    const hours = measuredHours(t, measure, calendar);
    const waited = t.created && !Number.isNaN(t.asOf) ? waitedHours(t, calendar) : undefined;
    for (let i = 0; i < t.count; i++) {
      const target = perTicket ? perTicket[i]! : single;
      if (Number.isNaN(target)) continue;
      const h = hours ? hours[i]! : NaN;
      if (!Number.isNaN(h)) outcome[i] = h <= target + EPS_HOURS ? 1 : 0;
      else if (waited && waiting(t, measure, i) && waited(i) > target + EPS_HOURS) outcome[i] = 0;
    }
    return { rule: 'target', outcome };
  }
  const flags = t[m.flag];
  if (flags && flags.some((f) => f !== -1)) {
    outcome.set(flags);
    return { rule: 'flag', outcome };
  }
  const dues = t[m.due];
  const done = t[m.end];
  // Without an end time or a status, nothing says whether a ticket beat its due time.
  if (dues && (done || t.closedByStatus)) {
    for (let i = 0; i < t.count; i++) {
      const dueAt = dues[i]!;
      if (Number.isNaN(dueAt)) continue;
      const at = done ? done[i]! : NaN;
      if (!Number.isNaN(at)) outcome[i] = at <= dueAt + EPS_DAYS ? 1 : 0;
      else if (dueAt < t.asOf - EPS_DAYS && waiting(t, measure, i)) outcome[i] = 0;
    }
    return { rule: 'due', outcome };
  }
  return { rule: 'none', outcome };
}

/**
 * Parses a ticket grid for the SLA rule that applies, plus the `extra` fields (and grouping) the caller needs, and
 * returns the table with every ticket's outcome. A flag column without any flag is read twice:
 * once to find it empty, once for the due column.
 */
export function readSla(
  grid: Grid,
  options: SlaOptions = {},
  extra: readonly Field[] = [],
  groupBy?: GroupBy,
): { table: TicketTable } & SlaOutcomes {
  const measure = options.measure ?? 'resolution';
  const m = MEASURES[measure];
  const columns = detectColumns(grid[0] ?? []);
  const rules: ('target' | 'flag' | 'due')[] =
    options.targets !== undefined && options.targets !== null
      ? ['target']
      : columns[m.flag] && columns[m.due]
        ? ['flag', 'due']
        : [columns[m.flag] ? 'flag' : 'due'];
  let table!: TicketTable;
  let outcomes!: SlaOutcomes;
  for (const rule of rules) {
    table = readTickets(grid, [...ruleFields(measure, rule, options), ...extra], 'tickets', groupBy);
    outcomes = slaOutcomes(grid, table, options);
    if (outcomes.rule !== 'none') break;
  }
  return { table, ...outcomes };
}

/** The duration role a measure falls back on, for messages about a missing column. */
export const durationRole = (measure: Measure): Role => MEASURES[measure].duration;
