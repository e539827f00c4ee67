import { monthIndex } from './dates';
import { monthOfSerial } from './monthOfSerial';

// Month index = year × 12 + month − 1. DATE(2025,1,31) = 45688, DATE(2025,2,1) = 45689.
const JAN_2025 = 2025 * 12;

describe('monthOfSerial', () => {
  it('gives the month of a whole day, the first and the second time it is asked', () => {
    expect(monthOfSerial(45688)).toBe(JAN_2025);
    expect(monthOfSerial(45688)).toBe(JAN_2025);
    expect(monthOfSerial(45689)).toBe(JAN_2025 + 1);
  });

  it('does not confuse two days sharing a slot (4 096 days apart)', () => {
    // 45688 + 4096 = 49784 = 2036-04-19 (2036 × 12 + 3); both are asked in turn.
    expect(monthOfSerial(45688 + 4096)).toBe(2036 * 12 + 3);
    expect(monthOfSerial(45688)).toBe(JAN_2025);
  });

  it('reads a time of day within its day: 2025-01-31 23:59 is still January', () => {
    expect(monthOfSerial(45688 + 1439 / 1440)).toBe(JAN_2025);
    expect(monthOfSerial(45688.5)).toBe(JAN_2025);
  });

  it('rounds to the millisecond as monthIndex does: a time within half a millisecond of midnight is the next day', () => {
    const almostFeb = 45688 + (86_400_000 - 0.4) / 86_400_000;
    expect(monthOfSerial(almostFeb)).toBe(JAN_2025 + 1);
    expect(monthOfSerial(45688 + (86_400_000 - 2) / 86_400_000)).toBe(JAN_2025);
  });

  it('agrees with monthIndex on any serial, times and days before 1900 included', () => {
    // Serials from 1 to 2958465 with times, spread by a fixed step; and a few outside Excel's range.
    const serials = [-45.5, 0, 0.25, 1, 2_958_465.999];
    for (let s = 1; s < 2_958_466; s += 997.123) serials.push(s);
    for (const s of serials) expect([s, monthOfSerial(s)]).toEqual([s, monthIndex(s)]);
  });
});
