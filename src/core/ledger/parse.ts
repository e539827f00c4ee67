import { type Cell, type Grid, firstError, metEveryCell } from '../cells';
import {
  type DateOrder,
  DateOrderEvidence,
  type DateOrderFinding,
  defaultDateOrder,
  parseDateText,
} from '../dateOrder';
import { formatSerial, parseYearMonth, serialFromMonthIndex } from '../dates';
import { fail } from '../errors';
import { isNoValueText } from '../noValue';
import { checkOneCurrency } from './currency';
import { LEDGER_HEADERS, type LedgerRole, findRoles } from './headers';
import { monthOfSerial } from '../monthOfSerial';
import { isWorkingMemory, workingArray } from '../workingMemory';
import { ScratchArray } from './scratch';
import { TextSlots } from '../textSlots';

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
  /**
   * MRR, customer-major: `mrr[c * periods.length + t]`. Inside an evaluation, possibly working memory
   * (see parseLedger): a ledger is not to be kept beyond the evaluation that read it.
   */
  readonly mrr: Float64Array;
  /** The order numeric text dates were read in, and whether the ledger proved it (SPEC §1). */
  readonly dateOrder: DateOrderFinding;
}

/** A typo in a date (year 2205, a serial of 0) must not allocate a century of months. */
const MAX_MONTHS = 1200;

// Excel hands the same range object back on a recalculation in some hosts, and the CLI and the task
// pane ask several KPIs of one range: parsing it again would redo all the work for the same answer.
// A ledger is never changed once made, so the callers of one range can share it.
// An order assumed from the default holds only for that default.
const cache = new WeakMap<Grid, Ledger>();
/** Ranges read once into working memory: read again, they get memory of their own and are kept. */
const seen = new WeakSet<Grid>();

const cachedFor = (ledger: Ledger | undefined, order: DateOrder): Ledger | undefined =>
  ledger && (ledger.dateOrder.basis !== 'assumed' || ledger.dateOrder.order === order) ? ledger : undefined;

/**
 * Reads a ledger range (SPEC §2.1), detecting the layout from the header row, into a ledger of
 * the caller's own. Every cell is met: a range holding an Excel error throws its first one, row by
 * row, whatever else is wrong (as Excel propagates errors); one without is marked as met in full
 * (`metEveryCell`), so `evaluate` does not scan it again.
 *
 * Inside an evaluation, a range met for the first time is read into working memory: Excel's runtime
 * hands a new range on every call, and megabytes of fresh MRR per recalculation cost a tenth of a
 * parse in allocation and collections. A range met again is read into memory of its own and kept.
 */
export function parseLedger(grid: Grid): Ledger {
  const cached = cachedFor(cache.get(grid), defaultDateOrder());
  if (cached) return cached;
  let ledger: Ledger;
  try {
    ledger = parse(grid, seen.has(grid));
  } catch (e) {
    throw firstError(grid) ?? e;
  }
  metEveryCell(grid);
  if (isWorkingMemory(ledger.mrr)) seen.add(grid);
  else cache.set(grid, ledger);
  return ledger;
}

/** `length` zeros for a ledger's MRR: of its own when `own`, else working memory where there is some. */
const mrrArray = (length: number, own: boolean): Float64Array =>
  own ? new Float64Array(length) : workingArray(Float64Array, length);

function parse(grid: Grid, own: boolean): Ledger {
  const header = grid[0] ?? [];
  const roles = findRoles(header);
  const long = roles.customer !== undefined && roles.period !== undefined && roles.amount !== undefined;
  if (long) checkOneCurrency(grid, roles.amount!);
  const ledger = long
    ? readLong(grid, roles.customer!, roles.period!, roles.amount!, own)
    : parseWide(grid, roles, headerDateOrder(header), own);
  if (ledger.customers.length === 0) throw fail.na('noCustomers');
  return ledger;
}

/**
 * A long ledger read in the default date order while the period column's evidence is gathered in
 * the same pass (a pass of its own cost a tenth of a parse). A text proving the other order is no
 * date in this one, so a pass that ends has met none; one that stops is followed by the column's
 * order, as if decided first: a column proving both orders is refused before any other problem, and
 * one proving the other order is read again in it.
 */
