/**
 * Excel's sheet-name rules, shared by the Excel applier and the xlsx writer: at most 31 characters,
 * none of `[ ] : * ? / \`, not starting or ending with an apostrophe, not blank, and unique in the
 * workbook compared case-insensitively.
 */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A valid sheet name close to `wanted`: forbidden characters become spaces, apostrophes trimmed. */
export function cleanSheetName(wanted: string, fallback = 'MSP KPIs'): string {
  const cleaned = wanted
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || fallback).slice(0, MAX_SHEET_NAME).trim();
}

/** Excel compares sheet names without regard to case (in any script), so we do too. */
const fold = (name: string): string => name.toLocaleUpperCase('en-US');

/**
 * `wanted` if no sheet has that name, else `wanted (2)`, `wanted (3)` …; the base is shortened so
 * the suffix always fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base = cleanSheetName(wanted);
  const used = new Set(taken.map(fold));
  if (!used.has(fold(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(fold(candidate))) return candidate;
  }
}
