/**
 * The week both forms of `business_hours` (text and grid) come down to, checked once in one place:
 * per day, sorted open ranges that neither overlap nor touch (touching ranges are merged, so
 * `8-12, 12-18` is `8-18`), and at least some open time in the week.
 */
import { type Result, ok, problem } from './problems';
import { MINUTES_PER_DAY } from './timeOfDay';
import type { Zone } from './zone';

/** Opening and closing, in minutes since midnight (0 … 1440), opening before closing. */
export type OpenRange = readonly [open: number, close: number];

export interface BusinessHours {
  /** Seven days, 0 = Monday … 6 = Sunday, each its open ranges in order (none = closed). */
  readonly week: readonly (readonly OpenRange[])[];
  /** The calendar's time zone; null = wall-clock time, no daylight saving. */
  readonly zone: Zone | null;
}

/** A range as read, with the text or cell it came from for problems. */
export interface RangeEntry {
  readonly day: number;
  readonly range: OpenRange;
  readonly text: string;
}

/**
 * Seven days of open ranges from the ranges as read, or the first `overlap` / `neverOpen` problem.
 *
 * @example
 * buildWeek([{ day: 0, range: [480, 720], text: '8-12' }, { day: 0, range: [720, 1080], text: '12-18' }], null)
 * //=> { ok: true, value: { week: [[[480, 1080]], [], [], [], [], [], []], zone: null } }
 */
export function buildWeek(entries: readonly RangeEntry[], zone: Zone | null): Result<BusinessHours> {
  const week: OpenRange[][] = [[], [], [], [], [], [], []];
  for (let day = 0; day < 7; day++) {
    const mine = entries.filter((e) => e.day === day).sort((a, b) => a.range[0] - b.range[0]);
    for (const e of mine) {
      const ranges = week[day]!;
      const last = ranges[ranges.length - 1];
      if (last && e.range[0] < last[1]) return problem('overlap', e.text, { day });
      if (last && e.range[0] === last[1]) ranges[ranges.length - 1] = [last[0], e.range[1]];
      else ranges.push(e.range);
    }
  }
  if (week.every((ranges) => ranges.length === 0)) return problem('neverOpen', '');
  return ok({ week, zone });
}

/**
 * Every day open from midnight to midnight: the default `24x7`.
 *
 * @example
 * alwaysOpen(null) //=> { week: [[[0, 1440]], …7 days], zone: null }
 */
export const alwaysOpen = (zone: Zone | null): BusinessHours => ({
  week: Array.from({ length: 7 }, () => [[0, MINUTES_PER_DAY] as const]),
  zone,
});
