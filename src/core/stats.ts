import type { Statistic } from './options';

/** Arithmetic mean; undefined for no values. */
export function mean(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}

/**
 * Excel's PERCENTILE.INC: rank p·(n−1) on the sorted values, linear interpolation between the two
 * neighbouring ranks. MEDIAN is the case p = 0.5.
 */
export function percentileInc(values: ArrayLike<number>, p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (rank - lo) * (sorted[hi]! - sorted[lo]!);
}

export function max(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > m) m = values[i]!;
  return m;
}

/** The summary a `statistic` option asks for; undefined when there are no values. */
export function summarize(values: ArrayLike<number>, statistic: Statistic): number | undefined {
  switch (statistic) {
    case 'mean':
      return mean(values);
    case 'median':
      return percentileInc(values, 0.5);
    case 'p90':
      return percentileInc(values, 0.9);
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
  let lo = 0;
  let hi = n - 1;
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
  if (n % 2 === 1) return a[k]!;
  // Even count: the mean of the k-th value and the smallest of those after it.
  let next = Infinity;
  for (let i = k + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
  return (a[k]! + next) / 2;
}
