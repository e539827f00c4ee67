/**
 * "No value" markers (SPEC §1): what exports and people write in a cell that has nothing to say.
 * They count as blank wherever a value is read from a table, so one `?` does not stop a report.
 */
const MARKERS = new Set(['?', '-', '–', '—', 'n/a', 'na', 'null', 'none', '(blank)', '#n/a']);

/** The longest marker: longer text is never one, without lower-casing it. */
const LONGEST = 7;

/** Text that says "no value" (`?`, `-`, `N/A`, `null`, `(blank)`, `#N/A` written as text …). */
export function isNoValueText(text: string): boolean {
  if (text.length > LONGEST + 2) return false;
  const t = text.trim();
  return t.length <= LONGEST && MARKERS.has(t.toLowerCase());
}

/**
 * Dates that databases and Excel write for "no date": the zero date of MySQL-backed tools, and
 * Excel's serials 0 and 1 (a blank or FALSE formatted as a date shows 1900-01-00 or 1900-01-01).
 */
export function isNoDateText(text: string): boolean {
  const t = text.trim();
  return t.startsWith('0000-00-00') || t.startsWith('1900-01-01') || isNoValueText(t);
}

export const isNoDateSerial = (serial: number): boolean => serial === 0 || serial === 1;
