import { medianInPlace, percentileInc } from './stats';

describe('medianInPlace', () => {
  it('is MEDIAN: the middle value, or the mean of the two middle ones', () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3))).toBe(3);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(medianInPlace(Float64Array.of(7))).toBe(7);
    expect(medianInPlace(Float64Array.of(2, 2, 2, 1))).toBe(2);
    expect(medianInPlace(new Float64Array(0))).toBeUndefined();
  });

  it('agrees with the sorting PERCENTILE.INC(…, 0.5) on random columns with repeats', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    for (let n = 1; n < 200; n += 7) {
      const values = Float64Array.from({ length: n }, () => Math.floor(random() * 20) / 4);
      expect(medianInPlace(Float64Array.from(values))).toBe(percentileInc(values, 0.5));
    }
  });
});
