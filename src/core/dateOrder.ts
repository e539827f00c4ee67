import type { Located } from './errors';
import { fail } from './errors';
import { parseIsoDate, partsFromSerial, serialFromParts } from './dates';
import { type Messages, format } from './i18n';

/**
 * Numeric dates written as text (`05/03/2025`, `3.5.2025 14:30`, `03-05-2025 2:30 PM`): a CSV pasted
 * into an Excel of another locale stays text. Whether such a table is day-first or month-first is
 * decided once per table, by evidence (SPEC §1): a first part above 12 anywhere proves day-first, a
 * second part above 12 month-first. Without evidence the default order of the evaluation applies,
 * and the table says it was assumed.
 */

export type DateOrder = 'dmy' | 'mdy';

/** How a table's order was settled: by a cell that can only be read one way, by the default, or not needed at all (no numeric text date). */
export type DateOrderBasis = 'proven' | 'assumed' | 'none';

export interface DateOrderFinding {
  readonly order: DateOrder;
  readonly basis: DateOrderBasis;
}

/** A cell proving an order, with the rank it was noted at. */
interface Proof {
  readonly at: Located;
  readonly text: string;
  readonly rank: number;
}

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/**
 * Office's content language (a BCP-47 tag such as `en-US`, `fr-BE`) to the order its users type:
 * month-first for US English, day-first for every other locale the product is made for.
 */
export function dateOrderOfLocale(tag: string | undefined): DateOrder {
  return tag !== undefined && tag.trim().toLowerCase() === 'en-us' ? 'mdy' : 'dmy';
}

// The default order of the evaluation running now. Functions take no locale argument, so `evaluate`
// sets it around a call (as it answers in a language) and the table readers ask for it.
let current: DateOrder = 'dmy';

/** Runs `fn` with `order` as the default date order of the tables it reads. */
export function withDateOrder<T>(order: DateOrder, fn: () => T): T {
  const before = current;
  current = order;
  try {
    return fn();
  } finally {
    current = before;
  }
}

export const defaultDateOrder = (): DateOrder => current;

/**
 * Sets the default for everything that follows: for an entry point whose whole session has one
 * locale (the task pane, so that "What was found" reads dates as the functions in its cells will).
 */
export function setDefaultDateOrder(order: DateOrder): void {
  current = order;
}

/** A numeric date or date-time text to a serial in the given order; impossible dates (31/02) are undefined. */
export function parseNumericDate(text: string, order: DateOrder): number | undefined {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return undefined;
  const [a, b, y, h = '0', mi = '0', s = '0', ampm] = m.slice(1) as string[];
  const [day, month] = order === 'dmy' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  let hours = Number(h);
  if (ampm) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || hours > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  // Date.UTC rolls 31/02 over into March: reject instead of guessing.
  if (partsFromSerial(serialFromParts(Number(y), month, day)).day !== day) return undefined;
  return serialFromParts(Number(y), month, day, hours, Number(mi), Number(s));
}

const NAMED_MONTH =
  /^(\d{1,2})[/ -]([A-Za-z]{3})[/ -](\d{2}|\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Jira's export format, `05/Mar/25 2:30 PM` (day, English month abbreviation, two- or four-digit
 * year): the month is a word, so the order is never in question. Two-digit years are 2000–2099.
 */
function parseNamedMonthDate(text: string): number | undefined {
  const m = NAMED_MONTH.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return undefined;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const time = m[4] === undefined ? '' : ` ${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}${m[7] ?? ''}`;
  return parseNumericDate(`${m[1]}/${month}/${year}${time}`, 'dmy');
}

/** ISO-8601, numeric (in the given order) or Jira's `05/Mar/25` date text to a serial; undefined when it is none. */
export function parseDateText(text: string, order: DateOrder): number | undefined {
  return parseIsoDate(text) ?? parseNumericDate(text, order) ?? parseNamedMonthDate(text);
}

/** Where a noted cell stands, for a message: asked only of a cell that proves an order. */
export type Locate = (row: number, col: number) => Located;

/**
 * Collects the evidence of one table, cell by cell, then decides. The cell proving each order that
 * comes first is kept, to name it when both are found: the first noted, or the one of lowest rank
 * when the caller notes cells out of the order it names them in. A cell is noted by its row and
 * column, which `locate` turns into a place only for the cells that prove an order: readers note
 * every text cell of millions, and a closure per cell to say where it stands allocated megabytes.
 */
export class DateOrderEvidence {
  private dayFirst?: Proof;
  private monthFirst?: Proof;
  private seen = false;

  constructor(private locate: Locate = (row, col) => ({ row, col })) {}

  /** Places the cells noted from now on with `locate` (the next range of ranges deciding one order). */
  locating(locate: Locate): void {
    this.locate = locate;
  }

  /** Looks at one text cell, at `row` and `col` of its range. */
  note(cell: string, row: number, col: number, rank = Infinity): void {
    const text = cell.charCodeAt(0) <= 32 ? cell.trim() : cell;
    // Cheap rejection first: most cells of a date column are serials or ISO text.
    const c = text.charCodeAt(1);
    const sep = c >= 48 && c <= 57 ? text.charCodeAt(2) : c;
    if (sep !== 47 && sep !== 46 && sep !== 45) return;
    const m = NUMERIC_DATE.exec(text);
    if (!m) return;
    this.seen = true;
    const first = Number(m[1]);
    const second = Number(m[2]);
    const earlier = (proof: Proof | undefined): boolean => !proof || rank < proof.rank;
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) {
      if (earlier(this.dayFirst)) this.dayFirst = { at: this.locate(row, col), text, rank };
    } else if (second > 12 && second <= 31 && first >= 1 && first <= 12) {
      if (earlier(this.monthFirst)) this.monthFirst = { at: this.locate(row, col), text, rank };
    }
  }

  /** The table's order; #VALUE! naming a cell of each kind when both orders are proven. */
  decide(fallback: DateOrder = current): DateOrderFinding {
    const { dayFirst, monthFirst } = this;
    if (dayFirst && monthFirst) {
      throw fail.value('dateOrderConflict', {
        cell: dayFirst.at,
        value: dayFirst.text,
        cell2: monthFirst.at,
        value2: monthFirst.text,
      });
    }
    if (dayFirst) return { order: 'dmy', basis: 'proven' };
    if (monthFirst) return { order: 'mdy', basis: 'proven' };
    return { order: fallback, basis: this.seen ? 'assumed' : 'none' };
  }
}

/** `day/month/year (assumed)` in a language, or that the table writes no date as numeric text. */
export function describeDateOrder(m: Messages, d: DateOrderFinding): string {
  const t = m.inputColumns;
  if (d.basis === 'none') return t.noTextDates;
  return format(d.basis === 'proven' ? t.proven : t.assumed, { order: d.order === 'dmy' ? t.dmy : t.mdy });
}
