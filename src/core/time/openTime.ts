/**
 * Open time on the calendar's wall clock, the hot path of every business-hours duration: the open
 * milliseconds from a fixed origin to a wall-clock serial, so a duration is a difference of two
 * readings. Built for 100 000 tickets per call: a table by day over the span in use gives each
 * day's open time before it (holidays included) and its kind (weekday or holiday), and the day's
 * ranges, padded to the same count for every kind, are clipped with min/max — no division, no
 * data-dependent branch, no allocation per timestamp. Milliseconds keep readings exact for times
 * on whole seconds, so 8:00 to 9:00 is exactly one hour and an SLA of 1 h is met.
 */
import type { OpenRange } from './week';
import { roundHalfUp } from '../roundHalfUp';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Serial 2 (1900-01-01) was a Monday. */
const MONDAY_SERIAL = 2;
/** Kind of a holiday in the tables; 0 … 6 are Monday … Sunday. */
const HOLIDAY = 7;
/** The table grows by at least a year each side of a day it lacks, up to about a century in all. */
const TABLE_MARGIN_DAYS = 366;
const TABLE_MAX_DAYS = 40_000;

/** Day of the week of a day serial, 0 = Monday. */
const weekday = (day: number): number => (((day - MONDAY_SERIAL) % 7) + 7) % 7;

/** Open time of a week and its holidays; see the top of the file. */
export class OpenTime {
  /** Ranges per day kind (the most any weekday has, at least 1); shorter days are padded with empty ranges. */
  private readonly perDay: number;
  /** Opening and closing (ms since midnight) of kind k's ranges at `k * perDay …`. */
  private readonly opens: Float64Array;
  private readonly closes: Float64Array;
  /** Open ms of each kind of day, and of the weekdays before each weekday. */
  private readonly dayOpen = new Float64Array(8);
  private readonly weekPrefix = new Float64Array(8);
  /** Holidays (on open weekdays) from `holidayBase` on: open ms lost before each day, and 1 on the holidays. */
  private readonly holidayBase: number;
  private readonly holidayLost: Float64Array;
  private readonly holidayClosed: Uint8Array;
  private readonly holidayLostTotal: number;
  /** The table by day from `tableBase`: open ms before each day, and the day's kind. */
  private tableBase = 0;
  private tableStart = new Float64Array(0);
  private tableKind = new Uint8Array(0);

  constructor(week: readonly (readonly OpenRange[])[], holidays: readonly number[]) {
    this.perDay = Math.max(1, ...week.map((day) => day.length));
    this.opens = new Float64Array(8 * this.perDay);
    this.closes = new Float64Array(8 * this.perDay);
    week.forEach((ranges, w) =>
      ranges.forEach(([open, close], j) => {
        this.opens[w * this.perDay + j] = open * MS_PER_MINUTE;
        this.closes[w * this.perDay + j] = close * MS_PER_MINUTE;
        this.dayOpen[w] = this.dayOpen[w]! + (close - open) * MS_PER_MINUTE;
      }),
    );
    for (let w = 0; w < 7; w++) this.weekPrefix[w + 1] = this.weekPrefix[w]! + this.dayOpen[w]!;

    // Holidays on closed weekdays change nothing; the others get a table over their span.
    const lost = holidays.filter((d) => this.dayOpen[weekday(d)]! > 0);
    this.holidayBase = lost.length ? lost[0]! : 0;
    const span = lost.length ? lost[lost.length - 1]! - lost[0]! + 1 : 0;
    this.holidayLost = new Float64Array(span);
    this.holidayClosed = new Uint8Array(span);
    let total = 0;
    for (let i = 0, next = 0; i < span; i++) {
      this.holidayLost[i] = total;
      if (lost[next] === this.holidayBase + i) {
        this.holidayClosed[i] = 1;
        total += this.dayOpen[weekday(lost[next]!)]!;
        next++;
      }
    }
    this.holidayLostTotal = total;
  }

  /** True when every day is open 24 hours and no holiday closes one. */
  get alwaysOpen(): boolean {
    return this.holidayLost.length === 0 && this.weekPrefix[7] === 7 * MS_PER_DAY;
  }

