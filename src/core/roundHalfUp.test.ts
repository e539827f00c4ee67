import fc from 'fast-check';
import { roundHalfUp } from './roundHalfUp';

describe('roundHalfUp', () => {
  it('rounds halves up, as Math.round does, on both sides of zero', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(-2.5)).toBe(-2);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(-2.5001)).toBe(-3);
  });

  it('keeps the largest double below one half at 0, where floor(x + 0.5) gives 1', () => {
    expect(roundHalfUp(0.49999999999999994)).toBe(0);
  });

  it('keeps odd integers beyond 2^52 as they are, where floor(x + 0.5) rounds them to even', () => {
    expect(roundHalfUp(2 ** 52 + 1)).toBe(2 ** 52 + 1);
    expect(roundHalfUp(-(2 ** 52) - 1)).toBe(-(2 ** 52) - 1);
  });

  it('passes NaN through, as a blank duration is NaN', () => {
    expect(roundHalfUp(NaN)).toBeNaN();
  });

  it('gives 0, not −0, for a value in [−0.5, 0)', () => {
    expect(Object.is(roundHalfUp(-0.5), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-1e-9), 0)).toBe(true);
    // −1 + the fraction 1 − 5e-324, which rounds to 1 exactly.
    expect(Object.is(roundHalfUp(-5e-324), 0)).toBe(true);
  });

  it('equals Math.round for every finite double, zero by value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => roundHalfUp(x) === Math.round(x)),
      { numRuns: 20_000 },
    );
  });

  it('equals Math.round on millisecond counts of durations and times of day', () => {
    // Differences of two serials within a few years, scaled to milliseconds: where it is used.
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), (days) => {
        const x = days * 86_400_000;
        return roundHalfUp(x) === Math.round(x);
      }),
      { numRuns: 20_000 },
    );
  });
});
