import { type Cell, type Out, errorOf, isErrorCell } from '../../src/core/cells';
import { toErrorCode } from '../../src/core/errors';
import type { ReadValue } from './soffice';

/** What a cell should hold, in the shape LibreOffice's values are read back. */
export function expected(v: Cell | Out | undefined): ReadValue {
  if (v === undefined || v === null || v === '') return null;
  if (isErrorCell(v)) return { error: errorOf(v).code };
  if (typeof v === 'string') return toErrorCode(v) ? { error: v } : v;
  if (Array.isArray(v)) throw new Error('a table where one value is expected');
  return v;
}

/** Equal as a spreadsheet user would judge: numbers to 1e-9 relative, errors by code, blank = "". */
export function sameValue(actual: ReadValue | undefined, want: ReadValue): boolean {
  const a = actual === undefined || actual === '' ? null : actual;
  if (typeof want === 'number' && typeof a === 'number')
    return Math.abs(a - want) <= 1e-9 * Math.max(1, Math.abs(want));
  if (want !== null && typeof want === 'object') return a !== null && typeof a === 'object' && a.error === want.error;
  return a === want;
}
