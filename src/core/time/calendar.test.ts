import { serialFromParts } from '../dates';
import {
  type Calendar,
  businessHoursBetween,
  businessHoursColumn,
  businessHoursUntil,
  isWallClock,
  makeCalendar,
  nextOpening,
  parseBusinessHours,
  toCalendarTime,
  toWallClock,
} from './calendar';
import { parseHolidays } from './holidays';

const calendar = (hours: string | null, holidays: (number | string)[] = []): Calendar => {
  const h = parseBusinessHours(hours);
  const d = parseHolidays(holidays.map((x) => [x]));
  if (!h.ok || !d.ok) throw new Error(JSON.stringify([h, d]));
  return makeCalendar(h.value, d.value);
};
/** A wall-clock serial: 2025-03-07 was a Friday, 2025-03-10 a Monday. */
const at = serialFromParts;
/** Business hours between two wall-clock times. */
const between = (cal: Calendar, a: number, b: number): number =>
  businessHoursBetween(cal, toCalendarTime(cal, a, false), toCalendarTime(cal, b, false));

const OFFICE = calendar('Mon-Fri 08:00-18:00');

describe('businessHoursBetween: contract examples worked by hand', () => {
  it('P3 opened Friday 17:55, solved Monday 09:00: 5 min on Friday + 1 h on Monday = 1.0833 h', () => {
    expect(between(OFFICE, at(2025, 3, 7, 17, 55), at(2025, 3, 10, 9))).toBeCloseTo(65 / 60, 12);
  });

  it('P1 opened Monday 07:00 (before opening), answered 08:30: the clock starts at 08:00, 0.5 h', () => {
    expect(between(OFFICE, at(2025, 3, 10, 7), at(2025, 3, 10, 8, 30))).toBeCloseTo(0.5, 12);
  });

  it('a ticket opened on Saturday and solved Monday 09:00 counts 1 h', () => {
    expect(between(OFFICE, at(2025, 3, 8, 10), at(2025, 3, 10, 9))).toBeCloseTo(1, 12);
  });

  it('a ticket spanning Christmas (Thursday 2025-12-25): Wednesday 16-18 + Friday 8-10 = 4 h', () => {
    const cal = calendar('Mon-Fri 08:00-18:00', ['2025-12-25']);
    expect(between(cal, at(2025, 12, 24, 16), at(2025, 12, 26, 10))).toBeCloseTo(4, 12);
    // Without the holiday Thursday's 10 h count.
    expect(between(OFFICE, at(2025, 12, 24, 16), at(2025, 12, 26, 10))).toBeCloseTo(14, 12);
    // A holiday on a Saturday changes nothing.
    expect(
      between(calendar('Mon-Fri 08:00-18:00', ['2025-12-27']), at(2025, 12, 26, 17), at(2025, 12, 29, 9)),
    ).toBeCloseTo(2, 12);
  });

  it('a lunch break does not count: 11:30 to 13:30 on Mon-Fri 08:00-12:00, 13:00-17:00 is 1 h', () => {
    const cal = calendar('Mon-Fri 08:00-12:00, 13:00-17:00');
    expect(between(cal, at(2025, 3, 10, 11, 30), at(2025, 3, 10, 13, 30))).toBeCloseTo(1, 12);
    expect(between(cal, at(2025, 3, 10, 12, 10), at(2025, 3, 10, 12, 50))).toBe(0);
    // A whole week: 5 × 8 h.
    expect(between(cal, at(2025, 3, 10), at(2025, 3, 17))).toBeCloseTo(40, 12);
  });

  it('a Saturday-only calendar: Wednesday 10:00 to the next Monday 10:00 is Saturday 9-13 = 4 h', () => {
    const cal = calendar('Sat 9:00-13:00');
    expect(between(cal, at(2025, 3, 12, 10), at(2025, 3, 17, 10))).toBeCloseTo(4, 12);
    expect(between(cal, at(2025, 3, 15, 12), at(2025, 3, 22, 10))).toBeCloseTo(2, 12);
  });

  it('ranges up to midnight and from midnight join across it', () => {
    const cal = calendar('Mon 22:00-24:00; Tue 0:00-2:00');
    expect(between(cal, at(2025, 3, 10, 23), at(2025, 3, 11, 1))).toBeCloseTo(2, 12);
  });

  it('24x7 (and no business hours at all) is the wall-clock difference', () => {
    for (const cal of [calendar('24x7'), calendar(null), calendar('')]) {
      expect(isWallClock(cal)).toBe(true);
      const a = at(2024, 2, 28, 13, 17);
      const b = at(2025, 3, 30, 2, 41);
      expect(between(cal, a, b)).toBeCloseTo((b - a) * 24, 8);
    }
    expect(isWallClock(OFFICE)).toBe(false);
    expect(isWallClock(calendar('24x7', ['2025-12-25']))).toBe(false);
    expect(isWallClock(calendar('24x7 Europe/Paris'))).toBe(false);
  });

  it('a whole year on Mon-Fri 8-18 is 261 weekdays (2025) × 10 h', () => {
    expect(between(OFFICE, at(2025, 1, 1), at(2026, 1, 1))).toBeCloseTo(2610, 8);
  });

  it('gives the negated duration for reversed arguments, which the caller rejects', () => {
    expect(between(OFFICE, at(2025, 3, 10, 9), at(2025, 3, 7, 17, 55))).toBeCloseTo(-65 / 60, 12);
  });
});

