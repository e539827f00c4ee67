import type { Cell, Grid } from '../core/cells';
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

const bare = (field: string): string =>
  field
    .trim()
    .replace(CURRENCY, '')
    .replace(/[\u00a0\u202f ]/g, '');

/**
 * Which decimal mark a file uses, from the fields that can only be read one way: `12,5` or
 * `1.234,56` are decimal commas, `12.5` or `1,234.56` decimal points; `1,234` or `1.234` are
 * ambiguous and not counted. Without any evidence a `;`-separated file is taken as European
 * (decimal comma), anything else as decimal point.
 */
export function detectDecimalMark(rows: readonly (readonly string[])[], delimiter: string): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    for (const field of row) {
      const t = bare(field);
      if (
        /^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t) ||
        /^[+-]?\d+,(\d{1,2}|\d{4,})$/.test(t) ||
        /^[+-]?\d{4,},\d+$/.test(t)
      )
        comma++;
      else if (
        /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t) ||
        /^[+-]?\d+\.(\d{1,2}|\d{4,})$/.test(t) ||
        /^[+-]?\d{4,}\.\d+$/.test(t)
      )
        point++;
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
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

/**
 * Day-first or month-first, per column: a first number above 12 proves day-first, a second number
 * above 12 month-first. Undecided columns are day-first, the convention of every country the
 * product is made for (US exports almost always show a day above 12 within a few rows).
 */
function columnDateOrder(fields: readonly string[]): DateOrder {
  for (const f of fields) {
    const m = NUMERIC_DATE.exec(f.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return 'dmy';
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

export interface TypedGrid {
  readonly grid: Grid;
  readonly decimalMark: DecimalMark;
  /** Columns where a date was read, so the data sheet can show them as dates. */
  readonly dateColumns: ReadonlySet<number>;
}

/** Text rows → typed cells. Empty fields are blank cells (`null`). */
export function typeFields(rows: readonly (readonly string[])[], delimiter: string): TypedGrid {
  const decimalMark = detectDecimalMark(rows, delimiter);
  const width = rows[0]?.length ?? 0;
  const orders: DateOrder[] = [];
  for (let c = 0; c < width; c++) orders.push(columnDateOrder(rows.slice(1).map((r) => r[c] ?? '')));
  const dateColumns = new Set<number>();
  const grid = rows.map((row) =>
    row.map((field, c): Cell => {
      if (field.trim() === '') return null;
      const n = parseLocaleNumber(field, decimalMark);
      if (n !== undefined) return n;
      const date = parseDateText(field, orders[c] ?? 'dmy');
      if (date === undefined) return field;
      dateColumns.add(c);
      return date;
    }),
  );
  return { grid, decimalMark, dateColumns };
}
