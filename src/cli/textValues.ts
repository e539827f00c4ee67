import type { Cell } from '../core/cells';
import { type DateOrder, DateOrderEvidence, type DateOrderFinding, parseDateText } from '../core/dateOrder';
import { parseIsoDate } from '../core/dates';
import { type KpiError, isKpiError } from '../core/errors';

/**
 * Turns the text fields of a CSV export into the values Excel would hold after opening it with the
 * right regional settings: numbers (decimal point or decimal comma, thousands separators) and
 * dates (ISO, or numeric day/month/year or month/day/year in the file's order) as date serials.
 * Everything else stays text, so the core reports an unreadable date in a date column by its cell,
 * as it does in Excel.
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

const COMMA = 1;
const POINT = 2;
/** Distinct fields remembered per file or column, so a free-text or timestamp column cannot grow a memo without end. */
const MAX_REMEMBERED = 10_000;

const COMMA_EVIDENCE = [/^[+-]?\d{1,3}(\.\d{3})+,\d+$/, /^[+-]?\d+,(\d{1,2}|\d{4,})$/, /^[+-]?\d{4,},\d+$/];
const POINT_EVIDENCE = [/^[+-]?\d{1,3}(,\d{3})+\.\d+$/, /^[+-]?\d+\.(\d{1,2}|\d{4,})$/, /^[+-]?\d{4,}\.\d+$/];

/**
 * What the rows of a file say about how to read its fields, gathered row by row (so a file can be
 * streamed): the decimal mark and the file's date order.
 *
 * Decimal mark: from the fields that can only be read one way: `12,5` or `1.234,56` are decimal
 * commas, `12.5` or `1,234.56` decimal points; `1,234` or `1.234` are ambiguous and not counted.
 * Without any evidence a `;`-separated file is taken as European (decimal comma), anything else as
 * decimal point.
 *
 * Date order: one for the whole file (SPEC §1), from every field, the header row too (a wide
 * ledger's periods are its headers): see `DateOrderEvidence`.
 */
export class FieldEvidence {
  private comma = 0;
  private point = 0;
  private headers: readonly string[] = [];
  private readonly dates = new DateOrderEvidence((row, col) => ({
    row,
    col,
    header: row > 0 ? this.headers[col] : undefined,
  }));

  /** What each distinct field with a `,` or `.` says of the decimal mark (exports repeat `1.5` down a column). */
  private readonly marks = new Map<string, number>();

  /** `row`: the row's index in the file, 0 for the header row. */
  add(fields: readonly string[], row: number): void {
    if (row === 0) this.headers = fields;
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c]!;
      if (field.includes(',') || field.includes('.')) {
        const mark = this.marks.get(field) ?? this.markOf(field);
        if (mark === COMMA) this.comma++;
        else if (mark === POINT) this.point++;
      }
      this.dates.note(field, row, c);
    }
  }

  private markOf(field: string): number {
    const t = bare(field);
    const mark = COMMA_EVIDENCE.some((re) => re.test(t)) ? COMMA : POINT_EVIDENCE.some((re) => re.test(t)) ? POINT : 0;
    if (this.marks.size < MAX_REMEMBERED) this.marks.set(field, mark);
    return mark;
  }

  decimalMark(delimiter: string): DecimalMark {
    if (this.comma !== this.point) return this.comma > this.point ? ',' : '.';
    return delimiter === ';' ? ',' : '.';
  }

  /**
   * The order numeric dates are read in, proven by the file or assumed from `fallback`; or, when the
   * file proves both orders, the conflict (those dates then stay text, and the core reports the
   * conflict naming a cell of each order, as it does in Excel).
   */
  dateOrder(fallback: DateOrder): FileDateOrder {
    try {
      return this.dates.decide(fallback);
    } catch (e) {
      if (isKpiError(e)) return { conflict: e };
      throw e;
    }
  }
}

export type FileDateOrder = DateOrderFinding | { readonly conflict: KpiError };

/** The decimal mark of a whole file's rows (see FieldEvidence). */
export function detectDecimalMark(rows: readonly (readonly string[])[], delimiter: string): DecimalMark {
  const evidence = new FieldEvidence();
  rows.forEach((row, r) => evidence.add(row, r));
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

/**
 * Types rows one by one with what the evidence decided (one date order for the file), noting the
 * columns where a date was read.
 * Text cells of a column that repeats its fields are interned, so a column repeating a customer or
 * a status holds each string once; no kept string keeps the parser's chunks of file text alive.
 */
export class FieldTyper {
  readonly decimalMark: DecimalMark;
  readonly dateOrder: FileDateOrder;
  readonly dateColumns = new Set<number>();
  private readonly texts = new Map<string, string>();
  private readonly readDate: (field: string) => number | undefined;

  /** `fallback`: the date order of a file that does not prove its own. */
  constructor(evidence: FieldEvidence, delimiter: string, fallback: DateOrder) {
    this.decimalMark = evidence.decimalMark(delimiter);
    const order = evidence.dateOrder(fallback);
    this.dateOrder = order;
    this.readDate = 'conflict' in order ? parseIsoDate : (field) => parseDateText(field, order.order);
  }

  /**
   * Each column's fields already typed: exports repeat clients, statuses, flags and hours down a
   * million rows, and typing a field tries a number and three date patterns. A column's memo holds
   * its first MAX_REMEMBERED distinct fields; a column that then misses as many times again keeps
   * bringing new fields (timestamps, ticket ids) and is given up (null): a lookup would only add a
   * miss to each field.
   */
  private readonly typed: (Map<string, Cell> | null)[] = [];
  private readonly missedWhenFull: number[] = [];

  /** Short rows are padded with blanks to `width`. */
  type(row: readonly string[], width: number): Cell[] {
    const cells: Cell[] = new Array<Cell>(width);
    for (let c = 0; c < width; c++) {
      const field = row[c] ?? '';
      const typed = c in this.typed ? this.typed[c]! : (this.typed[c] = new Map());
      let v = typed?.get(field);
      if (v === undefined) {
        v = this.value(field, c, typed !== null);
        if (typed && typed.size < MAX_REMEMBERED) typed.set(field, v);
        else if (typed && (this.missedWhenFull[c] = (this.missedWhenFull[c] ?? 0) + 1) === MAX_REMEMBERED)
          this.typed[c] = null;
      }
      cells[c] = v;
    }
    return cells;
  }

  /** `repeats`: whether the column repeats its fields (its text is then interned). */
  private value(field: string, c: number, repeats: boolean): Cell {
    if (field.trim() === '') return null;
    // No number or date starts with a letter: ids and names skip their patterns.
    const first = field.charCodeAt(0) | 32;
    if (first >= 97 && first <= 122) return this.text(field, repeats);
    const n = parseLocaleNumber(field, this.decimalMark);
    if (n !== undefined) return n;
    const date = this.readDate(field);
    if (date === undefined) return this.text(field, repeats);
    this.dateColumns.add(c);
    return date;
  }

  private text(field: string, repeats: boolean): string {
    const known = repeats ? this.texts.get(field) : undefined;
    if (known !== undefined) return known;
    // V8 keeps a substring of 13 characters or more as a slice of the parser's chunk, which would
    // keep the whole chunk in memory: such strings are copied out.
    const copy = field.length < SLICED_MIN ? field : Buffer.from(field, 'utf8').toString('utf8');
    if (repeats && this.texts.size < MAX_INTERNED) this.texts.set(copy, copy);
    return copy;
  }
}

const SLICED_MIN = 13;
/** Beyond this many distinct texts (free-text columns), strings are copied but not looked up again. */
const MAX_INTERNED = 200_000;