describe('time zones and daylight saving', () => {
  const paris = calendar('24x7 Europe/Paris');

  it('a 24x7 day in Paris has 23 h on the last Sunday of March and 25 h on the last Sunday of October', () => {
    expect(between(paris, at(2025, 3, 30), at(2025, 3, 31))).toBeCloseTo(23, 9);
    expect(between(paris, at(2025, 10, 26), at(2025, 10, 27))).toBeCloseTo(25, 9);
    expect(between(paris, at(2025, 6, 1), at(2025, 6, 2))).toBeCloseTo(24, 9);
  });

  it('an open period containing the change is an hour shorter: Sun 0:00-12:00 on 2025-03-30 is 11 h', () => {
    const cal = calendar('Sun 0:00-12:00 Europe/Paris');
    expect(between(cal, at(2025, 3, 29), at(2025, 4, 1))).toBeCloseTo(11, 9);
    expect(between(cal, at(2025, 10, 25), at(2025, 10, 28))).toBeCloseTo(13, 9);
  });

  it('office hours are untouched by a change at night: Friday 17:00 to Monday 09:00 across 2025-03-30 is 2 h', () => {
    const cal = calendar('Mon-Fri 08:00-18:00 Europe/Paris');
    expect(between(cal, at(2025, 3, 28, 17), at(2025, 3, 31, 9))).toBeCloseTo(2, 9);
  });

  it('converts UTC instants into the zone: 06:00Z to 16:00Z on Tuesday 2025-07-01 is 08:00-18:00 in Paris, 10 h', () => {
    const cal = calendar('Mon-Fri 08:00-18:00 Europe/Paris');
    const a = toCalendarTime(cal, at(2025, 7, 1, 6), true);
    const b = toCalendarTime(cal, at(2025, 7, 1, 16), true);
    expect(businessHoursBetween(cal, a, b)).toBeCloseTo(10, 9);
    // In winter Paris is UTC+1: 07:00Z is 08:00.
    expect(
      businessHoursBetween(
        cal,
        toCalendarTime(cal, at(2025, 1, 7, 6), true),
        toCalendarTime(cal, at(2025, 1, 7, 8), true),
      ),
    ).toBeCloseTo(1, 9);
    // Mixed: created 09:00 local, resolved 10:00Z = 12:00 CEST: 3 h.
    expect(
      businessHoursBetween(
        cal,
        toCalendarTime(cal, at(2025, 7, 1, 9), false),
        toCalendarTime(cal, at(2025, 7, 1, 10), true),
      ),
    ).toBeCloseTo(3, 9);
  });

  it('a fixed offset converts UTC instants but has no daylight saving', () => {
    const cal = calendar('Mon-Fri 08:00-18:00 UTC-5');
    expect(
      businessHoursBetween(
        cal,
        toCalendarTime(cal, at(2025, 7, 1, 13), true),
        toCalendarTime(cal, at(2025, 7, 1, 23), true),
      ),
    ).toBeCloseTo(10, 9);
    expect(between(cal, at(2025, 7, 1, 13), at(2025, 7, 1, 23))).toBeCloseTo(5, 9);
    const allWeek = calendar('24x7 +02:00');
    expect(between(allWeek, at(2025, 3, 30), at(2025, 3, 31))).toBeCloseTo(24, 9);
  });

  it('without a zone there is no daylight saving: the last Sunday of March is 24 h', () => {
    expect(between(calendar('24x7'), at(2025, 3, 30), at(2025, 3, 31))).toBeCloseTo(24, 12);
  });

  it('a blank (NaN) timestamp gives NaN and leaves the calendar working', () => {
    const cal = calendar('Mon-Fri 08:00-18:00 Europe/Paris');
    expect(toCalendarTime(cal, NaN, false)).toBeNaN();
    expect(businessHoursBetween(cal, NaN, at(2025, 7, 1, 10))).toBeNaN();
    expect(businessHoursBetween(cal, at(2025, 7, 1, 10), NaN)).toBeNaN();
    expect(between(cal, at(2025, 7, 1, 9), at(2025, 7, 1, 10))).toBeCloseTo(1, 9);
    expect(between(OFFICE, NaN, at(2025, 7, 1, 10))).toBeNaN();
  });

  it('a timestamp in year 9999 (a typo) is read with the offset of 2200, the last year scanned', () => {
    const cal = calendar('24x7 Europe/Paris');
    // Winter time (+1) at the start of 2200 holds on: 1 July 9999 00:00 is 23:00 UTC the day before.
    expect(toCalendarTime(cal, at(9999, 7, 1), false)).toBeCloseTo(at(9999, 6, 30, 23), 9);
    expect(between(cal, at(9999, 7, 1), at(9999, 7, 2))).toBeCloseTo(24, 9);
    expect(between(cal, at(2025, 3, 30), at(2025, 3, 31))).toBeCloseTo(23, 9);
  });

  it('toWallClock reads a calendar time back on the local clock', () => {
    const cal = calendar('Mon-Fri 08:00-18:00 America/New_York');
    const t = toCalendarTime(cal, at(2025, 7, 1, 12), true);
    expect(toWallClock(cal, t)).toBeCloseTo(at(2025, 7, 1, 8), 9);
    expect(toWallClock(OFFICE, at(2025, 7, 1, 12))).toBe(at(2025, 7, 1, 12));
  });
});

