import type { Cell, Grid } from '../cells';
import { BLANK, type ColumnReport, PROBLEM, type RoleReport, VALUE, countColumn, usedRows } from '../columnReport';
import type { DateOrderFinding } from '../dateOrder';
import { isKpiError } from '../errors';
import { checkOneCurrency, currencyColumn } from './currency';
import { findRoles } from './headers';
import { columnDateOrder, dateSerial, headerDateOrder, headerText, isNoValue, parseLedger } from './parse';

const amountVerdict = (cell: Cell) =>
  typeof cell === 'number' ? (cell < 0 ? PROBLEM : cell === 0 ? BLANK : VALUE) : isNoValue(cell) ? BLANK : PROBLEM;

/** Runs `fn`, giving back its KpiError instead of throwing it. */
function attempt<T>(fn: () => T): T | ReturnType<typeof asError> {
  try {
    return fn();
  } catch (e) {
    return asError(e);
  }
}
function asError(e: unknown) {
  if (isKpiError(e)) return e;
  throw e;
}

/**
 * What the ledger functions read in a ledger: its layout and date order, its columns' cells, and the
 * error that stops the whole ledger, if any (the same `parseLedger` every ledger function calls).
 */
export function ledgerColumnReport(grid: Grid): ColumnReport {
  const header = grid[0] ?? [];
  const found = findRoles(header);
  const rows = usedRows(grid);
  const parsed = attempt(() => parseLedger(grid));
  const problem = isKpiError(parsed) ? parsed : undefined;
  const roles: RoleReport[] = [];
  const role = (name: string, col: number, verdict: (cell: Cell) => 0 | 1 | 2): RoleReport => ({
    role: name,
    col,
    header: headerText(header[col]),
    ...countColumn(grid, rows, col, verdict),
  });
  if (found.customer !== undefined && found.period !== undefined && found.amount !== undefined) {
    const dateOrder = attempt(() => columnDateOrder(grid, found.period!));
    const order = isKpiError(dateOrder) ? 'dmy' : dateOrder.order;
    const named = (cell: Cell) => (isNoValue(cell) ? BLANK : VALUE);
    roles.push(role('customer', found.customer, named));
    roles.push(
      role('period', found.period, (cell) =>
        isNoValue(cell) ? BLANK : dateSerial(cell, order) === undefined ? PROBLEM : VALUE,
      ),
    );
    roles.push(role('amount', found.amount, amountVerdict));
    const currency = currencyColumn(header);
    if (currency >= 0) {
      const mixed = attempt(() => checkOneCurrency(grid, found.amount!));
      roles.push({ ...role('currency', currency, named), ...(isKpiError(mixed) ? { note: mixed } : {}) });
    }
    return { layout: 'long', rows: rows.length, dateOrder, problem, roles };
  }
  const dateOrder: DateOrderFinding | ReturnType<typeof asError> = attempt(() => headerDateOrder(header));
  let width = header.length;
  while (width > 1 && isNoValue(header[width - 1])) width--;
  roles.push(role('customer', 0, (cell) => (isNoValue(cell) ? BLANK : VALUE)));
  if (width > 1) {
    // Every period column's amounts, as one role.
    const counts = Array.from({ length: width - 1 }, (_, k) => countColumn(grid, rows, k + 1, amountVerdict));
    const firstProblem = counts.findIndex((c) => c.problems > 0);
    roles.push({
      role: 'periods',
      col: 1,
      lastCol: width - 1,
      header: `${headerText(header[1])} … ${headerText(header[width - 1])}`,
      values: counts.reduce((n, c) => n + c.values, 0),
      blank: counts.reduce((n, c) => n + c.blank, 0),
      problems: counts.reduce((n, c) => n + c.problems, 0),
      first: firstProblem < 0 ? undefined : counts[firstProblem]!.first,
    });
  }
  return { layout: 'wide', rows: rows.length, dateOrder, problem, roles };
}
