import { cellName } from '../core/errors';
import type { RangeRef } from './sheetPlan';

/**
 * A1 addresses for plans, the Excel applier and the xlsx writer: one spelling of references
 * everywhere, so a formula a template writes points at the same cell in every adapter.
 */

/** `B3` for 0-based row 2, column 1. */
export const a1 = (row: number, col: number): string => cellName(row, col);

/** `$B$3`. */
export const absA1 = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/** `B3:D10` (a single cell stays `B3`). */
export function rangeA1(r: RangeRef): string {
  const start = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** A sheet name as a formula prefix: `'My sheet'!` with inner quotes doubled (always quoted: always valid). */
export const sheetPrefix = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!`;

/** Splits an address as Excel returns it (`Sheet1!A1:K9`, `'It''s'!A1`) into sheet and local part. */
export function splitAddress(address: string): { sheet: string | null; local: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  if (!m) return { sheet: null, local: address.trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, local: m[3]! };
}

/** Column letters → 0-based index (`A` → 0, `AA` → 26). */
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses a local A1 range (`A1:K301`, `$A$1:$K$301`, `C7`) into a RangeRef, or undefined. */
export function parseRangeA1(local: string): RangeRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local.trim());
  if (!m) return undefined;
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]!);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}
