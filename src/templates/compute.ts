import type { Arg, Out, OutCell } from '../core/cells';
import { type KpiError, isKpiError } from '../core/errors';
import { evaluate } from '../core/evaluate';
import { getFunction } from '../core/registry';
import { type FunctionSpec, columnIndex } from '../core/spec';

/** A registry function run directly on the data, as the sheet's formula will run it. */
export function compute(id: string, args: readonly Arg[]): Out | KpiError {
  return evaluate(fn(id), args);
}

/** A registry function by id (templates name only functions that exist: a typo is a bug, thrown). */
export function fn(id: string): FunctionSpec {
  const spec = getFunction(id);
  if (!spec) throw new Error(`Unknown function ${id}`);
  return spec;
}

/** The position of a spilled table's column, by the id its declaration gives it. */
export const column = (id: string, columnId: string): number => columnIndex(fn(id), columnId);

/** A spill function's table, so the plan can give charts and formats fixed ranges. */
export function spillTable(id: string, args: readonly Arg[]): OutCell[][] | KpiError {
  const out = compute(id, args);
  if (isKpiError(out)) return out;
  return Array.isArray(out) ? out : [[out]];
}
