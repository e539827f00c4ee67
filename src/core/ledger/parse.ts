import type { Cell, Grid } from '../cells';
import { formatSerial, monthIndex, parseIsoDate, parseYearMonth, serialFromMonthIndex } from '../dates';
import { fail, where } from '../errors';
import { LEDGER_HEADERS, type LedgerRole, findRoles } from './headers';

/** A period or customer as the ledger's cells give it (a date serial stays a number). */
export type Label = number | string;

/** A subscription ledger reduced to one MRR per customer and period, whatever its layout. */
export interface Ledger {
  readonly layout: 'wide' | 'long';
  /** Period header values as given (long layout: the serial of each month's first day). */
  readonly periods: readonly Label[];
  /** The date serial each period stands for, when its header is a date; used to match a `period` argument. */
  readonly periodSerials: readonly (number | undefined)[];
  /** Customer names as first written. */
  readonly customers: readonly Label[];
  /** MRR, customer-major: `mrr[c * periods.length + t]`. */
  readonly mrr: Float64Array;
}

/** A typo in a date (year 2205, a serial of 0) must not allocate a century of months. */
const MAX_MONTHS = 1200;

// Excel hands the same range object back on a recalculation in some hosts and in benchmarks:
// parsing it again would redo all the work for the same answer.
const cache = new WeakMap<Grid, Ledger>();

/** Reads a ledger range (SPEC §2.1), detecting the layout from the header row. */
export function parseLedger(fn: string, grid: Grid): Ledger {
  const cached = cache.get(grid);
  if (cached) return cached;
  const header = grid[0] ?? [];
  const roles = findRoles(header);
  const ledger =
    roles.customer !== undefined && roles.period !== undefined && roles.amount !== undefined
      ? parseLong(fn, grid, roles.customer, roles.period, roles.amount)
      : parseWide(fn, grid, roles);
  if (ledger.customers.length === 0) throw fail.na(fn, 'the ledger has no customer rows below its header.');
  cache.set(grid, ledger);
  return ledger;
}

/**
 * Text for a header cell or period label in messages: numbers that can only be dates (from 1927
 * on) are shown as dates, smaller ones (period numbers 1, 2, 3 …) as they are.
 */
export function headerText(cell: Cell | undefined): string {
  if (typeof cell === 'number') return cell >= 10_000 && isSerial(cell) ? formatSerial(cell) : String(cell);
  return cell === null || cell === undefined ? '' : String(cell);
}

/** Any of Excel's blanks (null, "", 0) or whitespace; cheap for the names and numbers that fill ledgers. */
function isBlankCell(v: Cell | undefined): boolean {
  if (v === null || v === undefined || v === 0 || v === '') return true;
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  return (c <= 32 || c === 160) && v.trim() === '';
}

/** An MRR cell that is not a plain number ≥ 0: blank is 0, anything else is #VALUE! naming the cell. */
function readAmount(fn: string, cell: Cell | undefined, row: number, col: number, header: string): number {
  if (typeof cell === 'number' && cell < 0) {
    throw fail.value(fn, `ledger amount at ${where(row, col, header)} is negative (${cell}); MRR must be 0 or more.`);
  }
  if (typeof cell === 'number') return cell;
  if (isBlankCell(cell)) return 0;
  throw fail.value(fn, `ledger amount at ${where(row, col, header)} is not a number ("${String(cell)}").`);
}

/**
 * Numbers customers in order of appearance. They are matched like a pivot table groups them,
 * trimmed and case-insensitive; a cell value seen before is looked up as it is, so the folded key
 * is built once per spelling rather than once per row.
 */
class CustomerIndex {
  readonly customers: Label[] = [];
  private readonly byCell = new Map<Label, number>();
  private readonly byKey = new Map<string, number>();

  constructor(private readonly fn: string) {}

