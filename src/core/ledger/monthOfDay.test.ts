import { monthOfSerial } from './monthOfDay';

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
  });
});
