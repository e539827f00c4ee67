import type { BenchmarkUnit } from '../core/benchmarks/catalog';
import type { SpillColumn } from '../core/spec';

/**
 * Number formats per unit, in the invariant (en-US) codes `range.numberFormat` and ExcelJS take;
 * Excel shows them with the user's own separators.
 */

/** Symbols written before the amount; every other symbol (€, CHF, kr …) goes after it, as Europe writes. */
const PREFIX_SYMBOLS = new Set(['$', 'US$', '£', '¥']);

/** `#,##0 "€"` / `"$"#,##0`; the symbol is quoted so any text is safe in the format. */
export function currencyFormat(symbol: string | undefined): string {
  const s = (symbol ?? '').replace(/"/g, '').trim() || '€';
  return PREFIX_SYMBOLS.has(s) ? `"${s}"#,##0` : `#,##0 "${s}"`;
}

export const PERCENT = '0.0%';
export const RATIO = '0.00';
export const COUNT = '#,##0';
export const HOURS = '0.0 "h"';
export const DATE = 'yyyy-mm-dd';
export const DATETIME = 'yyyy-mm-dd hh:mm';
/** Period labels that are date serials show as months; text labels are not affected by it. */
export const MONTH = 'mmm yyyy';

/** The format of a function's result, or of a spilled column. */
export function unitFormat(unit: SpillColumn['unit'], currency: string | undefined): string | null {
  switch (unit) {
    case 'date':
      return DATE;
    case 'period':
      return MONTH;
    case 'percent':
      return PERCENT;
    case 'currency':
      return currencyFormat(currency);
    case 'number':
      return RATIO;
    case 'count':
      return COUNT;
    case 'hours':
      return HOURS;
    case 'days':
    case 'months':
      return '0.0';
    default:
      return null;
  }
}

/** The formats of a spilled table's columns, from its declared schema. */
export const columnFormats = (columns: readonly SpillColumn[], currency: string | undefined): (string | null)[] =>
  columns.map((c) => unitFormat(c.unit, currency));

/** The format of a benchmark threshold: the catalogue's own unit (money thresholds are in USD). */
export function thresholdFormat(unit: BenchmarkUnit): string {
  if (unit === 'usd') return currencyFormat('$');
  return unit === 'percent' || unit === 'percentPerYear' ? PERCENT : RATIO;
}
