import { type Cell, type Grid, errorOf, isBlank, isErrorCell, metEveryCell, parseNumberText } from '../cells';
import {
  type DateOrder,
  DateOrderEvidence,
  type DateOrderFinding,
  defaultDateOrder,
  parseDateText,
} from '../dateOrder';
import { carriesOffset, formatSerial } from '../dates';
import { type KpiError, type Located, fail } from '../errors';
import { isNoDateSerial, isNoDateText, isNoValueText } from '../noValue';
import { workingArray, workingBlock } from '../workingMemory';
import { roundHalfUp } from '../roundHalfUp';
import { type Flag, flagOf, notAFlag } from './flags';
import { type GroupBy, type GroupLabel, Grouping } from './grouping';
import { type DetectedColumn, type DetectedColumns, type Role, acceptedHeaders, detectColumns } from './headers';
import { statusClosed } from './status';
import { WordMemo } from '../wordMemo';

/**
 * A ticket grid parsed once into typed columns (one array per field, one pass over the rows, no
 * object per row), so 100 000-row exports cost little more than a scan. Blank timestamps and
 * durations are NaN; flags are 1 / 0 / -1 (unknown).
 */
export interface TicketTable {
  /** Tickets: body rows that are not entirely blank. */
  readonly count: number;
  readonly columns: DetectedColumns;
  /**
   * The order numeric text dates were read in, and whether the table proved it (SPEC §1); `none`
   * when the table has no numeric text date or the fields asked for read no date column.
   */
  readonly dateOrder: DateOrderFinding;
  readonly created?: Float64Array;
  readonly firstResponse?: Float64Array;
  /**
   * Resolution time: the resolved column, falling back row by row to the closed column, or created
   * + resolution duration when only that exists.
   */
  readonly resolved?: Float64Array;
  readonly due?: Float64Array;
  readonly firstResponseHours?: Float64Array;
  readonly resolutionHours?: Float64Array;
  readonly slaMet?: Int8Array;
  readonly responseDue?: Float64Array;
  readonly responseSlaMet?: Int8Array;
  readonly firstContact?: Int8Array;
  readonly hours?: Float64Array;
  /** Per ticket, its group's position in `groups` (the `groupBy` asked for); -1 when in none (a blank). */
  readonly groupIndex?: Int32Array;
  /** The groups, each labelled as its first cell is written. */
  readonly groups?: readonly GroupLabel[];
  /** Each group's key (folded text, a priority …), for sorting. */
  readonly groupKeys?: readonly string[];
  /** 1 where the status column says the ticket is closed. */
  readonly closedByStatus?: Uint8Array;
  /**
   * Per ticket, which timestamps were written with their own offset or `Z` (OFFSET_* bits): a
   * business-hours calendar with a time zone takes those as instants, the others as its local time.
   */
  readonly offsetStamps?: Uint8Array;
  /** Per ticket, its row in the grid (the header is row 0), for columns no role names. */
  readonly rows?: Int32Array;
  /** Latest timestamp in the created / first response / resolved columns (when `asOf` is asked for); NaN when there is none. */
  readonly asOf: number;
}

export type Field = Exclude<keyof TicketTable, 'count' | 'columns' | 'groupIndex' | 'groups' | 'groupKeys'>;

/** offsetStamps bits: the timestamp of that role carried an offset. */
export const OFFSET_CREATED = 1;
export const OFFSET_RESPONSE = 2;
export const OFFSET_RESOLVED = 4;
export const OFFSET_DUE = 8;
export const OFFSET_RESPONSE_DUE = 16;

/** Excel's last date, 9999-12-31: a bigger number in a date column is no date. */
const MAX_SERIAL = 2_958_466;

/** The #VALUE! for a role the function needs and the table lacks, listing the headers accepted. */
export function missingColumn(role: Role, alternative?: Role): KpiError {
  return alternative
    ? fail.value('missingColumnOr', {
        role,
        headers: acceptedHeaders(role),
        role2: alternative,
        headers2: acceptedHeaders(alternative),
      })
    : fail.value('missingColumn', { role, headers: acceptedHeaders(role) });
}

