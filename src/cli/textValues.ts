import type { Cell } from '../core/cells';
import { parseIsoDate, partsFromSerial, serialFromParts } from '../core/dates';

/**
 * Turns the text fields of a CSV export into the values Excel would hold after opening it with the
 * right regional settings: numbers (decimal point or decimal comma, thousands separators) and
 * dates (ISO, or day/month/year with `/`, `.` or `-`) as date serials. Everything else stays text,
 * so the core reports an unreadable date in a date column by its cell, as it does in Excel.
 */

export type DecimalMark = '.' | ',';

const CURRENCY = /^[€$£]\s*|\s*[€$£]$/g;
/** `1.234,5`, `1234,5`, `-0,75` */
const COMMA_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** `1,234.5`, `1234.5`, `-0.75` */
const POINT_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

const DECORATION = /[€$£\u00a0\u202f ]/;

const bare = (field: string): string => {
  const t = field.trim();
  // Most fields carry no currency sign or space: skip the two replacements (a CSV reads millions).
  return DECORATION.test(t) ? t.replace(CURRENCY, '').replace(/[\u00a0\u202f ]/g, '') : t;
};

const COMMA_EVIDENCE = [/^[+-]?\d{1,3}(\.\d{3})+,\d+$/, /^[+-]?\d+,(\d{1,2}|\d{4,})$/, /^[+-]?\d{4,},\d+$/];
const POINT_EVIDENCE = [/^[+-]?\d{1,3}(,\d{3})+\.\d+$/, /^[+-]?\d+\.(\d{1,2}|\d{4,})$/, /^[+-]?\d{4,}\.\d+$/];

/**
 * What the rows of a file say about how to read its fields, gathered row by row (so a file can be
 * streamed): the decimal mark and each column's date order.
 *
 * Decimal mark: from the fields that can only be read one way: `12,5` or `1.234,56` are decimal
 * commas, `12.5` or `1,234.56` decimal points; `1,234` or `1.234` are ambiguous and not counted.
 * Without any evidence a `;`-separated file is taken as European (decimal comma), anything else as
 * decimal point.
 *
 * Date order: day-first or month-first, per column: a first number above 12 proves day-first, a
 * second number above 12 month-first. Undecided columns are day-first, the convention of every
 * country the product is made for (US exports almost always show a day above 12 within a few rows).
 */
export class FieldEvidence {
  private comma = 0;
  private point = 0;
  private readonly orders: (DateOrder | undefined)[] = [];

  /** `header`: the header row counts for the decimal mark only. */
  add(row: readonly string[], header = false): void {
    for (let c = 0; c < row.length; c++) {
      const field = row[c]!;
      if (field.includes(',') || field.includes('.')) {
        const t = bare(field);
        if (COMMA_EVIDENCE.some((re) => re.test(t))) this.comma++;
        else if (POINT_EVIDENCE.some((re) => re.test(t))) this.point++;
      }
      if (!header && this.orders[c] === undefined) this.orders[c] = provenDateOrder(field);
    }
  }

  decimalMark(delimiter: string): DecimalMark {
    if (this.comma !== this.point) return this.comma > this.point ? ',' : '.';
    return delimiter === ';' ? ',' : '.';
  }

  dateOrder(column: number): DateOrder {
    return this.orders[column] ?? 'dmy';
  }
}

/** The decimal mark of a whole file's rows (see FieldEvidence). */
export function detectDecimalMark(rows: readonly (readonly string[])[], delimiter: string): DecimalMark {
  const evidence = new FieldEvidence();
  for (const row of rows) evidence.add(row, true);
  return evidence.decimalMark(delimiter);
}

/** A number written with the file's decimal mark, an optional currency sign and trailing `%`. */
export function parseLocaleNumber(field: string, mark: DecimalMark): number | undefined {
  let t = bare(field);
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  if (!(mark === ',' ? COMMA_NUMBER : POINT_NUMBER).test(t)) return undefined;
  const plain = mark === ',' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const n = Number(plain);
  return percent ? n / 100 : n;
}

export type DateOrder = 'dmy' | 'mdy';

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/** The order a date field proves by a number above 12, if it does. */
function provenDateOrder(field: string): DateOrder | undefined {
  const m = NUMERIC_DATE.exec(field.trim());
  if (!m) return undefined;
  if (Number(m[1]) > 12) return 'dmy';
  if (Number(m[2]) > 12) return 'mdy';
  return undefined;
}

/** A date or date-time field to a serial; impossible dates (31/02) are undefined. */
export function parseDateText(field: string, order: DateOrder): number | undefined {
  const t = field.trim();
  const iso = parseIsoDate(t);
  if (iso !== undefined) return iso;
  const m = NUMERIC_DATE.exec(t);
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

/**
 * Types rows one by one with what the evidence decided, noting the columns where a date was read.
 * Text cells are interned, so a column repeating a customer or a status holds each string once and
 * the kept strings do not keep the parser's chunks of file text alive.
 */
export class FieldTyper {
  readonly decimalMark: DecimalMark;
  readonly dateColumns = new Set<number>();
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly evidence: FieldEvidence,
    delimiter: string,
  ) {
    this.decimalMark = evidence.decimalMark(delimiter);
  }

  /** Short rows are padded with blanks to `width`. */
  type(row: readonly string[], width: number): Cell[] {
    const cells: Cell[] = new Array<Cell>(width);
    for (let c = 0; c < width; c++) cells[c] = this.value(row[c] ?? '', c);
    return cells;
  }

  private value(field: string, c: number): Cell {
    if (field.trim() === '') return null;
    const n = parseLocaleNumber(field, this.decimalMark);
    if (n !== undefined) return n;
    const date = parseDateText(field, this.evidence.dateOrder(c));
    if (date === undefined) return this.text(field);
    this.dateColumns.add(c);
    return date;
  }

  private text(field: string): string {
    const known = this.texts.get(field);
    if (known !== undefined) return known;
    // V8 keeps a substring of 13 characters or more as a slice of the parser's chunk, which would
    // keep the whole chunk in memory: such strings are copied out.
    const copy = field.length < SLICED_MIN ? field : Buffer.from(field, 'utf8').toString('utf8');
    if (this.texts.size < MAX_INTERNED) this.texts.set(copy, copy);
    return copy;
  }
}

const SLICED_MIN = 13;
/** Beyond this many distinct texts (free-text columns), strings are copied but not looked up again. */
const MAX_INTERNED = 200_000;
