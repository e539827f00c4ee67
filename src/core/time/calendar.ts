/**
 * The clock of an MSP contract (SPEC §2.3): business hours between two timestamps, counted for
 * 100 000 tickets at little more than the cost of a subtraction. Everything that does not depend on
 * the ticket is precomputed once per calendar, so one timestamp costs a few arithmetic operations:
 *
 * - `wallMinutes(t)` is the open time (in minutes) from a fixed origin to the wall-clock serial t:
 *   whole weeks × open minutes per week, plus the weekday's prefix, minus the holidays before t
 *   (a table by day over the holidays' span), plus the open part of t's own day (its one or two
 *   ranges). A duration is the difference of two such readings.
 * - With a time zone, timestamps are UTC serials and the reading is taken on the local wall clock,
 *   less a correction per daylight-saving transition passed (the open wall-clock time that was
 *   skipped, or counted twice, at that change). An instant is open when the wall clock then reads
 *   an open time, so a 24x7 day of spring-forward has 23 hours. Offsets and corrections are
 *   per-calendar lists searched by bisection; no `Intl` call per ticket.
 */
import type { Scalar } from '../cells';
import { parseHoursGrid } from './hoursGrid';
import { parseHoursText } from './hoursText';
import { type Result, ok } from './problems';
import { MINUTES_PER_DAY } from './timeOfDay';
import { type BusinessHours, alwaysOpen } from './week';
import { Transitions, intlOffset } from './zone';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Serial 2 (1900-01-01) was a Monday. */
const MONDAY_SERIAL = 2;

/** A compiled calendar: build it once per `business_hours` and `holidays` with makeCalendar. */
export class Calendar {
  /** Open minutes of a whole week, and before each weekday (8 entries, Monday first). */
  readonly weekTotal: number;
  readonly weekPrefix = new Float64Array(8);
  /** Open ranges of all weekdays in one flat list; weekday w owns `firstRange[w] … firstRange[w + 1] - 1`. */
  readonly firstRange = new Int32Array(8);
  readonly opens: Float64Array;
  readonly closes: Float64Array;
  /** Holidays as a table by day from `holidayBase`: open minutes lost before each day, and whether the day is closed. */
  readonly holidayBase: number;
  readonly holidayLost: Float64Array;
  readonly holidayClosed: Uint8Array;
  readonly holidayLostTotal: number;
  /** Fixed offset from UTC in days (0 without a zone); the IANA zone's transitions otherwise. */
  readonly fixedOffset: number;
  readonly transitions: Transitions | null;
  /** Correction (minutes) after k transitions, rebuilt when the transitions' span grows. */
  private corrections = new Float64Array(1);
  private correctionsVersion = -1;
  /** 24x7, no holidays, no zone: business hours are the plain difference. */
  readonly wallClock: boolean;

  constructor(
    readonly hours: BusinessHours,
    holidays: readonly number[],
  ) {
    const ranges = hours.week.flat();
    this.opens = Float64Array.from(ranges, (r) => r[0]);
    this.closes = Float64Array.from(ranges, (r) => r[1]);
    const dayTotals = hours.week.map((day) => day.reduce((s, [open, close]) => s + close - open, 0));
    for (let w = 0; w < 7; w++) {
      this.weekPrefix[w + 1] = this.weekPrefix[w]! + dayTotals[w]!;
      this.firstRange[w + 1] = this.firstRange[w]! + hours.week[w]!.length;
    }
    this.weekTotal = this.weekPrefix[7]!;

    // Holidays on closed weekdays change nothing; the others get a table over their span.
    const lost = holidays.filter((d) => dayTotals[weekday(d)]! > 0);
    this.holidayBase = lost.length ? lost[0]! : Infinity;
    const span = lost.length ? lost[lost.length - 1]! - lost[0]! + 1 : 0;
    this.holidayLost = new Float64Array(span);
    this.holidayClosed = new Uint8Array(span);
    let total = 0;
    let next = 0;
    for (let i = 0; i < span; i++) {
      this.holidayLost[i] = total;
      if (lost[next] === this.holidayBase + i) {
        this.holidayClosed[i] = 1;
        total += dayTotals[weekday(lost[next]!)]!;
        next++;
      }
    }
    this.holidayLostTotal = total;

    const zone = hours.zone;
    this.fixedOffset = zone?.kind === 'offset' ? zone.minutes / MINUTES_PER_DAY : 0;
    this.transitions = zone?.kind === 'iana' ? new Transitions(intlOffset(zone.name)) : null;
    this.wallClock =
      zone === null &&
      span === 0 &&
      hours.week.every((day) => day.length === 1 && day[0]![0] === 0 && day[0]![1] === MINUTES_PER_DAY);
  }