/** The array of a field the function cannot do without, or #VALUE! naming the missing role. */
export function need<F extends Field>(
  table: TicketTable,
  field: F,
  role: Role,
  alternative?: Role,
): NonNullable<TicketTable[F]> {
  const v = table[field];
  if (v === undefined) throw missingColumn(role, alternative);
  return v as NonNullable<TicketTable[F]>;
}

/** What a row holds: nothing (blanks in any of Excel's spellings), a ticket, or a ticket with an Excel error in some cell. */
const BLANK_ROW = 0;
const TICKET_ROW = 1;
const ERROR_ROW = 2;

/** The kind of a row, looking at every cell until an error (only blanks and errors are objects). */
function rowKind(cells: readonly Cell[]): number {
  let kind = BLANK_ROW;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    if (typeof cell === 'object') {
      if (cell !== null) return ERROR_ROW;
    } else if (kind === BLANK_ROW && !isBlank(cell)) kind = TICKET_ROW;
  }
  return kind;
}

/**
 * Timestamp cell → serial; NaN for blank (0 included, as some Excel hosts send blanks) and for the
 * "no value" markers and no-date sentinels; undefined if it is no date.
 */
export function timestampOf(cell: Cell, order: DateOrder): number | undefined {
  if (typeof cell === 'number') {
    if (isNoDateSerial(cell)) return NaN;
    return cell > 0 && cell < MAX_SERIAL ? cell : undefined;
  }
  if (cell === null) return NaN;
  if (typeof cell === 'string') {
    if (cell.trim() === '' || isNoDateText(cell)) return NaN;
    return parseDateText(cell, order);
  }
  if (isErrorCell(cell)) throw errorOf(cell);
  return undefined;
}

/** Date columns: their text cells decide the order of the whole table, whichever columns a function reads. */
export const DATE_ROLES: readonly Role[] = ['created', 'firstResponse', 'resolved', 'closed', 'due', 'responseDue'];

/**
 * Where a date cell comes when a table proving both orders names its first cell of each: column by
 * column in DATE_ROLES order (`k`, the column's place among the table's date columns), then row by row.
 */
const dateRank = (k: number, row: number): number => k * 2 ** 32 + row;

/** The table's date columns, in DATE_ROLES order. */
const dateColumns = (columns: DetectedColumns): DetectedColumn[] => DATE_ROLES.flatMap((role) => columns[role] ?? []);

/** Evidence for a table's date columns: a proving cell is named by its column's header. */
const dateEvidence = (dates: readonly DetectedColumn[], arg: string): DateOrderEvidence =>
  new DateOrderEvidence((row, col) => ({ arg, row, col, header: dates.find((c) => c.index === col)!.header }));

/** Notes the text cells of one row in the given date columns (`ks`: their places among the table's). */
function noteDates(
  evidence: DateOrderEvidence,
  cells: readonly Cell[],
  row: number,
  dates: readonly DetectedColumn[],
  ks: readonly number[],
): void {
  for (let j = 0; j < dates.length; j++) {
    const v = cells[dates[j]!.index];
    if (typeof v === 'string') evidence.note(v, row, dates[j]!.index, dateRank(ks[j]!, row));
  }
}

/** The table's date order from every text cell of its date columns (one decision per table). */
export function tableDateOrder(grid: Grid, columns: DetectedColumns, arg: string): DateOrderFinding {
  const dates = dateColumns(columns);
  const evidence = dateEvidence(dates, arg);
  const ks = dates.map((_, k) => k);
  for (let r = 1; r < grid.length; r++) noteDates(evidence, grid[r]!, r, dates, ks);
  return evidence.decide();
}

