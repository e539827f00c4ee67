import { type Scalar, parseNumberText } from '../cells';
import { monthIndex, parseIsoDate, parseYearMonth } from '../dates';
import { fail } from '../errors';
import { type Ledger, headerText, isSerial } from './parse';

/**
 * Resolves a `period` argument to a 0-based period index (SPEC §3.1): omitted → the last period;
 * a whole number 1..N → that period column; otherwise the header label (case-insensitive), the
 * header date equal to a date given, or the one header date in the same calendar month (so any
 * day of March 2025 finds a `2025-03` column); text holding a whole number is read as an index
 * last. Anything else is #N/A.
 */
export function resolvePeriod(ledger: Ledger, arg: Scalar, name = 'period'): number {
  const { periods, periodSerials } = ledger;
  const n = periods.length;
  if (arg === null) return n - 1;
  if (typeof arg === 'boolean') throw fail.value('periodNotValue', { arg: name, value: String(arg).toUpperCase() });
  if (typeof arg === 'number' && Number.isInteger(arg) && arg >= 1 && arg <= n) return arg - 1;

  const text = typeof arg === 'string' ? arg.trim().toLowerCase() : undefined;
  const byLabel = periods.findIndex((label) =>
    text === undefined ? label === arg : typeof label === 'string' && label.trim().toLowerCase() === text,
  );
  if (byLabel >= 0) return byLabel;

  const serial = typeof arg === 'number' ? arg : (parseYearMonth(arg) ?? parseIsoDate(arg));
  if (serial !== undefined && isSerial(serial)) {
    const sameDay = periodSerials.indexOf(serial);
    if (sameDay >= 0) return sameDay;
    const month = monthIndex(serial);
    const sameMonth = periodSerials.flatMap((s, t) => (s !== undefined && monthIndex(s) === month ? [t] : []));
    if (sameMonth.length === 1) return sameMonth[0]!;
  }
  const asIndex = typeof arg === 'string' ? parseNumberText(arg) : undefined;
  if (asIndex !== undefined && Number.isInteger(asIndex) && asIndex >= 1 && asIndex <= n) return asIndex - 1;

  const shown = typeof arg === 'number' ? headerText(arg) : `"${arg}"`;
  throw fail.na('notAPeriod', {
    arg: name,
    value: shown,
    count: n,
    first: headerText(periods[0]),
    last: headerText(periods[n - 1]),
  });
}