  /** Open minutes from the origin to a wall-clock serial. */
  wallMinutes(t: number): number {
    const d = Math.floor(t);
    // The time of day to the millisecond, so 8:00 stored as 0.33333… is exactly 480.
    const m = Math.round((t - d) * MS_PER_DAY) / MS_PER_MINUTE;
    const k = d - MONDAY_SERIAL;
    const q = Math.floor(k / 7);
    const w = k - 7 * q;
    let minutes = q * this.weekTotal + this.weekPrefix[w]!;
    const h = d - this.holidayBase;
    if (h >= 0) {
      if (h < this.holidayLost.length) {
        minutes -= this.holidayLost[h]!;
        if (this.holidayClosed[h] === 1) return minutes;
      } else minutes -= this.holidayLostTotal;
    }
    const opens = this.opens;
    const closes = this.closes;
    for (let i = this.firstRange[w]!, end = this.firstRange[w + 1]!; i < end; i++) {
      const open = opens[i]!;
      if (m <= open) break;
      const close = closes[i]!;
      minutes += (m < close ? m : close) - open;
    }
    return minutes;
  }

  /** Open minutes from the origin to a calendar time; `cover` must have been called for it. */
  clockMinutes(x: number): number {
    const tr = this.transitions;
    if (tr === null) return this.wallMinutes(x + this.fixedOffset);
    const k = tr.countUpTo(x);
    return this.wallMinutes(x + tr.offsetAfter(k)) - this.corrections[k]!;
  }

  /** Makes the zone's transitions span `[from, to]` (UTC serials) and the corrections match them. */
  cover(from: number, to: number): void {
    const tr = this.transitions;
    if (tr === null) return;
    tr.cover(from, to);
    if (tr.version === this.correctionsVersion) return;
    const c = new Float64Array(tr.at.length + 1);
    for (let k = 0; k < tr.at.length; k++) {
      const at = tr.at[k]!;
      c[k + 1] = c[k]! + this.wallMinutes(at + tr.after[k]!) - this.wallMinutes(at + tr.before[k]!);
    }
    this.corrections = c;
    this.correctionsVersion = tr.version;
  }

  /** The first open wall-clock serial at or after t (t itself when open); Infinity if the calendar never opens again. */
  nextOpenWall(t: number): number {
    let d = Math.floor(t);
    let m = Math.round((t - d) * MS_PER_DAY) / MS_PER_MINUTE;
    // Past the last holiday, any week holds an opening.
    const last = Math.max(d, this.holidayBase + this.holidayClosed.length) + 7;
    for (let n = 0; d <= last; n++, d++, m = 0) {
      const h = d - this.holidayBase;
      if (h >= 0 && h < this.holidayClosed.length && this.holidayClosed[h] === 1) continue;
      const w = weekday(d);
      for (let i = this.firstRange[w]!, end = this.firstRange[w + 1]!; i < end; i++) {
        if (this.closes[i]! <= m) continue;
        const open = this.opens[i]!;
        return n === 0 && open <= m ? t : d + Math.max(open, m) / MINUTES_PER_DAY;
      }
    }
    return Infinity;
  }
}

/** Day of the week of a serial, 0 = Monday. */
function weekday(serial: number): number {
  return (((Math.floor(serial) - MONDAY_SERIAL) % 7) + 7) % 7;
}

/**
 * Reads a `business_hours` argument: text (SPEC §2.3), a 7 × 2 grid, or nothing (null or blank
 * text: 24x7 wall-clock time).
 *
 * @example
 * parseBusinessHours('Mon-Fri 08:00-18:00 Europe/Paris') //=> { ok: true, value: { week, zone: { kind: 'iana', name: 'Europe/Paris' } } }
 * parseBusinessHours(null) //=> { ok: true, value: 24x7, zone: null }
 */
export function parseBusinessHours(input: string | readonly (readonly Scalar[])[] | null): Result<BusinessHours> {
  if (input === null) return ok(alwaysOpen(null));
  return typeof input === 'string' ? parseHoursText(input) : parseHoursGrid(input);
}

/**
 * A calendar ready for durations. Build it once per call of a function (or cache it per argument
 * text), not per ticket: it precomputes tables for its week and holidays.
 *
 * @example
 * const hours = parseBusinessHours('Mon-Fri 08:00-18:00');
 * const holidays = parseHolidays([[46_016]]);
 * if (hours.ok && holidays.ok) makeCalendar(hours.value, holidays.value);
 */
export function makeCalendar(hours: BusinessHours, holidays: readonly number[] = []): Calendar {
  return new Calendar(hours, holidays);
}

