/**
 * The calendar against an independent brute force built on luxon: for every local day between
 * start and end, the day's open ranges as zoned DateTimes, intersected with [start, end] as
 * instants, summed. Timestamps are drawn over years and around the daylight-saving changes of
 * Paris and New York, as wall-clock times and as UTC instants.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { businessHoursBetween, makeCalendar, nextOpening, toCalendarTime } from './calendar';
import type { OpenRange } from './week';
import type { Zone } from './zone';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

const msOfSerial = (serial: number): number => Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
const serialOfMs = (ms: number): number => ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;

/** luxon's zone for a calendar zone; a calendar without one counts wall-clock time, i.e. UTC. */
const luxonZone = (zone: Zone | null): string => {
  if (zone === null) return 'utc';
  if (zone.kind === 'iana') return zone.name;
  const m = Math.abs(zone.minutes);
  return `UTC${zone.minutes >= 0 ? '+' : '-'}${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
};

/**
 * A wall-clock serial as an instant in the zone. luxon reads a time skipped by a change with the
 * offset before it, as the calendar does, but a repeated time as its *second* occurrence; the
 * calendar (like JavaScript's Date and Temporal) takes the first, so the reference steps back an
 * hour when that reads the same on the wall clock.
 */
function localInstant(serial: number, zone: string): DateTime {
  const wall = DateTime.fromMillis(msOfSerial(serial), { zone: 'utc' });
  const fields = {
    year: wall.year,
    month: wall.month,
    day: wall.day,
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
  };
  const dt = DateTime.fromObject(fields, { zone });
  const earlier = dt.minus({ hours: 1 });
  const same = (a: DateTime) =>
    a.year === wall.year &&
    a.month === wall.month &&
    a.day === wall.day &&
    a.hour === wall.hour &&
    a.minute === wall.minute;
  return same(earlier) ? earlier : dt;
}

/** The open intervals of each local day from `from` on, as instants. */
function* openIntervals(
  week: readonly (readonly OpenRange[])[],
  holidays: ReadonlySet<string>,
  zone: string,
  from: DateTime,
): Generator<[DateTime, DateTime]> {
  for (let day = from.setZone(zone).startOf('day').minus({ days: 1 }); ; day = day.plus({ days: 1 }).startOf('day')) {
    if (holidays.has(day.toISODate()!)) continue;
    for (const [open, close] of week[day.weekday - 1]!) {
      const at = (m: number) =>
        m === 1440 ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: Math.floor(m / 60), minute: m % 60 });
      yield [at(open), at(close)];
    }
  }
}

function referenceHours(
  week: readonly (readonly OpenRange[])[],
  holidays: ReadonlySet<string>,
  zone: string,
  start: DateTime,
  end: DateTime,
): number {
  let ms = 0;
  for (const [open, close] of openIntervals(week, holidays, zone, start)) {
    if (open >= end) break;
    const a = Math.max(open.toMillis(), start.toMillis());
    const b = Math.min(close.toMillis(), end.toMillis());
    if (b > a) ms += b - a;
  }
  return ms / 3_600_000;
}

function referenceNextOpening(
  week: readonly (readonly OpenRange[])[],
  holidays: ReadonlySet<string>,
  zone: string,
  time: DateTime,
): number {
  for (const [open, close] of openIntervals(week, holidays, zone, time)) {
    if (close > time) return Math.max(open.toMillis(), time.toMillis());
  }
  throw new Error('unreachable: the week has open time');
}

/**
 * Opening and closing times on the half hour, but none inside 01:00-03:00 except midnight: there
 * the wall clock of Paris or New York skips or repeats an hour once a year, and "the opening" has
 * no single instant (luxon and the calendar each pick one by a rule; the durations are tested).
 */
const boundary = fc.oneof(
  fc.constantFrom(0, 30, 1440),
  fc.integer({ min: 6, max: 47 }).map((h) => h * 30),
);
const day: fc.Arbitrary<OpenRange[]> = fc
  .uniqueArray(boundary, { minLength: 0, maxLength: 4 })
  .map((xs) => [...xs].sort((a, b) => a - b))
  .map((xs) => {
    const ranges: OpenRange[] = [];
    for (let i = 0; i + 1 < xs.length; i += 2) ranges.push([xs[i]!, xs[i + 1]!]);
    return ranges;
  });
const ALWAYS: OpenRange[][] = Array.from({ length: 7 }, () => [[0, 1440]]);
const week = fc.oneof(
  { weight: 4, arbitrary: fc.array(day, { minLength: 7, maxLength: 7 }).filter((w) => w.some((d) => d.length > 0)) },
  { weight: 1, arbitrary: fc.constant(ALWAYS) },
);

const YEARS = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2029, 0, 1) };
/** DST changes of Paris and New York in the years drawn: timestamps crowd around them. */
const CHANGES = [
  ...[2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028].flatMap((y) => [
    DateTime.fromObject({ year: y, month: 3, day: 31 }, { zone: 'utc' })
      .minus({ days: DateTime.fromObject({ year: y, month: 3, day: 31 }).weekday % 7 })
      .toMillis(),
    DateTime.fromObject({ year: y, month: 10, day: 31 }, { zone: 'utc' })
      .minus({ days: DateTime.fromObject({ year: y, month: 10, day: 31 }).weekday % 7 })
      .toMillis(),
    DateTime.fromObject({ year: y, month: 3, day: 8 }, { zone: 'utc' })
      .plus({ days: (7 - DateTime.fromObject({ year: y, month: 3, day: 8 }).weekday) % 7 })
      .toMillis(),
    DateTime.fromObject({ year: y, month: 11, day: 1 }, { zone: 'utc' })
      .plus({ days: (7 - DateTime.fromObject({ year: y, month: 11, day: 1 }).weekday) % 7 })
      .toMillis(),
  ]),
];
const MINUTE = 60_000;
/** A timestamp in ms of wall-clock time (UTC fields), whole minutes or with seconds. */
const timestamp = fc.oneof(
  fc.integer({ min: YEARS.from / MINUTE, max: YEARS.to / MINUTE }).map((m) => m * MINUTE),
  fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 1440, max: 3 * 1440 })).map(([d, m]) => d + m * MINUTE),
  fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: 0, max: 4 * 3600 })).map(([d, s]) => d + s * 1000),
);
const span = fc
  .oneof(fc.integer({ min: 0, max: 3 * 1440 }), fc.integer({ min: 0, max: 45 * 1440 }))
  .map((m) => m * MINUTE);
const ZONES: (Zone | null)[] = [
  null,
  { kind: 'iana', name: 'Europe/Paris' },
  { kind: 'iana', name: 'America/New_York' },
  { kind: 'offset', minutes: 330 },
];

const scenario = fc.record({
  week,
  zone: fc.constantFrom(...ZONES),
  start: timestamp,
  length: span,
  startUtc: fc.boolean(),
  endUtc: fc.boolean(),
  // Holidays as days offset from the start, so they fall inside the spans drawn.
  holidays: fc.uniqueArray(fc.integer({ min: -2, max: 50 }), { maxLength: 8 }),
});

describe('businessHoursBetween against a luxon brute force', () => {
  it('agrees over years, weekends, holidays and daylight-saving changes, zone-less and zoned, local and UTC timestamps', () => {
    fc.assert(
      fc.property(scenario, ({ week, zone, start, length, startUtc, endUtc, holidays }) => {
        const lz = luxonZone(zone);
        const startDay = Math.floor(serialOfMs(start));
        const holidaySerials = holidays.map((d) => startDay + d);
        const holidayDates = new Set(
          holidaySerials.map((s) => DateTime.fromMillis(msOfSerial(s), { zone: 'utc' }).toISODate()!),
        );
        const cal = makeCalendar(
          { week, zone },
          [...holidaySerials].sort((a, b) => a - b),
        );

        const a = serialOfMs(start);
        const b = serialOfMs(start + length);
        const refStart = startUtc ? DateTime.fromMillis(start, { zone: lz }) : localInstant(a, lz);
        const refEnd = endUtc ? DateTime.fromMillis(start + length, { zone: lz }) : localInstant(b, lz);
        // Without a zone a UTC instant is read as it is: the calendar's wall clock.
        const x = toCalendarTime(cal, a, startUtc);
        const y = toCalendarTime(cal, b, endUtc);
        expect(msOfSerial(x)).toBe(refStart.toMillis());
        expect(msOfSerial(y)).toBe(refEnd.toMillis());
        if (refEnd < refStart) return;
        expect(businessHoursBetween(cal, x, y)).toBeCloseTo(
          referenceHours(week, holidayDates, lz, refStart, refEnd),
          6,
        );
        expect(msOfSerial(nextOpening(cal, x))).toBe(referenceNextOpening(week, holidayDates, lz, refStart));
      }),
      { numRuns: 500 },
    );
  });
});

describe('zones that change at midnight', () => {
  it.each(['America/Santiago', 'America/Havana', 'Asia/Beirut'])(
    'a 24x7 day in %s lasts from midnight to midnight as luxon counts it, every day of 2023-2026',
    (name) => {
      const cal = makeCalendar({ week: ALWAYS, zone: { kind: 'iana', name } }, []);
      for (let day = Date.UTC(2023, 0, 1); day < Date.UTC(2027, 0, 1); day += MS_PER_DAY) {
        const serial = serialOfMs(day);
        // A midnight that happens twice (Havana in November) is its first occurrence, as in localInstant.
        const hours = localInstant(serial + 1, name).diff(localInstant(serial, name), 'hours').hours;
        const got = businessHoursBetween(
          cal,
          toCalendarTime(cal, serial, false),
          toCalendarTime(cal, serial + 1, false),
        );
        if (Math.abs(got - hours) > 1e-9) throw new Error(`${name} ${serial}: ${got} h, luxon ${hours} h`);
      }
    },
  );
});