  /** 0 is one of Excel's spellings of a blank cell, not customer "0". */
  indexOf(cell: Cell | undefined, row: number, col: number, header: string): number {
    if ((typeof cell === 'string' || typeof cell === 'number') && !isBlankCell(cell)) {
      const seen = this.byCell.get(cell);
      if (seen !== undefined) return seen;
      const key = typeof cell === 'number' ? String(cell) : cell.trim().toLowerCase();
      let c = this.byKey.get(key);
      if (c === undefined) {
        c = this.customers.length;
        this.byKey.set(key, c);
        this.customers.push(cell);
      }
      this.byCell.set(cell, c);
      return c;
    }
    if (isBlankCell(cell)) throw fail.value(this.fn, `ledger row ${row + 1} has amounts but no customer at ${where(row, col, header)}.`);
    throw fail.value(this.fn, `ledger customer at ${where(row, col, header)} must be a name or a number, got ${String(cell)}.`);
  }
}

/** Excel's dates run from serial 1 (1900-01-01) to 2958465 (9999-12-31). */
export const isSerial = (n: number): boolean => n >= 1 && n < 2_958_466;

/** Serial of a date cell: a number in Excel's date range, ISO date text or a `2025-01` year-month; otherwise undefined. */
function dateSerial(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return isSerial(cell) ? cell : undefined;
  if (typeof cell === 'string') return parseYearMonth(cell) ?? parseIsoDate(cell);
  return undefined;
}

function parseLong(fn: string, grid: Grid, custCol: number, periodCol: number, amountCol: number): Ledger {
  const header = grid[0]!;
  const custHeader = headerText(header[custCol]);
  const periodHeader = headerText(header[periodCol]);
  const amountHeader = headerText(header[amountCol]);
  const n = grid.length - 1;
  const rowCustomer = new Int32Array(n);
  const rowMonth = new Int32Array(n);
  const rowAmount = new Float64Array(n);
  const index = new CustomerIndex(fn);
  let kept = 0;
  let first = Infinity;
  let last = -Infinity;
  let firstRow = 0;
  let lastRow = 0;
  for (let r = 1; r <= n; r++) {
    const row = grid[r]!;
    const name = row[custCol];
    const date = row[periodCol];
    const amount = row[amountCol];
    if (isBlankCell(name) && isBlankCell(date) && isBlankCell(amount)) continue;
    const c = index.indexOf(name, r, custCol, custHeader);
    const serial = dateSerial(date);
    if (serial === undefined) {
      const shown = isBlankCell(date) ? 'blank' : `"${String(date)}"`;
      throw fail.value(fn, `ledger date at ${where(r, periodCol, periodHeader)} is ${shown}: use an Excel date or ISO text such as 2025-03-05 or 2025-03.`);
    }
    const month = monthIndex(serial);
    if (month < first) [first, firstRow] = [month, r];
    if (month > last) [last, lastRow] = [month, r];
    rowCustomer[kept] = c;
    rowMonth[kept] = month;
    rowAmount[kept] = typeof amount === 'number' && amount >= 0 ? amount : readAmount(fn, amount, r, amountCol, amountHeader);
    kept++;
  }
  const customers = index.customers;
  if (kept === 0) return { layout: 'long', periods: [], periodSerials: [], customers, mrr: new Float64Array(0) };
  const periodCount = last - first + 1;
  if (periodCount > MAX_MONTHS) {
    throw fail.value(
      fn,
      `ledger dates run from ${formatSerial(serialFromMonthIndex(first))} (row ${firstRow + 1}) to ${formatSerial(serialFromMonthIndex(last))} (row ${lastRow + 1}), more than ${MAX_MONTHS / 12} years: check for a mistyped date.`,
    );
  }
  const mrr = new Float64Array(customers.length * periodCount);
  for (let i = 0; i < kept; i++) mrr[rowCustomer[i]! * periodCount + rowMonth[i]! - first]! += rowAmount[i]!;
  const periods = Array.from({ length: periodCount }, (_, t) => serialFromMonthIndex(first + t));
  return { layout: 'long', periods, periodSerials: periods, customers, mrr };
}

const LONG_HINT = (Object.keys(LEDGER_HEADERS) as LedgerRole[])
  .map((role) => `${role} (${LEDGER_HEADERS[role].slice(0, 4).join(', ')} …)`)
  .join(', ');

