import fc from 'fast-check';
import { medianInPlace, percentileInPlace, summarize } from './stats';

/** PERCENTILE.INC as Excel documents it, on a sorted copy: the reference the selections are checked against. */
function sortedPercentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = p * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (rank - lo) * (s[hi]! - s[lo]!);
}

/** MEDIAN as Excel documents it, on a sorted copy: the middle value, or the mean of the two middle ones. */
function sortedMedian(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Columns of 1 to 200 values with many repeats (quarters, so every mean is exact). */
function* columns(): Generator<number[]> {
  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  for (let n = 1; n < 200; n += 7) yield Array.from({ length: n }, () => Math.floor(random() * 20) / 4);
}

describe('medianInPlace', () => {
  it('is MEDIAN: the middle value, or the mean of the two middle ones', () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3))).toBe(3);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(medianInPlace(Float64Array.of(7))).toBe(7);
    expect(medianInPlace(Float64Array.of(2, 2, 2, 1))).toBe(2);
    expect(medianInPlace(new Float64Array(0))).toBeUndefined();
  });

  it('agrees with the middle of a sorted copy on random columns with repeats', () => {
    for (const values of columns()) {
      expect(medianInPlace(Float64Array.from(values))).toBe(sortedPercentile(values, 0.5));
    }
  });
});

describe('medianInPlace on long columns (narrowed on a sample first)', () => {
  // Beyond 600 values the selection first narrows the range around a sample; the columns here
  // reach 5 000 values, drawn from few distinct values (many repeats) or from many.
  const longColumn = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 601, maxLength: 5000 }),
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 601, maxLength: 5000 }),
  );

  it('agrees with the middle of a sorted copy', () => {
    fc.assert(
      fc.property(longColumn, (values) => medianInPlace(Float64Array.from(values)) === sortedMedian(values)),
      { numRuns: 300 },
    );
  });

  it('agrees with a sorted copy for any percentile, and keeps the values (only their order changes)', () => {
    fc.assert(
      fc.property(longColumn, fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const a = Float64Array.from(values);
        const got = percentileInPlace(a, p);
        const same = [...a].sort((x, y) => x - y).join() === [...values].sort((x, y) => x - y).join();
        return got === sortedPercentile(values, p) && same;
      }),
      { numRuns: 300 },
    );
  });

  it('finds the median of a column already in order, in reverse order, and all equal', () => {
    const n = 10_001;
    const up = Array.from({ length: n }, (_, i) => i);
    expect(medianInPlace(Float64Array.from(up))).toBe(5000);
    expect(medianInPlace(Float64Array.from(up.reverse()))).toBe(5000);
    expect(medianInPlace(new Float64Array(n).fill(2.5))).toBe(2.5);
  });
});

describe('percentileInPlace', () => {
  it('is PERCENTILE.INC: rank p·(n−1), interpolated between neighbours', () => {
    // Sorted 1 2 3 4: rank 0.9 × 3 = 2.7 → 3 + 0.7 × (4 − 3).
    expect(percentileInPlace(Float64Array.of(4, 1, 3, 2), 0.9)).toBeCloseTo(3.7, 12);
    expect(percentileInPlace(Float64Array.of(4, 1, 3, 2), 1)).toBe(4);
    expect(percentileInPlace(Float64Array.of(4, 1, 3, 2), 0)).toBe(1);
    expect(percentileInPlace(Float64Array.of(9), 0.9)).toBe(9);
    expect(percentileInPlace(new Float64Array(0), 0.5)).toBeUndefined();
  });

  it('agrees with a sorted copy for the median and the 90th percentile on random columns', () => {
    for (const values of columns()) {
      for (const p of [0.5, 0.9])
        expect(percentileInPlace(Float64Array.from(values), p)).toBe(sortedPercentile(values, p));
    }
  });
});

describe('summarize', () => {
  it('gives the statistic asked for', () => {
    const values = () => Float64Array.of(1, 10, 2, 3);
    expect(summarize(values(), 'mean')).toBe(4);
    expect(summarize(values(), 'median')).toBe(2.5);
    expect(summarize(values(), 'p90')).toBeCloseTo(7.9, 12);
    expect(summarize(values(), 'max')).toBe(10);
    expect(summarize(new Float64Array(0), 'median')).toBeUndefined();
  });
});