/**
 * True when business hours are the plain wall-clock difference (24x7, no holidays, no time zone):
 * callers can then compute `(end - start) * 24` and skip the calendar.
 *
 * @example
 * isWallClock(makeCalendar(alwaysOpen(null))) //=> true
 * isWallClock(makeCalendar(mondayToFriday)) //=> false
 */
export function isWallClock(calendar: Calendar): boolean {
  return calendar.wallClock;
}

/**
 * A timestamp as the calendar counts it. `serial` is an Excel serial read as local wall-clock time
 * of the calendar, or, when `utc` is true (the text carried `Z` or an offset, already converted to
 * UTC), a UTC instant. With an IANA zone the result is the UTC instant (a wall-clock time skipped
 * by a daylight-saving change is read with the offset before it, a repeated one is its first
 * occurrence); with a fixed offset likewise; without a zone the serial is returned unchanged
 * (wall-clock arithmetic, UTC instants taken as they are). Compare two calendar times to check that
 * an end is not before its start.
 *
 * @example
 * const paris = makeCalendar(parseBusinessHours('24x7 Europe/Paris').value);
 * toCalendarTime(paris, serialFromParts(2025, 3, 30, 12), false) //=> serial of 2025-03-30 10:00 UTC
 * toCalendarTime(paris, serialFromParts(2025, 3, 30, 10), true) //=> the same
 */
export function toCalendarTime(calendar: Calendar, serial: number, utc: boolean): number {
  const tr = calendar.transitions;
  if (tr === null) return calendar.fixedOffset === 0 || utc ? serial : serial - calendar.fixedOffset;
  if (utc) return serial;
  calendar.cover(serial - 1, serial + 1);
  return tr.utcOf(serial);
}

/**
 * The local wall-clock serial of a calendar time (for display, e.g. of nextOpening's result).
 *
 * @example
 * toWallClock(paris, toCalendarTime(paris, serialFromParts(2025, 7, 1, 9), false)) //=> serialFromParts(2025, 7, 1, 9)
 */
export function toWallClock(calendar: Calendar, time: number): number {
  const tr = calendar.transitions;
  if (tr === null) return time + calendar.fixedOffset;
  calendar.cover(time, time);
  return time + tr.offsetAfter(tr.countUpTo(time));
}

/**
 * Business hours between two calendar times (toCalendarTime): only open time counts, so a ticket
 * created out of hours starts its clock at the next opening, and across a daylight-saving change
 * an open period that contains it is an hour shorter or longer. The caller rejects an end before
 * its start (SPEC §2.2); given in reverse order the result is the negated duration.
 *
 * @example
 * const cal = makeCalendar(parseBusinessHours('Mon-Fri 08:00-18:00').value);
 * // Friday 2025-03-07 17:55 to Monday 09:00: 5 minutes + 1 hour
 * businessHoursBetween(cal, serialFromParts(2025, 3, 7, 17, 55), serialFromParts(2025, 3, 10, 9)) //=> 1.0833…
 */
export function businessHoursBetween(calendar: Calendar, start: number, end: number): number {
  if (calendar.transitions !== null) calendar.cover(start < end ? start : end, start < end ? end : start);
  return (calendar.clockMinutes(end) - calendar.clockMinutes(start)) / 60;
}

/**
 * When the clock of a ticket created at `time` starts: `time` itself when the calendar is open
 * then, else the next opening (a calendar time; toWallClock shows it). Infinity only for a
 * calendar with no open time at all, which parseBusinessHours never returns.
 *
 * @example
 * const cal = makeCalendar(parseBusinessHours('Mon-Fri 08:00-18:00').value);
 * nextOpening(cal, serialFromParts(2025, 3, 8, 10)) //=> serialFromParts(2025, 3, 10, 8) (Saturday → Monday 8:00)
 */
export function nextOpening(calendar: Calendar, time: number): number {
  const tr = calendar.transitions;
  if (tr === null) {
    const local = time + calendar.fixedOffset;
    const opening = calendar.nextOpenWall(local);
    return opening === local ? time : opening - calendar.fixedOffset;
  }
  calendar.cover(time, time);
  const offset = tr.offsetAfter(tr.countUpTo(time));
  const local = time + offset;
  const opening = calendar.nextOpenWall(local);
  if (opening === local) return time;
  if (opening === Infinity) return opening;
  calendar.cover(time, opening);
  // The opening's instant at the current offset, moved by each transition passed on the way (an
  // opening inside a spring-forward gap opens when the clock jumps past it).
  let instant = opening - offset;
  for (let j = tr.countUpTo(time); j < tr.at.length && tr.at[j]! <= instant; j++)
    instant = Math.max(tr.at[j]!, opening - tr.after[j]!);
  return instant;
}