/**
 * The header of a wide ledger: periods left to right. A header naming a long-layout column
 * (`Amount`, `Invoice date` …) means a long ledger with a column missing, not a period called
 * "Amount": reading it as wide would turn dates into MRR, so it is refused with what is missing.
 */
function readWideHeader(fn: string, header: readonly Cell[], roles: Partial<Record<LedgerRole, number>>): { width: number; serials: (number | undefined)[] } {
  const found = (Object.keys(roles) as LedgerRole[]).filter((r) => roles[r]! > 0);
  if (found.length > 0) {
    const missing = (Object.keys(LEDGER_HEADERS) as LedgerRole[]).filter((r) => roles[r] === undefined);
    throw fail.value(
      fn,
      `ledger looks like a long layout (found ${found.map((r) => `${r} "${headerText(header[roles[r]!])}"`).join(', ')}) but has no ${missing.join(' or ')} column. A long ledger needs ${LONG_HINT}; a wide ledger has customers in its first column and periods across its header.`,
    );
  }
  let width = header.length;
  while (width > 1 && isBlankCell(header[width - 1])) width--;
  if (width < 2) throw fail.value(fn, 'ledger needs a header row: customers in the first column and periods (dates or text such as 2025-01) across.');
  const serials: (number | undefined)[] = [];
  const seen = new Set<string>();
  let previous = -Infinity;
  for (let col = 1; col < width; col++) {
    const cell = header[col]!;
    if ((typeof cell !== 'number' && typeof cell !== 'string') || isBlankCell(cell)) {
      throw fail.value(fn, `ledger header at ${where(0, col)} must be a period (a date or text such as 2025-01), got ${cell === null || cell === '' ? 'a blank' : String(cell)}.`);
    }
    const label = typeof cell === 'number' ? `n:${cell}` : `t:${cell.trim().toLowerCase()}`;
    if (seen.has(label)) throw fail.value(fn, `ledger period "${headerText(cell)}" appears twice in the header (${where(0, col)}).`);
    seen.add(label);
    const serial = dateSerial(cell);
    if (serial !== undefined) {
      if (serial <= previous) throw fail.value(fn, `ledger periods must run left to right in time: "${headerText(cell)}" at ${where(0, col)} comes before the period on its left.`);
      previous = serial;
    }
    serials.push(serial);
  }
  return { width, serials };
}

/**
 * Adds a wide row's amounts to its customer's MRR (`base` + column). A function of its own so
 * the engine optimises this loop over every cell once, whatever the rest of the parse does.
 */
function addWideRow(fn: string, mrr: Float64Array, base: number, row: readonly Cell[], r: number, width: number, headers: readonly string[]): void {
  for (let col = 1; col < width; col++) {
    const v = row[col];
    if (typeof v === 'number' && v >= 0) mrr[base + col]! += v;
    else if (v !== null && v !== undefined) mrr[base + col]! += readAmount(fn, v, r, col, headers[col]!);
  }
}

function parseWide(fn: string, grid: Grid, roles: Partial<Record<LedgerRole, number>>): Ledger {
  const header = grid[0] ?? [];
  const { width, serials } = readWideHeader(fn, header, roles);
  const periodCount = width - 1;
  const headers = header.slice(0, width).map(headerText);
  const mrr = new Float64Array(Math.max(0, grid.length - 1) * periodCount);
  const index = new CustomerIndex(fn);
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r]!;
    for (let col = width; col < row.length; col++) {
      if (!isBlankCell(row[col])) throw fail.value(fn, `ledger cell at ${where(r, col)} holds a value but its column has no period in the header.`);
    }
    if (isBlankCell(row[0]) && row.slice(1, width).every(isBlankCell)) continue;
    addWideRow(fn, mrr, index.indexOf(row[0], r, 0, headers[0]!) * periodCount - 1, row, r, width, headers);
  }
  const customers = index.customers;
  return {
    layout: 'wide',
    periods: header.slice(1, width).map((cell) => cell as Label),
    periodSerials: serials,
    customers,
    mrr: mrr.subarray(0, customers.length * periodCount),
  };
}
