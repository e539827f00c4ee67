import type { Cell, Grid } from '../core/cells';
import {
  type DateOrder,
  DateOrderEvidence,
  type DateOrderFinding,
  parseDateText,
  withDateOrder,
} from '../core/dateOrder';
import { parseIsoDate } from '../core/dates';
import { isKpiError } from '../core/errors';

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

export interface TypedGrid {
  readonly grid: Grid;
  readonly decimalMark: DecimalMark;
  /** Columns where a date was read, so the data sheet can show them as dates. */
  readonly dateColumns: ReadonlySet<number>;
  /**
   * The order numeric dates were read in, proven by the file or assumed from the default; or, when
   * the file proves both orders, the conflict's message (those dates then stay text, and the core
   * reports the conflict naming a cell of each order, as it does in Excel).
   */
  readonly dateOrder: DateOrderFinding | { readonly conflict: string };
}

/** One order for the whole file (SPEC §1), from every field of its body. */
function fileDateOrder(rows: readonly (readonly string[])[], fallback: DateOrder): TypedGrid['dateOrder'] {
  const evidence = new DateOrderEvidence();
  // The header row too: a wide ledger's periods are its headers.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++)
      evidence.note(row[c]!, () => ({ row: r, col: c, header: r > 0 ? rows[0]?.[c] : undefined }));
  }
  try {
    return withDateOrder(fallback, () => evidence.decide());
  } catch (e) {
    if (isKpiError(e)) return { conflict: e.message };
    throw e;
  }
}

/** Text rows → typed cells. Empty fields are blank cells (`null`). `fallback` is the order of a file without evidence. */
export function typeFields(
  rows: readonly (readonly string[])[],
  delimiter: string,
  fallback: DateOrder = 'dmy',
): TypedGrid {
  const decimalMark = detectDecimalMark(rows, delimiter);
  const dateOrder = fileDateOrder(rows, fallback);
  const readDate = 'conflict' in dateOrder ? parseIsoDate : (field: string) => parseDateText(field, dateOrder.order);
  const dateColumns = new Set<number>();
  const grid = rows.map((row) =>
    row.map((field, c): Cell => {
      if (field.trim() === '') return null;
      const n = parseLocaleNumber(field, decimalMark);
      if (n !== undefined) return n;
      const date = readDate(field);
      if (date === undefined) return field;
      dateColumns.add(c);
      return date;
    }),
  );
  return { grid, decimalMark, dateColumns, dateOrder };
}
