/**
 * The clock of an MSP contract (SPEC §2.3): business hours between two timestamps, cheap enough
 * to count for 100 000 tickets per call. Open time on the wall clock is OpenTime's job (tables
 * built once per calendar); this adds the time zone:
 *
 * - Without a zone, a timestamp is a wall-clock serial and a duration is the difference of two
 *   OpenTime readings.
 * - With a zone, timestamps are UTC serials and the reading is taken on the local wall clock, less
 *   a correction per daylight-saving transition passed (the open wall-clock time that was skipped,
 *   or counted twice, at that change). An instant is open when the wall clock then reads an open
 *   time, so a 24x7 day of spring-forward has 23 hours. Offsets and corrections come from
 *   tables by day kept per zone (Transitions, shared by its calendars); no `Intl` call per ticket.
 */
import type { Scalar } from '../cells';
import { parseHoursGrid } from './hoursGrid';
import { parseHoursText } from './hoursText';
import { OpenTime } from './openTime';
import { type Result, ok, problem } from './problems';
import { MINUTES_PER_DAY } from './timeOfDay';
import { type BusinessHours, alwaysOpen } from './week';
import { type Transitions, zoneTransitions } from './zone';
import { workingArray } from '../workingMemory';

const MS_PER_HOUR = 3_600_000;

/** A compiled calendar: build it once per `business_hours` and `holidays` with makeCalendar. */
export class Calendar {
  readonly open: OpenTime;
  /** Fixed offset from UTC in days (0 without a zone); the IANA zone's transitions otherwise. */
  readonly fixedOffset: number;
  readonly transitions: Transitions | null;
  /** Correction (ms) after k transitions, rebuilt when the transitions' span grows. */
  private corrections = new Float64Array(1);
  private correctionsVersion = -1;
  /** 24x7, no holidays, no zone: business hours are the plain difference. */
  readonly wallClock: boolean;

  constructor(
    readonly hours: BusinessHours,
    holidays: readonly number[],
  ) {
    this.open = new OpenTime(hours.week, holidays);
    const zone = hours.zone;
    this.fixedOffset = zone?.kind === 'offset' ? zone.minutes / MINUTES_PER_DAY : 0;
    this.transitions = zone?.kind === 'iana' ? zoneTransitions(zone.name) : null;
    this.wallClock = zone === null && this.open.alwaysOpen;
  }

  /** Open ms from the origin to a calendar time; `cover` must have been called for it. */
  clockMs(x: number): number {
    const tr = this.transitions;
    if (tr === null) return this.open.at(x + this.fixedOffset);
    const k = tr.countUpTo(x);
    return this.open.at(x + tr.offsetAfter(k)) - this.corrections[k]!;
  }

  /**
   * clockMs of a timestamp as a table holds it: an instant (a UTC serial), or a wall-clock serial of
   * the calendar. A wall-clock reading outside a transition's skipped or repeated time is the open
   * time at that reading less the corrections of the transitions it has passed, which is what
   * clockMs gives for its instant, without the round trip through UTC; within one, it goes through
   * its instant (toCalendarTime's reading). `cover` must have been called for it.
   */
  stampClockMs(serial: number, instant: boolean): number {
    const tr = this.transitions;
    if (instant) return this.clockMs(serial);
    if (tr === null) return this.open.at(serial);
    const w = tr.localWindow(serial);
    return w >= 0 ? this.open.at(serial) - this.corrections[w]! : this.clockMs(tr.utcOf(serial));
  }

  /** Makes the zone's transitions span `[from, to]` (UTC serials) and the corrections match them. */
  cover(from: number, to: number): void {
    const tr = this.transitions;
    // A blank timestamp (NaN) reads as NaN; it must not stretch the span.
    if (tr === null || !Number.isFinite(from) || !Number.isFinite(to)) return;
    tr.cover(from, to);
    if (tr.version === this.correctionsVersion) return;
    const c = new Float64Array(tr.at.length + 1);
    for (let k = 0; k < tr.at.length; k++) {
      const at = tr.at[k]!;
      c[k + 1] = c[k]! + this.open.at(at + tr.after[k]!) - this.open.at(at + tr.before[k]!);
    }
    this.corrections = c;
    this.correctionsVersion = tr.version;
  }
}

/**
 * Reads a `business_hours` argument: text (SPEC §2.3), a 7 × 2 grid, or nothing (null or blank
 * text: 24x7 wall-clock time). A number or a boolean is `unexpected`.
 *
 * @example
 * parseBusinessHours('Mon-Fri 08:00-18:00 Europe/Paris') //=> { ok: true, value: { week, zone: { kind: 'iana', name: 'Europe/Paris' } } }
 * parseBusinessHours(null) //=> { ok: true, value: { week: 24x7, zone: null } }
 * parseBusinessHours(8) //=> { ok: false, problem: { key: 'unexpected', text: '8' } }
 */
