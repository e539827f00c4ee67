import type { Grid } from '../cells';
import { detectColumns } from './headers';
import { type Field, type TicketTable, isOpen, readTickets } from './table';

/** What each rule reads; the others' columns are not parsed (a bad due date does not fail an SLA read from flags). */
const TARGET_FIELDS: readonly Field[] = ['created', 'resolved', 'resolutionHours', 'closedByStatus', 'asOf'];
const FLAG_FIELDS: readonly Field[] = ['slaMet'];
const DUE_FIELDS: readonly Field[] = ['due', 'resolved', 'closedByStatus', 'asOf'];

/** Which SLA rule of SPEC §3.4 applied. */
export type SlaRule = 'target' | 'flag' | 'due' | 'none';

export interface SlaOutcomes {
  readonly rule: SlaRule;
  /** Per ticket: 1 met, 0 breached, -1 left out (no data, or not yet due). */
  readonly outcome: Int8Array;
}

/** One millisecond, in days: serials carry float noise, so "resolved ≤ due" allows that much. */
const EPS_DAYS = 1 / 86_400_000;

/**
 * SLA outcome of every ticket, by the first rule that applies: a target in hours (due = created +
 * target); else the SLA-met flag column, when it holds at least one flag; else the due column
 * (met when resolved ≤ due), when a resolved or status column says which tickets are done. With a due time, an open ticket already past due at the table's
 * as-of time is breached, one not yet due is left out.
 */
export function slaOutcomes(t: TicketTable, targetHours: number | null): SlaOutcomes {
  const outcome = new Int8Array(t.count).fill(-1);
  const pastDue = (i: number, dueAt: number): void => {
    if (isOpen(t, i) && dueAt < t.asOf - EPS_DAYS) outcome[i] = 0;
  };
  if (targetHours !== null) {
    const hours = t.resolutionHours;
    for (let i = 0; i < t.count; i++) {
      const h = hours ? hours[i]! : NaN;
      if (!Number.isNaN(h)) outcome[i] = h <= targetHours + 24 * EPS_DAYS ? 1 : 0;
      else if (t.created) pastDue(i, t.created[i]! + targetHours / 24);
    }
    return { rule: 'target', outcome };
  }
  if (t.slaMet && t.slaMet.some((f) => f !== -1)) {
    outcome.set(t.slaMet);
    return { rule: 'flag', outcome };
  }
  // Without a resolution time or a status, nothing says whether a ticket beat its due time.
  if (t.due && (t.resolved || t.closedByStatus)) {
    for (let i = 0; i < t.count; i++) {
      const dueAt = t.due[i]!;
      if (Number.isNaN(dueAt)) continue;
      const done = t.resolved ? t.resolved[i]! : NaN;
      if (!Number.isNaN(done)) outcome[i] = done <= dueAt + EPS_DAYS ? 1 : 0;
      else pastDue(i, dueAt);
    }
    return { rule: 'due', outcome };
  }
  return { rule: 'none', outcome };
}

/**
 * Parses a ticket grid for the SLA rule that applies, plus the `extra` fields the caller needs, and
 * returns the table with every ticket's outcome. A flag column without any flag is read twice:
 * once to find it empty, once for the due column.
 */
export function readSla(
  grid: Grid,
  targetHours: number | null,
  extra: readonly Field[] = [],
): { table: TicketTable } & SlaOutcomes {
  const columns = detectColumns(grid[0] ?? []);
  const rules =
    targetHours !== null
      ? [TARGET_FIELDS]
      : columns.slaMet && columns.due
        ? [FLAG_FIELDS, DUE_FIELDS]
        : [columns.slaMet ? FLAG_FIELDS : DUE_FIELDS];
  let table!: TicketTable;
  let outcomes!: SlaOutcomes;
  for (const fields of rules) {
    table = readTickets(grid, [...fields, ...extra]);
    outcomes = slaOutcomes(table, targetHours);
    if (outcomes.rule !== 'none') break;
  }
  return { table, ...outcomes };
}
