import { type Cell, type Grid, isBlank } from '../cells';
import {
  BLANK,
  type ColumnReport,
  PROBLEM,
  type RoleReport,
  VALUE,
  type Verdict,
  countColumn,
  usedRows,
} from '../columnReport';
import type { DateOrder } from '../dateOrder';
import { isKpiError } from '../errors';
import { isNoValueText } from '../noValue';
import { flagOf } from './flags';
import { type DetectedColumn, type DetectedColumns, type Role, HEADER_TABLES } from './headers';
import { DATE_ROLES, hoursOf, tableDateOrder, timestampOf } from './table';

const DURATION_ROLES: readonly Role[] = ['firstResponseTime', 'resolutionTime', 'hours'];
const FLAG_ROLES: readonly Role[] = ['slaMet', 'firstContact'];

const noValue = (cell: Cell): boolean => isBlank(cell) || (typeof cell === 'string' && isNoValueText(cell));

/** How the ticket readers judge one cell of a role's column (the same readers `readTickets` uses). */
function verdictOf(role: Role, c: DetectedColumn, order: DateOrder): (cell: Cell) => Verdict {
  if (DATE_ROLES.includes(role)) {
    return (cell) => {
      const v = timestampOf(cell, order);
      return v === undefined ? PROBLEM : Number.isNaN(v) ? BLANK : VALUE;
    };
  }
  if (DURATION_ROLES.includes(role)) {
    return (cell) => {
      const v = hoursOf(cell, c.hoursPerUnit);
      return v === undefined || v < 0 ? PROBLEM : Number.isNaN(v) ? BLANK : VALUE;
    };
  }
  if (FLAG_ROLES.includes(role)) {
    return (cell) => {
      if (typeof cell === 'string' && isNoValueText(cell)) return BLANK;
      const f = flagOf(cell);
      return f === undefined ? PROBLEM : f === -1 ? BLANK : VALUE;
    };
  }
  return (cell) => (noValue(cell) ? BLANK : VALUE);
}

/** What the ticket functions read in a table: its date order and, per role found, its column's cells. */
export function ticketColumnReport(grid: Grid, columns: DetectedColumns, arg: string): ColumnReport {
  let dateOrder: ColumnReport['dateOrder'];
  try {
    dateOrder = tableDateOrder(grid, columns, arg);
  } catch (e) {
    if (!isKpiError(e)) throw e;
    dateOrder = e;
  }
  // Cells are judged in the default order when the table's own cannot be settled.
  const order = isKpiError(dateOrder) ? 'dmy' : dateOrder.order;
  const rows = usedRows(grid);
  const roles: RoleReport[] = [];
  // In the order of the vocabulary tables: id, client, … hours.
  for (const { role } of HEADER_TABLES) {
    const c = columns[role];
    if (!c) continue;
    roles.push({
      role,
      col: c.index,
      header: c.header,
      ...countColumn(grid, rows, c.index, verdictOf(role, c, order)),
    });
  }
  return { layout: 'tickets', rows: rows.length, dateOrder, roles };
}
