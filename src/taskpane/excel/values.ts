import type { Cell, Grid } from '../../core/cells';
import { KpiError, toErrorCode } from '../../core/errors';

/**
 * `range.values` as the core reads ranges: Excel hands error cells over as their text (`#N/A`),
 * which the core must see as errors (so they propagate), not as words.
 */
export function gridFromExcel(values: readonly (readonly unknown[])[]): Grid {
  return values.map((row) => row.map(cellFromExcel));
}

function cellFromExcel(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const text = String(v);
  const code = text.startsWith('#') ? toErrorCode(text) : undefined;
  return code ? new KpiError(code) : text;
}