  /**
   * Open milliseconds from the origin to a wall-clock serial.
   *
   * @example
   * const office = new OpenTime(mondayToFriday8to18, []);
   * office.at(serialFromParts(2025, 3, 10, 9)) - office.at(serialFromParts(2025, 3, 7, 17, 55)) //=> 3_900_000 (1 h 05)
   */
  at(t: number): number {
    const day = Math.floor(t);
    const i = day - this.tableBase;
    // The common case: a day in the table. The rest (growing it, or beyond it) is atSlow.
    if (i >= 0 && i < this.tableKind.length) return this.tableStart[i]! + this.openBefore(this.tableKind[i]!, t - day);
    return this.atSlow(t);
  }

  /** `at` for a day outside the table: grows the table, or past its limit computes the day's start. */
  private atSlow(t: number): number {
    const day = Math.floor(t);
    if (this.grow(day)) return this.at(t);
    return this.dayStart(day) + this.openBefore(this.kindOf(day), t - day);
  }

  /** Open ms of a day of this kind before the given time of day (a fraction of a day). */
  private openBefore(kind: number, fraction: number): number {
    // To the millisecond, so 8:00 stored as 0.33333… is exactly 28 800 000.
    const ms = Math.floor(fraction * MS_PER_DAY + 0.5);
    let open = 0;
    for (let j = kind * this.perDay, end = j + this.perDay; j < end; j++)
      open += Math.max(0, Math.min(ms, this.closes[j]!) - this.opens[j]!);
    return open;
  }

  /** Weekday of a day serial, or HOLIDAY. */
  private kindOf(day: number): number {
    const h = day - this.holidayBase;
    return h >= 0 && h < this.holidayClosed.length && this.holidayClosed[h] === 1 ? HOLIDAY : weekday(day);
  }

  /** Open ms from the origin to the start of a day, by arithmetic (what the table holds). */
  private dayStart(day: number): number {
    const k = day - MONDAY_SERIAL;
    const weeks = Math.floor(k / 7);
    const h = day - this.holidayBase;
    const lost = h < 0 ? 0 : h < this.holidayLost.length ? this.holidayLost[h]! : this.holidayLostTotal;
    return weeks * this.weekPrefix[7]! + this.weekPrefix[k - 7 * weeks]! - lost;
  }

  /** Extends the table to cover a day, unless that would take it beyond TABLE_MAX_DAYS. */
  private grow(day: number): boolean {
    if (!Number.isFinite(day)) return false;
    const empty = this.tableKind.length === 0;
    const from = Math.min(empty ? day : this.tableBase, day - TABLE_MARGIN_DAYS);
    const to = Math.max(empty ? day : this.tableBase + this.tableKind.length, day + TABLE_MARGIN_DAYS);
    if (to - from > TABLE_MAX_DAYS) return false;
    this.tableBase = from;
    this.tableStart = new Float64Array(to - from);
    this.tableKind = new Uint8Array(to - from);
    for (let i = 0, start = this.dayStart(from); i < to - from; i++) {
      const kind = this.kindOf(from + i);
      this.tableStart[i] = start;
      this.tableKind[i] = kind;
      start += this.dayOpen[kind]!;
    }
    return true;
  }

  /**
   * The first open wall-clock serial at or after t (t itself when open); Infinity when the week
   * has no open time.
   *
   * @example
   * office.nextOpen(serialFromParts(2025, 3, 8, 10)) //=> serialFromParts(2025, 3, 10, 8) (Saturday → Monday 8:00)
   */
  nextOpen(t: number): number {
    let day = Math.floor(t);
    let ms = roundHalfUp((t - day) * MS_PER_DAY);
    // Past the last holiday, any week holds an opening.
    const last = Math.max(day, this.holidayBase + this.holidayClosed.length) + 7;
    for (let first = true; day <= last; day++, ms = 0, first = false) {
      const kind = this.kindOf(day);
      for (let j = kind * this.perDay, end = j + this.perDay; j < end; j++) {
        const open = this.opens[j]!;
        const close = this.closes[j]!;
        if (close <= ms || close === open) continue;
        return first && open <= ms ? t : day + Math.max(open, ms) / MS_PER_DAY;
      }
    }
    return Infinity;
  }
}