export function parseBusinessHours(input: Scalar | readonly (readonly Scalar[])[]): Result<BusinessHours> {
  if (input === null) return ok(alwaysOpen(null));
  if (typeof input === 'string') return parseHoursText(input);
  return typeof input === 'object' ? parseHoursGrid(input) : problem('unexpected', String(input));
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
  return (calendar.clockMs(end) - calendar.clockMs(start)) / MS_PER_HOUR;
}

/** Which timestamps of a pair of columns are instants (their text carried `Z` or an offset): per row, a bit for each column. */
export interface InstantBits {
  readonly bits: Uint8Array;
  readonly start: number;
  readonly end: number;
}

/**
 * businessHoursBetween for whole columns of timestamps as the ticket table holds them (Excel
 * serials, NaN where blank): each a wall-clock time of the calendar, or an instant where `instants`
 * says so, as toCalendarTime reads them. One loop with no call per ticket outside the calendar, a
 * zone's span covered once, and a local timestamp read on the zone's wall clock directly, without
 * the round trip through UTC (see Calendar.stampClockMs). NaN in either column gives NaN. Inside an
 * evaluation the column is working memory (megabytes per call otherwise, a sixth of a zoned
 * MSP.TTR): not to be kept beyond it.
 *
 * @example
 * const cal = makeCalendar(parseBusinessHours('Mon-Fri 08:00-18:00').value);
 * businessHoursColumn(cal, Float64Array.of(fri1755, NaN), Float64Array.of(mon0900, mon0900)) //=> Float64Array [1.0833…, NaN]
 */
export function businessHoursColumn(
  calendar: Calendar,
  start: Float64Array,
  end: Float64Array,
  instants?: InstantBits,
): Float64Array {
  const n = Math.min(start.length, end.length);
  const out = workingArray(Float64Array, n);
  coverColumns(calendar, start, end, n);
  const bits = instants?.bits;
  const startBit = instants?.start ?? 0;
  const endBit = instants?.end ?? 0;
  for (let i = 0; i < n; i++) {
    const a = start[i]!;
    const b = end[i]!;
    const flags = bits ? bits[i]! : 0;
    out[i] =
      a === a && b === b
        ? (calendar.stampClockMs(b, (flags & endBit) !== 0) - calendar.stampClockMs(a, (flags & startBit) !== 0)) /
          MS_PER_HOUR
        : NaN;
  }
  return out;
}

/**
 * businessHoursColumn from each timestamp of a column to one calendar time `end` (toCalendarTime's),
 * asked ticket by ticket: for the few a caller needs (tickets still waiting at the as-of time). The
 * zone's span is covered once, and a local timestamp is read on its wall clock directly. `instant`
 * is the bit of `instants` that marks a timestamp of the column as an instant.
 *
 * @example
 * const cal = makeCalendar(parseBusinessHours('Mon-Fri 08:00-18:00').value);
 * businessHoursUntil(cal, Float64Array.of(fri1755), mon0900)(0) //=> 1.0833…
 */
export function businessHoursUntil(
  calendar: Calendar,
  start: Float64Array,
  end: number,
  instants?: { readonly bits: Uint8Array; readonly instant: number },
): (i: number) => number {
  coverColumns(calendar, start, start, start.length);
  calendar.cover(end, end);
  const endMs = calendar.clockMs(end);
  const bits = instants?.bits;
  const bit = instants?.instant ?? 0;
  return (i) => {
    const a = start[i]!;
    return a === a
      ? (endMs - calendar.stampClockMs(a, bits !== undefined && (bits[i]! & bit) !== 0)) / MS_PER_HOUR
      : NaN;
  };
}

/**
 * Makes a zoned calendar cover the first `n` timestamps of two columns, a day either side: a local
 * time's instant lies within a day of its serial. Blanks (NaN) stretch nothing.
 */
function coverColumns(calendar: Calendar, a: Float64Array, b: Float64Array, n: number): void {
  if (calendar.transitions === null) return;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < lo) lo = x;
    if (y < lo) lo = y;
    if (x > hi) hi = x;
    if (y > hi) hi = y;
  }
  if (lo <= hi) calendar.cover(lo - 1, hi + 1);
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
    const opening = calendar.open.nextOpen(local);
    return opening === local ? time : opening - calendar.fixedOffset;
  }
  calendar.cover(time, time);
  const offset = tr.offsetAfter(tr.countUpTo(time));
  const local = time + offset;
  const opening = calendar.open.nextOpen(local);
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