describe('nextOpening: when the clock starts', () => {
  it('is the time itself when open, else the next opening, skipping weekends and holidays', () => {
    expect(nextOpening(OFFICE, at(2025, 3, 10, 9, 15))).toBe(at(2025, 3, 10, 9, 15));
    expect(nextOpening(OFFICE, at(2025, 3, 10, 7))).toBeCloseTo(at(2025, 3, 10, 8), 9);
    expect(nextOpening(OFFICE, at(2025, 3, 7, 18))).toBeCloseTo(at(2025, 3, 10, 8), 9);
    expect(nextOpening(OFFICE, at(2025, 3, 8, 10))).toBeCloseTo(at(2025, 3, 10, 8), 9);
    const christmas = calendar('Mon-Fri 08:00-18:00', ['2025-12-25', '2025-12-26']);
    expect(nextOpening(christmas, at(2025, 12, 24, 19))).toBeCloseTo(at(2025, 12, 29, 8), 9);
    // One open day a week, a holiday on it: the clock starts a fortnight later.
    const thursdays = calendar('Thu 9-12', ['2025-03-13']);
    expect(nextOpening(thursdays, at(2025, 3, 10))).toBeCloseTo(at(2025, 3, 20, 9), 9);
    const lunch = calendar('Mon-Fri 08:00-12:00, 13:00-17:00');
    expect(nextOpening(lunch, at(2025, 3, 10, 12, 30))).toBeCloseTo(at(2025, 3, 10, 13), 9);
  });

  it('in a zone, gives the instant of the local opening across a daylight-saving change', () => {
    const cal = calendar('Mon-Fri 08:00-18:00 Europe/Paris');
    // Saturday 2025-03-29 10:00 CET → Monday 2025-03-31 08:00 CEST = 06:00Z.
    const opening = nextOpening(cal, toCalendarTime(cal, at(2025, 3, 29, 10), false));
    expect(opening).toBeCloseTo(at(2025, 3, 31, 6), 9);
    expect(toWallClock(cal, opening)).toBeCloseTo(at(2025, 3, 31, 8), 9);
    // An opening inside the skipped hour opens when the clock jumps past it (03:00 CEST = 01:00Z).
    const night = calendar('Sun 02:30-05:00 Europe/Paris');
    expect(nextOpening(night, toCalendarTime(night, at(2025, 3, 30, 1), false))).toBeCloseTo(at(2025, 3, 30, 1), 9);
  });
});

