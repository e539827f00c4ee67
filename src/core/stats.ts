import type { Statistic } from './options';

/** Arithmetic mean; undefined for no values. */
export function mean(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}

/**
 * Moves the k-th smallest value (0-based) to `a[k]`, the smaller ones before it and the larger
 * after: Hoare's selection, linear time where a sort takes n log n.
 */
function selectInPlace(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const x = a[i]!;
        a[i++] = a[j]!;
        a[j--] = x;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
}

/** The smallest of `a[from…]`, after `selectInPlace(a, from − 1)`: the value ranked next. */
function nextValue(a: Float64Array, from: number): number {
  let next = Infinity;
  for (let i = from; i < a.length; i++) if (a[i]! < next) next = a[i]!;
  return next;
}

/**
 * Excel's PERCENTILE.INC of values it may reorder (the caller's own): rank p·(n−1) on the sorted
 * values, linear interpolation between the two neighbouring ranks; undefined for no values.
 *
 * @example
 * percentileInPlace(Float64Array.of(4, 1, 3, 2), 0.9) //=> 3.7
 */
export function percentileInPlace(a: Float64Array, p: number): number | undefined {
  const n = a.length;
  if (n === 0) return undefined;
  const rank = p * (n - 1);
  const lo = Math.floor(rank);
  selectInPlace(a, lo);
  const hi = lo + 1 < n ? nextValue(a, lo + 1) : a[lo]!;
  return a[lo]! + (rank - lo) * (hi - a[lo]!);
}

export function max(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > m) m = values[i]!;
  return m;
}

/** The summary a `statistic` option asks for, of values it may reorder (the caller's own); undefined when there are none. */
export function summarize(values: Float64Array, statistic: Statistic): number | undefined {
  switch (statistic) {
    case 'mean':
      return mean(values);
    case 'median':
      return percentileInPlace(values, 0.5);
    case 'p90':
      return percentileInPlace(values, 0.9);
    case 'max':
      return max(values);
  }
}

/**
 * Excel's MEDIAN of values it may reorder (the caller's own scratch array): Hoare's selection in
 * linear time instead of a sort, for medians of many groups of one column (MSP.TICKETSBY).
 */
export function medianInPlace(a: Float64Array): number | undefined {
  const n = a.length;
  if (n === 0) return undefined;
  const k = (n - 1) >> 1;
  selectInPlace(a, k);
  // Even count: the mean of the k-th value and the next, as MEDIAN computes it.
  return n % 2 === 1 ? a[k]! : (a[k]! + nextValue(a, k + 1)) / 2;
}