/** Duration cell → hours; NaN blank; undefined if unreadable; negative numbers pass through to be refused. */
export function hoursOf(cell: Cell, hoursPerUnit: number): number | undefined {
  if (typeof cell === 'number') return cell * hoursPerUnit;
  if (cell === null) return NaN;
  if (typeof cell !== 'string') {
    if (isErrorCell(cell)) throw errorOf(cell);
    return undefined;
  }
  if (cell.trim() === '' || isNoValueText(cell)) return NaN;
  const n = parseNumberText(cell);
  if (n !== undefined) return n * hoursPerUnit;
  // Freshdesk's "Time tracked" is h:mm text: a clock duration, whatever unit the header names.
  const m = /^\s*(\d+):([0-5]\d)(?::([0-5]\d))?\s*$/.exec(cell);
  if (m) return Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600;
  // Jira's durations, `1d 2h 30m` (a day is 24 h), likewise whatever the unit; `-45m` is then refused.
  const j = /^\s*(-)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*$/i.exec(cell);
  if (!j || (j[2] ?? j[3] ?? j[4]) === undefined) return undefined;
  return (j[1] ? -1 : 1) * (Number(j[2] ?? 0) * 24 + Number(j[3] ?? 0) + Number(j[4] ?? 0) / 60);
}

/** The first `count` values of a column array (a view, no copy). */
function cut<T extends Float64Array | Int32Array | Int8Array | Uint8Array>(
  a: T | undefined,
  count: number,
): T | undefined {
  return a ? (a.subarray(0, count) as T) : undefined;
}

/**
 * Hours from created to `end`, or the duration column where the timestamps give none, written to
 * the first `count` places of `out`; undefined when neither source exists.
 */
function diffHours(
  out: Float64Array | undefined,
  count: number,
  created: Float64Array | undefined,
  end: Float64Array | undefined,
  durations: Float64Array | undefined,
): Float64Array | undefined {
  if (!out || (!(end && created) && !durations)) return undefined;
  if (!(end && created)) {
    out.set(durations!.subarray(0, count));
    return out.subarray(0, count);
  }
  for (let i = 0; i < count; i++) {
    // Rounded to the millisecond, the precision of Excel times: 11:00 − 09:00 is 2 h, not 1.9999999999.
    const fromStamps = roundHalfUp((end[i]! - created[i]!) * 86_400_000) / 3_600_000;
    out[i] = Number.isNaN(fromStamps) && durations ? durations[i]! : fromStamps;
  }
  return out.subarray(0, count);
}

/**
 * Typed arrays of one length carved out of a single block of working memory: a parse then makes one
 * allocation instead of one per column, reused from call to call inside an evaluation (for a
 * 100 000-row table, fresh buffers and the collections they bring cost more than a fifth of the
 * parse). Every element below `count` is written by the parse before it is read. Take the 8-byte
 * arrays first, then the 4-, then the 1-byte ones, so every view is aligned.
 */
function columnBlock(size: number, f64: number, i32: number, i8: number) {
  const { buffer, offset: start } = workingBlock(size * (8 * f64 + 4 * i32 + i8));
  let offset = start;
  const next = (bytes: number): number => {
    const at = offset;
    offset += bytes * size;
    return at;
  };
  return {
    f64: (): Float64Array => new Float64Array(buffer, next(8), size),
    i32: (): Int32Array => new Int32Array(buffer, next(4), size),
    i8: (): Int8Array => new Int8Array(buffer, next(1), size),
    u8: (): Uint8Array => new Uint8Array(buffer, next(1), size),
  };
}

/**
 * Parses the fields asked for (those whose columns exist) in one pass, into a table of the
 * caller's own. Throws #VALUE! naming the cell for an unreadable date, duration or flag, and naming
 * the row for a first response or resolution earlier than the creation time. An Excel error in a
 * cell it reads is thrown as it is; one elsewhere is left to the caller (the templates and the CLI
 * look at a few columns of data that may hold errors elsewhere), and a range with none is marked
 * as met in full (`metEveryCell`), so `evaluate` does not scan it again.
 */
