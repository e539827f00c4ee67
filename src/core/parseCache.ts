import type { Grid } from './cells';

/**
 * A parse remembered per range object. HyperFormula, the CLI and the template evaluator may hand
 * the same range array to several functions or recalculations; parsing it again (header detection,
 * dates, flags) would redo the same work for the same answer. Keyed by the array's identity in a
 * WeakMap, so an entry lives exactly as long as the range it describes, and by a variant string
 * when one range can be parsed several ways (the fields a function asks for).
 *
 * Only successful parses are kept: a parse that throws (a KpiError naming a cell) is redone, so
 * its message names the function that asked. Ranges are treated as immutable once passed in, as
 * every adapter builds a new array per call and never edits one it has handed over.
 */
export function perRange<T>(): (grid: Grid, variant: string, parse: () => T) => T {
  const cache = new WeakMap<Grid, Map<string, T>>();
  return (grid, variant, parse) => {
    let variants = cache.get(grid);
    if (variants?.has(variant)) return variants.get(variant)!;
    const value = parse();
    if (!variants) cache.set(grid, (variants = new Map()));
    variants.set(variant, value);
    return value;
  };
}
