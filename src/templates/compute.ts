import type { Arg, Out, OutCell } from '../core/cells';
import { type KpiError, isKpiError } from '../core/errors';
import { evaluate } from '../core/evaluate';
import { getFunction } from '../core/registry';

/** A registry function run directly on the data, as the sheet's formula will run it. */
export function compute(id: string, args: readonly Arg[]): Out | KpiError {
  const spec = getFunction(id);
  if (!spec) throw new Error(`Unknown function ${id}`);
  return evaluate(spec, args);
}

/** A spill function's table, so the plan can give charts and formats fixed ranges. */
export function spillTable(id: string, args: readonly Arg[]): OutCell[][] | KpiError {
  const out = compute(id, args);
  if (isKpiError(out)) return out;
  return Array.isArray(out) ? out : [[out]];
}