export function readTickets(grid: Grid, fields: readonly Field[], arg = 'tickets', groupBy?: GroupBy): TicketTable {
  const columns = detectColumns(grid[0] ?? []);
  const want = new Set<Field>(fields);
  const col = (role: Role): DetectedColumn | undefined => columns[role];
  const wantsResolution = want.has('resolved') || want.has('resolutionHours') || want.has('asOf');
  const wantsResponse = want.has('firstResponseHours') || want.has('asOf');
  // Only columns a requested field reads are parsed (a bad date in an unused column does not fail FCR).
  const cCreated =
    want.has('created') || wantsResolution || wantsResponse || want.has('firstResponse') ? col('created') : undefined;
  const cResponse = wantsResponse || want.has('firstResponse') ? col('firstResponse') : undefined;
  const cResponseTime = want.has('firstResponseHours') ? col('firstResponseTime') : undefined;
  const cResolved = wantsResolution ? col('resolved') : undefined;
  const cClosed = wantsResolution ? col('closed') : undefined;
  const cResolutionTime = want.has('resolved') || want.has('resolutionHours') ? col('resolutionTime') : undefined;
  const cDue = want.has('due') ? col('due') : undefined;
  const cResponseDue = want.has('responseDue') ? col('responseDue') : undefined;
  const cSla = want.has('slaMet') ? col('slaMet') : undefined;
  const cResponseSla = want.has('responseSlaMet') ? col('responseSlaMet') : undefined;
  const cContact = want.has('firstContact') ? col('firstContact') : undefined;
  const cHours = want.has('hours') ? col('hours') : undefined;
  const cStatus = want.has('closedByStatus') ? col('status') : undefined;
  // The order is the table's, from all its date columns; a function reading none of them (FCR) does
  // not need it, and is not stopped by a table that proves both orders.
  const readsDates = [cCreated, cResponse, cResolved, cClosed, cDue, cResponseDue].some(Boolean);
  // Read in the default order while the evidence is gathered in the same pass (a pass of its own
  // over 100 000 rows cost a quarter of a parse); read again only when the table proves the other.
  let order = defaultDateOrder();

  const wantsResolutionHours = want.has('resolutionHours') || (want.has('resolved') && !cResolved && !cClosed);
  // Without a resolved column, the closed one is the resolution time (the fallback of every row).
  const cEnd = cResolved ?? cClosed;
  const cFallback = cResolved ? cClosed : undefined;
  const stampColumns = [
    cCreated,
    cResponse,
    cEnd,
    cFallback,
    cDue,
    cResponseDue,
    cResponseTime,
    cResolutionTime,
    cHours,
  ];
  const size = Math.max(0, grid.length - 1);
  const block = columnBlock(
    size,
    stampColumns.filter(Boolean).length + (want.has('firstResponseHours') ? 1 : 0) + (wantsResolutionHours ? 1 : 0),
    (groupBy ? 1 : 0) + (want.has('rows') ? 1 : 0),
    [cSla, cResponseSla, cContact, cStatus].filter(Boolean).length + (want.has('offsetStamps') ? 1 : 0),
  );
  const f64 = (c: DetectedColumn | undefined) => (c ? block.f64() : undefined);
  const created = f64(cCreated);
  const firstResponse = f64(cResponse);
  const resolvedTs = f64(cEnd);
  const closedTs = f64(cFallback);
  const due = f64(cDue);
  const responseDue = f64(cResponseDue);
  const responseTime = f64(cResponseTime);
  const resolutionTime = f64(cResolutionTime);
  const hours = f64(cHours);
  const responseHoursOut = want.has('firstResponseHours') ? block.f64() : undefined;
  const resolutionHoursOut = wantsResolutionHours ? block.f64() : undefined;
  const groupIndex = groupBy ? block.i32() : undefined;
  const rows = want.has('rows') ? block.i32() : undefined;
  const slaMet = cSla ? block.i8() : undefined;
  const responseSlaMet = cResponseSla ? block.i8() : undefined;
  const offsetStamps = want.has('offsetStamps') ? block.u8() : undefined;
  const firstContact = cContact ? block.i8() : undefined;
  const closedByStatus = cStatus ? block.u8() : undefined;
  // Exports repeat a handful of words and client names down 100 000 rows: each is folded once.
  // One memo per column: each holds its own few words.
  const slaWords = new WordMemo<string, Flag>();
  const responseSlaWords = new WordMemo<string, Flag>();
  const contactWords = new WordMemo<string, Flag>();
  const statusWords = new WordMemo<string | number, number>();

  // The closures below hold only what does not change during the pass; the row loop's own state
  // (count, as-of, the column arrays) is its locals.
  const place = (row: number, c: DetectedColumn): Located => ({ arg, row, col: c.index, header: c.header });
  // The slow paths: anything but a plain serial / number, and the errors.
  // Dates as text (CSV imports) repeat down the columns: each spelling is parsed once (per order).
  const textStamps = new Map<string, number | undefined>();
  // The evidence of the pass under way: text cells of the date columns it reads are noted as they are
  // read, those of the table's other date columns (which decide the order too) row by row.
  const dates = readsDates ? dateColumns(columns) : [];
  const read = new Set([cCreated, cResponse, cEnd, cFallback, cDue, cResponseDue]);
  const unread = dates.filter((c) => !read.has(c));
  const unreadKs = unread.map((c) => dates.indexOf(c));
  let evidence: DateOrderEvidence | undefined;
  let grouping: Grouping | undefined;
  const stamp = (row: number, c: DetectedColumn, cell: Cell): number => {
    let v: number | undefined;
    if (typeof cell === 'string') {
      evidence?.note(cell, row, c.index, dateRank(dates.indexOf(c), row));
      v = textStamps.get(cell);
      if (v === undefined && !textStamps.has(cell)) textStamps.set(cell, (v = timestampOf(cell, order)));
    } else v = timestampOf(cell, order);
    if (v === undefined) throw fail.value('ticketDate', { cell: place(row, c), value: String(cell) });
    return v;
  };
  const duration = (row: number, c: DetectedColumn, cell: Cell): number => {
    const v = hoursOf(cell, c.hoursPerUnit);
    if (v === undefined) throw fail.value('ticketDuration', { cell: place(row, c), value: String(cell) });
    if (v < 0) throw fail.num('negativeDuration', { cell: place(row, c), value: String(cell) });
    return v;
  };
  const flag = (row: number, c: DetectedColumn, cell: Cell, words: WordMemo<string, Flag>): Flag => {
    // TRUE/FALSE, blanks and words already seen first: the flag columns of most exports hold nothing else.
    if (typeof cell === 'boolean') return cell ? 1 : 0;
    if (cell === null) return -1;
    const known = typeof cell === 'string' ? words.get(cell) : undefined;
    if (known !== undefined) return known;
    if (typeof cell === 'string' && isNoValueText(cell)) return -1;
    const v = flagOf(cell, words);
    if (v === undefined) throw notAFlag(place(row, c), cell);
    return v;
  };
  const notBefore = (row: number, when: number, c: DetectedColumn, start: number) => {
    if (when < start) {
      throw fail.value('earlierThanCreated', {
        cell: { arg, row },
        header: c.header,
        when: formatSerial(when),
        header2: cCreated!.header,
        start: formatSerial(start),
      });
    }
  };
  const at = (c: DetectedColumn | undefined): number => (c ? c.index : -1);
  const iCreated = at(cCreated);
  const iResponse = at(cResponse);
  const iResolved = at(cEnd);
  const iClosed = at(cFallback);
  const iDue = at(cDue);
  const iResponseDue = at(cResponseDue);
  const iResponseTime = at(cResponseTime);
  const iResolutionTime = at(cResolutionTime);
  const iHours = at(cHours);
  const hoursPerUnit = cHours ? cHours.hoursPerUnit : 1;
  const iSla = at(cSla);
  const iResponseSla = at(cResponseSla);
  const iContact = at(cContact);
  const iGroup = groupBy ? groupBy.column : -1;
  const iStatus = at(cStatus);
  // In the order of the OFFSET_* bits.
  const offsetAt = [iCreated, iResponse, iResolved, iDue, iResponseDue];
  const headerErrorFree = grid.length === 0 || rowKind(grid[0]!) !== ERROR_ROW;

  /** One pass over the rows in the current `order`, noting the date-order evidence when given. */
  const pass = (noting: DateOrderEvidence | undefined) => {
    evidence = noting;
    textStamps.clear();
    grouping = groupBy ? new Grouping(groupBy.key) : undefined;
    let errorFree = headerErrorFree;
    let count = 0;
    let asOf = -Infinity;
    for (let r = 1; r < grid.length; r++) {
      const cells = grid[r]!;
      const kind = rowKind(cells);
      if (kind === BLANK_ROW) continue;
      if (kind === ERROR_ROW) errorFree = false;
      if (evidence && unread.length > 0) noteDates(evidence, cells, r, unread, unreadKs);
      const i = count++;
      if (rows) rows[i] = r;
      if (offsetStamps) offsetStamps[i] = offsetBits(cells, offsetAt);
      let t0 = NaN;
      if (created) {
        const v = cells[iCreated] ?? null;
        t0 = created[i] = typeof v === 'number' && v > 1 && v < MAX_SERIAL ? v : stamp(r, cCreated!, v);
        if (t0 > asOf) asOf = t0;
      }
      if (firstResponse) {
        const v = cells[iResponse] ?? null;
        const t = (firstResponse[i] = typeof v === 'number' && v > 1 && v < MAX_SERIAL ? v : stamp(r, cResponse!, v));
        if (t < t0) notBefore(r, t, cResponse!, t0);
        if (t > asOf) asOf = t;
      }
      if (resolvedTs) {
        const v = cells[iResolved] ?? null;
        let t = typeof v === 'number' && v > 1 && v < MAX_SERIAL ? v : stamp(r, cEnd!, v);
        let from = cEnd!;
        if (closedTs) {
          const w = cells[iClosed] ?? null;
          closedTs[i] = typeof w === 'number' && w > 1 && w < MAX_SERIAL ? w : stamp(r, cFallback!, w);
          if (Number.isNaN(t)) {
            t = closedTs[i]!;
            from = cFallback!;
          }
        }
        resolvedTs[i] = t;
        if (t < t0) notBefore(r, t, from, t0);
        if (t > asOf) asOf = t;
      }
      if (due) {
        const v = cells[iDue] ?? null;
        due[i] = typeof v === 'number' && v > 1 && v < MAX_SERIAL ? v : stamp(r, cDue!, v);
      }
      if (responseDue) {
        const v = cells[iResponseDue] ?? null;
        responseDue[i] = typeof v === 'number' && v > 1 && v < MAX_SERIAL ? v : stamp(r, cResponseDue!, v);
      }
      if (responseTime) responseTime[i] = duration(r, cResponseTime!, cells[iResponseTime] ?? null);
      if (resolutionTime) resolutionTime[i] = duration(r, cResolutionTime!, cells[iResolutionTime] ?? null);
      if (hours) {
        const v = cells[iHours] ?? null;
        // A non-negative number is read in place; anything else goes through duration's checks.
        if (typeof v === 'number' && v >= 0) hours[i] = v * hoursPerUnit;
        else hours[i] = duration(r, cHours!, v);
      }
      if (slaMet) slaMet[i] = flag(r, cSla!, cells[iSla] ?? null, slaWords);
      if (responseSlaMet) responseSlaMet[i] = flag(r, cResponseSla!, cells[iResponseSla] ?? null, responseSlaWords);
      if (firstContact) firstContact[i] = flag(r, cContact!, cells[iContact] ?? null, contactWords);
      if (groupIndex) groupIndex[i] = grouping!.of(cells[iGroup] ?? null);
      if (closedByStatus) {
        const v = cells[iStatus] ?? null;
        if (typeof v === 'string' || typeof v === 'number') {
          let closed = statusWords.get(v);
          if (closed === undefined) statusWords.set(v, (closed = statusClosed(v, cStatus!.header) ? 1 : 0));
          closedByStatus[i] = closed;
        } else closedByStatus[i] = 0;
      }
    }
    return { count, asOf, errorFree };
  };

  const found = readsDates ? dateEvidence(dates, arg) : undefined;
  let done: ReturnType<typeof pass> | undefined;
  let dateOrder: DateOrderFinding;
  try {
    done = pass(found);
    dateOrder = found ? found.decide() : { order, basis: 'none' };
  } catch (e) {
    // A table proving both orders is refused before any cell is read, and a cell unreadable in the
    // default order may read in the table's own: decide from the whole table, as if first.
    if (!found) throw e;
    dateOrder = tableDateOrder(grid, columns, arg);
    if (dateOrder.order === order) throw e;
  }
  if (dateOrder.order !== order) {
    order = dateOrder.order;
    done = pass(undefined);
  }
  const { count, asOf, errorFree } = done!;

  if (errorFree) metEveryCell(grid);

  const resolutionHours = wantsResolutionHours
    ? diffHours(resolutionHoursOut, count, created, resolvedTs, resolutionTime)
    : undefined;
  let resolved = cut(resolvedTs, count);
  if (!resolved && created && resolutionHours) {
    // Duration-only exports with a creation time: the resolution instant follows from the two.
    resolved = workingArray(Float64Array, count);
    for (let i = 0; i < count; i++) resolved[i] = created[i]! + resolutionHours[i]! / 24;
  }
  return {
    count,
    columns,
    dateOrder,
    asOf: want.has('asOf') && asOf > -Infinity ? asOf : NaN,
    created: cut(created, count),
    firstResponse: cut(firstResponse, count),
    resolved: want.has('resolved') || want.has('asOf') ? resolved : undefined,
    due: cut(due, count),
    responseDue: cut(responseDue, count),
    responseSlaMet: cut(responseSlaMet, count),
    offsetStamps: cut(offsetStamps, count),
    rows: cut(rows, count),
    firstResponseHours: want.has('firstResponseHours')
      ? diffHours(responseHoursOut, count, created, firstResponse, responseTime)
      : undefined,
    resolutionHours: want.has('resolutionHours') ? resolutionHours : undefined,
    slaMet: cut(slaMet, count),
    firstContact: cut(firstContact, count),
    hours: cut(hours, count),
    groupIndex: cut(groupIndex, count),
    groups: grouping?.labels,
    groupKeys: grouping?.keys,
    closedByStatus: cut(closedByStatus, count),
  };
}

/** Which of a row's timestamp cells (columns at those indexes, -1 for none) are text with an offset. */
function offsetBits(cells: readonly Cell[], at: readonly number[]): number {
  let bits = 0;
  for (let k = 0; k < at.length; k++) {
    const v = at[k]! >= 0 ? cells[at[k]!] : undefined;
    if (typeof v === 'string' && carriesOffset(v)) bits |= 1 << k;
  }
  return bits;
}

/** Open now: no resolution time and, when there is a status column, a status that is not closed. */
export function isOpen(table: TicketTable, i: number): boolean {
  const resolved = table.resolved ? table.resolved[i]! : NaN;
  return Number.isNaN(resolved) && table.closedByStatus?.[i] !== 1;
}

/** isOpen of every ticket, 1 or 0, in one pass (for loops over all tickets: one call, not one per ticket). */
export function openTickets(table: TicketTable): Uint8Array {
  const open = workingArray(Uint8Array, table.count);
  for (let i = 0; i < table.count; i++) open[i] = isOpen(table, i) ? 1 : 0;
  return open;
}
