import type { Statistic } from './options';

/** Arithmetic mean; undefined for no values. */
export function mean(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}

/** Ranges longer than this are first narrowed on a sample (Floyd–Rivest); shorter, partitioned directly. */
const SAMPLED_SELECTION = 600;

/**
 * Moves the k-th smallest value (0-based) of `a[left…right]` to `a[k]`, the smaller ones before it
 * and the larger after, in linear time where a sort takes n log n. Floyd and Rivest's selection
 * (1975): on a long range, a sample of about n^(2/3) values is first selected around rank k,
 * recursively, so the pivot is the k-th value's near neighbour and one partition leaves only a
 * small range to search. For a median of 100 000 values it compares about 1.5 n pairs where
 * partitioning around middle pivots (Hoare) compares about 3.4 n.
 */
function selectInPlace(a: Float64Array, k: number, left = 0, right = a.length - 1): void {
  while (right > left) {
    if (right - left > SAMPLED_SELECTION) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const sample = 0.5 * Math.exp((2 * z) / 3);
      const spread = 0.5 * Math.sqrt((z * sample * (n - sample)) / n) * Math.sign(i - n / 2);
      selectInPlace(
        a,
        k,
        Math.max(left, Math.floor(k - (i * sample) / n + spread)),
        Math.min(right, Math.floor(k + ((n - i) * sample) / n + spread)),
      );
    }
    // Partition a[left…right] around t = a[k]: t parked at `left` (or `right`), scans stop on equals.
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i++, j--);
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else swap(a, ++j, right);
    // t now sits at j, every value before it ≤ t, every value after ≥ t.
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const x = a[i]!;
  a[i] = a[j]!;
  a[j] = x;
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
 * Excel's MEDIAN of values it may reorder (the caller's own scratch array): a selection in
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