describe('long spans and columns', () => {
  it('counts two centuries of weekdays (beyond the by-day table) as 10 h each, weekdays counted with Date', () => {
    let weekdays = 0;
    for (let t = Date.UTC(1925, 0, 1); t < Date.UTC(2125, 0, 1); t += 86_400_000) {
      const d = new Date(t).getUTCDay();
      if (d !== 0 && d !== 6) weekdays++;
    }
    const cal = calendar('Mon-Fri 08:00-18:00');
    // Read once near 2025 first, so the far ends fall outside the table already built.
    expect(between(cal, at(2025, 3, 10), at(2025, 3, 11))).toBe(10);
    expect(between(cal, at(1925, 1, 1), at(2125, 1, 1))).toBeCloseTo(weekdays * 10, 6);
  });

  it('businessHoursColumn gives businessHoursBetween for each pair, and NaN where a time is blank', () => {
    const paris24 = calendar('24x7 Europe/Paris');
    for (const cal of [
      OFFICE,
      calendar('Mon-Fri 08:00-18:00 Europe/Paris', ['2025-12-25']),
      calendar('24x7'),
      paris24,
    ]) {
      // Around the spring-forward night too: 2025-03-30 02:30 Paris was skipped, 03:00 is the first reading after it.
      const starts = [
        at(2025, 3, 7, 17, 55),
        at(2025, 3, 28, 17),
        NaN,
        at(2025, 12, 24, 16),
        at(2025, 3, 10, 9),
        at(2025, 3, 30, 1, 30),
        at(2025, 3, 30, 2, 30),
      ];
      const ends = [
        at(2025, 3, 10, 9),
        at(2025, 3, 31, 9),
        at(2025, 3, 31, 9),
        NaN,
        at(2025, 3, 10, 9),
        at(2025, 3, 30, 3),
        at(2025, 3, 31, 3),
      ];
      const column = businessHoursColumn(cal, Float64Array.from(starts), Float64Array.from(ends));
      expect([...column]).toEqual(
        starts.map((a, i) => (Number.isNaN(a) || Number.isNaN(ends[i]!) ? NaN : between(cal, a, ends[i]!))),
      );
    }
  });

  it('businessHoursUntil gives businessHoursBetween from each time to one end, instants as flagged, NaN where blank', () => {
    const paris24 = calendar('24x7 Europe/Paris');
    // Local times around the spring-forward night (02:30 on 2025-03-30 was skipped) and one instant
    // (flag 4): 2025-03-28 16:00 UTC is 17:00 in Paris.
    const starts = [at(2025, 3, 7, 17, 55), at(2025, 3, 28, 16), NaN, at(2025, 3, 30, 1, 30), at(2025, 3, 30, 2, 30)];
    const flags = Uint8Array.of(0, 4, 0, 0, 0);
    for (const cal of [OFFICE, calendar('Mon-Fri 08:00-18:00 Europe/Paris', ['2025-03-31']), paris24]) {
      const end = toCalendarTime(cal, at(2025, 4, 1, 9), false);
      const until = businessHoursUntil(cal, Float64Array.from(starts), end, { bits: flags, instant: 4 });
      expect(starts.map((_, i) => until(i))).toEqual(
        starts.map((a, i) =>
          Number.isNaN(a) ? NaN : businessHoursBetween(cal, toCalendarTime(cal, a, flags[i] === 4), end),
        ),
      );
    }
    // By hand, on the 24x7 Paris clock: from 17:00 Paris on Friday 28 March to 09:00 on Tuesday 1 April
    // is 4 days less 8 hours, less the hour skipped on Sunday night: 87 h.
    const end = toCalendarTime(paris24, at(2025, 4, 1, 9), false);
    expect(
      businessHoursUntil(paris24, Float64Array.of(at(2025, 3, 28, 16)), end, { bits: Uint8Array.of(4), instant: 4 })(0),
    ).toBe(87);
  });

  it('gives the same hours whatever other calendars of the zone read in between (they share its transitions)', () => {
    // A zone no other test reads, so its known span starts here. Lisbon leaves 01:00 for 02:00 on
    // 2025-03-30 and goes back from 02:00 to 01:00 on 2025-10-26.
    const mine = calendar('24x7 Europe/Lisbon');
    const night = () => between(mine, at(2025, 3, 30, 0), at(2025, 3, 30, 3));
    expect(night()).toBe(2);
    // Another calendar of the zone reads decades earlier and later: the zone's known span grows at
    // both ends, so its transitions are numbered anew.
    const other = calendar('Mon-Fri 08:00-18:00 Europe/Lisbon');
    expect(between(other, at(1985, 3, 29, 17), at(1985, 4, 1, 9))).toBe(2);
    expect(between(other, at(2090, 10, 27, 17), at(2090, 10, 30, 9))).toBe(2);
    expect(night()).toBe(2);
    const column = businessHoursColumn(
      mine,
      Float64Array.of(at(2025, 10, 26, 0)),
      Float64Array.of(at(2025, 10, 26, 3)),
    );
    expect([...column]).toEqual([4]);
  });

  it('businessHoursColumn counts the hour a local clock skips or repeats, as it passed', () => {
    const paris24 = calendar('24x7 Europe/Paris');
    // 01:00 to 04:00 on the night clocks go forward is 2 h; on the night they go back, 4 h.
    const starts = Float64Array.of(at(2025, 3, 30, 1), at(2025, 10, 26, 1));
    const ends = Float64Array.of(at(2025, 3, 30, 4), at(2025, 10, 26, 4));
    expect([...businessHoursColumn(paris24, starts, ends)]).toEqual([2, 4]);
  });

  it('businessHoursColumn reads a timestamp flagged as an instant as toCalendarTime reads an instant', () => {
    const paris = calendar('24x7 Europe/Paris');
    const starts = Float64Array.of(at(2025, 3, 10, 8), at(2025, 3, 10, 8), at(2025, 3, 29, 23));
    const ends = Float64Array.of(at(2025, 3, 10, 10), at(2025, 3, 10, 10), at(2025, 3, 30, 4));
    // Bit 1: the start is an instant; bit 2: the end is. Row by row: start only, end only, both.
    const bits = Uint8Array.of(1, 2, 3);
    const column = businessHoursColumn(paris, starts, ends, { bits, start: 1, end: 2 });
    const time = (x: number, instant: boolean) => toCalendarTime(paris, x, instant);
    expect([...column]).toEqual([
      businessHoursBetween(paris, time(starts[0]!, true), time(ends[0]!, false)),
      businessHoursBetween(paris, time(starts[1]!, false), time(ends[1]!, true)),
      businessHoursBetween(paris, time(starts[2]!, true), time(ends[2]!, true)),
    ]);
    // By hand: 08:00Z to 10:00 CET (09:00Z) is 1 h; 08:00 CET (07:00Z) to 10:00Z is 3 h; 23:00Z to 04:00Z is 5 h.
    expect([...column]).toEqual([1, 3, 5]);
  });
});

describe('parseBusinessHours', () => {
  it('takes text, a 7 × 2 grid or nothing, and refuses a lone number or boolean', () => {
    expect(parseBusinessHours(null)).toEqual(parseBusinessHours('24x7'));
    const grid = Array.from({ length: 7 }, (_, d) => (d < 5 ? [8 / 24, 18 / 24] : [null, null]));
    expect(parseBusinessHours(grid)).toEqual(parseBusinessHours('Mon-Fri 08:00-18:00'));
    expect(parseBusinessHours(8)).toEqual({ ok: false, problem: { key: 'unexpected', text: '8' } });
    expect(parseBusinessHours(true)).toEqual({ ok: false, problem: { key: 'unexpected', text: 'true' } });
  });
});