function readLong(grid: Grid, custCol: number, periodCol: number, amountCol: number, own: boolean): Ledger {
  const assumed = defaultDateOrder();
  const evidence = columnEvidence(grid, periodCol);
  try {
    const read = parseLong(grid, custCol, periodCol, amountCol, own, assumed, evidence);
    return { ...read, dateOrder: evidence.decide(assumed) };
  } catch (e) {
    const dateOrder = columnDateOrder(grid, periodCol);
    if (dateOrder.order === assumed) throw e;
    return { ...parseLong(grid, custCol, periodCol, amountCol, own, dateOrder.order), dateOrder };
  }
}

/** Throws the range's first Excel error when the cell is one (only errors and blanks are objects). */
function checkCell(grid: Grid, v: Cell | undefined): void {
  if (typeof v === 'object' && v !== null) {
    const err = firstError(grid);
    if (err) throw err;
  }
}

function checkRow(grid: Grid, row: readonly Cell[]): void {
  for (let col = 0; col < row.length; col++) checkCell(grid, row[col]);
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

/** A blank, or a "no value" marker (`?`, `N/A`, `-` …) where a value is read. */
export const isNoValue = (v: Cell | undefined): boolean =>
  isBlankCell(v) || (typeof v === 'string' && isNoValueText(v));

/** The order of the numeric text dates of a long ledger's period column. */
export function columnDateOrder(grid: Grid, col: number): DateOrderFinding {
  const evidence = columnEvidence(grid, col);
  for (let r = 1; r < grid.length; r++) {
    const v = grid[r]![col];
    if (typeof v === 'string') evidence.note(v, r, col);
  }
  return evidence.decide();
}

/** Evidence for a long ledger's period column `col`: a proving cell is named with the column's header. */
function columnEvidence(grid: Grid, col: number): DateOrderEvidence {
  const header = headerText(grid[0]![col]);
  return new DateOrderEvidence((row, c) => ({ row, col: c, header }));
}

/** The order of the numeric text dates of a wide ledger's period headers. */
export function headerDateOrder(header: readonly Cell[]): DateOrderFinding {
  const evidence = new DateOrderEvidence();
  header.forEach((v, col) => {
    if (col > 0 && typeof v === 'string') evidence.note(v, 0, col);
  });
  return evidence.decide();
}

/**
 * An MRR cell that is not a plain number ≥ 0: blank is 0, anything else is #VALUE! naming the cell.
 * `header` is the column's header cell, turned into text only for a message.
 */
function readAmount(cell: Cell | undefined, row: number, col: number, header: Cell | undefined): number {
  if (typeof cell === 'number' && cell < 0) {
    throw fail.value('negativeAmount', { cell: { row, col, header: headerText(header) }, value: cell });
  }
  if (typeof cell === 'number') return cell;
  if (isNoValue(cell)) return 0;
  throw fail.value('amountNotNumber', { cell: { row, col, header: headerText(header) }, value: String(cell) });
}

/**
 * Customer spellings met by earlier parses, kept from call to call: a workbook recalculates several
 * functions over the same ledger, each call handing over a new range holding the same names, and
 * folding every name and growing two hash tables of thousands of entries again cost more than the
 * rest of a wide parse. Each folded name (trimmed, lower-case) has a slot; a parse stamps the slots
 * it meets with its own number and the customer index it gave them. Forgotten past a bound.
 */
const MAX_SPELLINGS = 100_000;
/** Text spellings in a table of their own: they come as new strings on every call (see TextSlots). */
const textSpellings = new TextSlots();
const numberSpellings = new Map<number, number>();
const keySlots = new Map<string, number>();
const slotStamps: number[] = [];
const slotCustomers: number[] = [];
let lastStamp = 0;
const nextCustomers = new ScratchArray((length) => new Int32Array(length));

/**
 * Failed guesses at which a parse looks at how far it has got: when they are more than one row in
 * four so far, its rows are in no order that guessing follows, and it stops guessing.
 */
const GUESS_CHECK = 256;

/**
 * Numbers customers in order of appearance. They are matched like a pivot table groups them,
 * trimmed and case-insensitive; a cell value seen before is looked up as it is, so the folded key
 * is built once per spelling rather than once per row.
 */
class CustomerIndex {
  readonly customers: Label[] = [];
  private readonly stamp: number;
  /**
   * For each customer, the one on the row after its last row. Exports list customers in the same
   * order every month, or each customer's rows together: comparing the name with that guess
   * settles most rows of a long ledger without a hash lookup.
   */
  private readonly next: Int32Array;
  /** Each customer's cell on its last row: a recent string compares faster than one far back in memory. */
  private readonly lastCell: Label[] = [];
  private previous = -1;
  /** Off once the rows prove to be in no order: a failed guess is a wasted comparison. */
  private guessing = true;
  private misses = 0;

  /** `rows` bounds the number of customers. */
  constructor(rows: number) {
    if (textSpellings.size + numberSpellings.size > MAX_SPELLINGS) {
      textSpellings.clear();
      numberSpellings.clear();
      keySlots.clear();
      slotStamps.length = 0;
      slotCustomers.length = 0;
    }
    this.stamp = ++lastStamp;
    this.next = nextCustomers.take(rows);
  }

  /**
   * The customer of a cell on sheet row `row` whose spelling was met before (by this parse or an
   * earlier one), else -1: the cell is then a blank, or left to `add`. Blanks are never stored.
   */
  known(cell: Cell | undefined, row: number): number {
    const previous = this.previous;
    if (this.guessing && previous >= 0) {
      const guess = this.next[previous]!;
      if (guess >= 0) {
        if (this.lastCell[guess] === cell) return this.met(guess, cell);
        // The guessed customer has no row this time (it left): the one after it may follow.
        const after = this.next[guess]!;
        if (after >= 0 && this.lastCell[after] === cell) {
          this.next[previous] = after;
          return this.met(after, cell);
        }
        if (++this.misses === GUESS_CHECK && GUESS_CHECK * 4 > row) this.guessing = false;
      }
    }
    const slot =
      typeof cell === 'string'
        ? textSpellings.get(cell)
        : typeof cell === 'number'
          ? (numberSpellings.get(cell) ?? -1)
          : -1;
    if (slot < 0) return -1;
    // Rows in no order: no links to keep for guesses.
    if (!this.guessing && slotStamps[slot] === this.stamp) return slotCustomers[slot]!;
    return this.link(slot, cell as Label);
  }

  /**
   * The customer of a spelling not met before (0 is one of Excel's spellings of a blank cell, not
   * customer "0"), or the error for a cell that is no name. `row`, `col`, `header` are for messages.
   */
  add(cell: Cell | undefined, row: number, col: number, header: Cell | undefined): number {
    if ((typeof cell === 'string' || typeof cell === 'number') && !isNoValue(cell)) {
      const key = typeof cell === 'number' ? String(cell) : cell.trim().toLowerCase();
      let slot = keySlots.get(key);
      if (slot === undefined) {
        slot = keySlots.size;
        keySlots.set(key, slot);
        slotStamps.push(0);
        slotCustomers.push(0);
      }
      if (typeof cell === 'string') textSpellings.set(cell, slot);
      else numberSpellings.set(cell, slot);
      return this.link(slot, cell);
    }
    const at = { row, col, header: headerText(header) };
    if (isNoValue(cell)) throw fail.value('noCustomerName', { row: row + 1, cell: at });
    throw fail.value('customerNotName', { cell: at, value: String(cell) });
  }

  private met(c: number, cell: Cell | undefined): number {
    this.lastCell[c] = cell as Label;
    return (this.previous = c);
  }

  /** The customer of a spelling's slot, numbered now if this parse has not met it, linked after the previous row's. */
  private link(slot: number, cell: Label): number {
    const previous = this.previous;
    let c: number;
    if (slotStamps[slot] === this.stamp) c = slotCustomers[slot]!;
    else {
      c = this.customers.length;
      slotStamps[slot] = this.stamp;
      slotCustomers[slot] = c;
      // A customer appearing between two others: the one that followed the previous follows it.
      this.next[c] = previous >= 0 ? this.next[previous]! : -1;
      this.customers.push(cell);
      this.lastCell.push(cell);
    }
    if (previous >= 0) this.next[previous] = c;
    return this.met(c, cell);
  }
}

/** Excel's dates run from serial 1 (1900-01-01) to 2958465 (9999-12-31). */
export const isSerial = (n: number): boolean => n >= 1 && n < 2_958_466;

/**
 * Serial of a date cell: a number in Excel's date range, a `2025-01` year-month, ISO or numeric date
 * text (in the ledger's order); otherwise undefined.
 */
export function dateSerial(cell: Cell | undefined, order: DateOrder): number | undefined {
  if (typeof cell === 'number') return isSerial(cell) ? cell : undefined;
  if (typeof cell === 'string') return parseYearMonth(cell) ?? parseDateText(cell, order);
  return undefined;
}

// Per-row arrays of a long ledger, only needed while it is parsed.
const rowCustomers = new ScratchArray((length) => new Int32Array(length));
const rowMonths = new ScratchArray((length) => new Int32Array(length));
const rowAmounts = new ScratchArray((length) => new Float64Array(length));

/**
 * Reads the rows of a long ledger with numeric text dates in `order`, noting each distinct date text
 * in `evidence` when given (the first row of each text: the column's first proving cell is noted first).
 */
function parseLong(
  grid: Grid,
  custCol: number,
  periodCol: number,
  amountCol: number,
  own: boolean,
  order: DateOrder,
  evidence?: DateOrderEvidence,
): Omit<Ledger, 'dateOrder'> {
  const header = grid[0]!;
  // Columns the parse does not read, to check for Excel errors: one in a column it reads stops it anyway.
  checkRow(grid, header);
  const unread: number[] = [];
  for (let col = 0; col < header.length; col++)
    if (col !== custCol && col !== periodCol && col !== amountCol) unread.push(col);
  const n = grid.length - 1;
  const rowCustomer = rowCustomers.take(n);
  const rowMonth = rowMonths.take(n);
  const rowAmount = rowAmounts.take(n);
  const index = new CustomerIndex(n);
  // Dates as text (CSV imports) repeat down the column: each spelling is parsed once.
  const textDates = new Map<string, number | undefined>();
  const periodHeader = headerText(header[periodCol]);
  let kept = 0;
  let first = Infinity;
  let last = -Infinity;
  let firstRow = 0;
  let lastRow = 0;
  for (let r = 1; r <= n; r++) {
    const row = grid[r]!;
    for (let k = 0; k < unread.length; k++) checkCell(grid, row[unread[k]!]);
    // A range wider than its header (only from code, Excel's are rectangles).
    if (row.length > header.length) checkRow(grid, row);
    const name = row[custCol];
    const date = row[periodCol];
    const amount = row[amountCol];
    // A name met before is no blank: most rows skip the blank-row test.
    let c = index.known(name, r);
    if (c < 0) {
      if (isNoValue(name) && isNoValue(date) && isNoValue(amount)) continue;
      c = index.add(name, r, custCol, header[custCol]);
    }
    let serial: number | undefined;
    if (typeof date === 'number') serial = isSerial(date) ? date : undefined;
    else if (typeof date === 'string') {
      serial = textDates.get(date);
      if (serial === undefined && !textDates.has(date)) {
        evidence?.note(date, r, periodCol);
        textDates.set(date, (serial = dateSerial(date, order)));
      }
    }
    if (serial === undefined) {
      const cell = { row: r, col: periodCol, header: periodHeader };
      // A row with neither period nor amount adds nothing: its "no value" markers do not stop the ledger.
      if (isNoValue(date) && isNoValue(amount)) continue;
      if (isNoValue(date)) throw fail.value('ledgerDateBlank', { cell });
      throw fail.value('ledgerDate', { cell, value: `"${String(date)}"` });
    }
    const month = monthOfSerial(serial);
    if (month < first) {
      first = month;
      firstRow = r;
    }
    if (month > last) {
      last = month;
      lastRow = r;
    }
    rowCustomer[kept] = c;
    rowMonth[kept] = month;
    rowAmount[kept] =
      typeof amount === 'number' && amount >= 0 ? amount : readAmount(amount, r, amountCol, header[amountCol]);
    kept++;
  }
  const customers = index.customers;
  if (kept === 0) return { layout: 'long', periods: [], periodSerials: [], customers, mrr: new Float64Array(0) };
  const periodCount = last - first + 1;
  if (periodCount > MAX_MONTHS) {
    throw fail.value('ledgerSpan', {
      first: formatSerial(serialFromMonthIndex(first)),
      firstRow: firstRow + 1,
      last: formatSerial(serialFromMonthIndex(last)),
      lastRow: lastRow + 1,
      years: MAX_MONTHS / 12,
    });
  }
  const mrr = mrrArray(customers.length * periodCount, own);
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
function readWideHeader(
  header: readonly Cell[],
  roles: Partial<Record<LedgerRole, number>>,
  order: DateOrder,
): { width: number; serials: (number | undefined)[] } {
  const found = (Object.keys(roles) as LedgerRole[]).filter((r) => roles[r]! > 0);
  if (found.length > 0) {
    const missing = (Object.keys(LEDGER_HEADERS) as LedgerRole[]).filter((r) => roles[r] === undefined);
    throw fail.value('longLayoutMissing', {
      found: found.map((r) => `${r} "${headerText(header[roles[r]!])}"`).join(', '),
      missing: missing.join(' / '),
      hint: LONG_HINT,
    });
  }
  let width = header.length;
  while (width > 1 && isBlankCell(header[width - 1])) width--;
  if (width < 2) throw fail.value('noLedgerHeader');
  const serials: (number | undefined)[] = [];
  const seen = new Set<string>();
  let previous = -Infinity;
  for (let col = 1; col < width; col++) {
    const cell = header[col]!;
    if ((typeof cell !== 'number' && typeof cell !== 'string') || isBlankCell(cell)) {
      if (cell === null || cell === '') throw fail.value('headerBlank', { cell: { row: 0, col } });
      throw fail.value('headerNotPeriod', { cell: { row: 0, col }, value: String(cell) });
    }
    const label = typeof cell === 'number' ? `n:${cell}` : `t:${cell.trim().toLowerCase()}`;
    if (seen.has(label)) throw fail.value('periodTwice', { value: headerText(cell), cell: { row: 0, col } });
    seen.add(label);
    const serial = dateSerial(cell, order);
    if (serial !== undefined) {
      if (serial <= previous) throw fail.value('periodsOutOfOrder', { value: headerText(cell), cell: { row: 0, col } });
      previous = serial;
    }
    serials.push(serial);
  }
  return { width, serials };
}

/** Adds a wide row's amounts to its customer's MRR (`base` + column): blanks add nothing, other values are checked. */
function addWideRow(
  mrr: Float64Array,
  base: number,
  row: readonly Cell[],
  r: number,
  width: number,
  header: readonly Cell[],
): void {
  for (let col = 1; col < width; col++) {
    const v = row[col];
    if (typeof v === 'number' && v >= 0) mrr[base + col]! += v;
    else if (v !== null && v !== undefined && v !== '') mrr[base + col]! += readAmount(v, r, col, header[col]);
  }
}

function parseWide(
  grid: Grid,
  roles: Partial<Record<LedgerRole, number>>,
  dateOrder: DateOrderFinding,
  own: boolean,
): Ledger {
  const header = grid[0] ?? [];
  // The period headers are checked below; the customer column's header is read by no one else.
  checkRow(grid, header.slice(0, 1));
  const { width, serials } = readWideHeader(header, roles, dateOrder.order);
  const periodCount = width - 1;
  const mrr = mrrArray(Math.max(0, grid.length - 1) * periodCount, own);
  const index = new CustomerIndex(grid.length);
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r]!;
    for (let col = width; col < row.length; col++) {
      if (!isBlankCell(row[col])) throw fail.value('valueWithoutPeriod', { cell: { row: r, col } });
    }
    let c = index.known(row[0], r);
    if (c < 0) {
      if (row.slice(0, width).every(isNoValue)) continue;
      c = index.add(row[0], r, 0, header[0]);
    }
    addWideRow(mrr, c * periodCount - 1, row, r, width, header);
  }
  const customers = index.customers;
  return {
    layout: 'wide',
    periods: header.slice(1, width).map((cell) => cell as Label),
    periodSerials: serials,
    customers,
    mrr: mrr.subarray(0, customers.length * periodCount),
    dateOrder,
  };
}
