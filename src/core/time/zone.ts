/**
 * The time zone a calendar may end with, and its UTC offsets over time. Offsets come from the
 * platform's `Intl` (full ICU in Node and in the browsers Excel runs on), sampled over the span in
 * use and kept as a short list of transitions with tables by day: converting a timestamp is a table
 * read, never an `Intl` call per ticket.
 */
import { type Result, ok, problem } from './problems';

/** An IANA zone (`Europe/Paris`, canonical spelling) or a fixed offset east of UTC, in minutes. */
export type Zone =
  { readonly kind: 'iana'; readonly name: string } | { readonly kind: 'offset'; readonly minutes: number };

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const MAX_OFFSET_MINUTES = 14 * 60;

const AREAS =
  'Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Brazil|Chile|Mexico';
const IANA = new RegExp(`(?:^|\\s)((?:${AREAS})(?:/[A-Za-z0-9_+-]+)+)\\s*$`, 'i');
const NAMED_OFFSET = /(?:^|\s)\(?((?:UTC|GMT)\s*(?:[+\-−]\s*\d{1,2}(?:[:h.]?\d{2})?)?)\)?\s*$/i;
const BARE_OFFSET = /\s([+\-−]\d{2}:?\d{2})\s*$/;
const OFFSET_PARTS = /([+\-−])\s*(\d{1,2})(?:[:h.]?(\d{2}))?$/;

/**
 * Splits a trailing time zone off opening hours. `bare` is true for a bare offset (`+01:00`),
 * which could also be the end of a time range written with spaces (`8:00 -18:00`), so the caller
 * may try the text without splitting.
 *
 * @example
 * splitZone('Mon-Fri 8-18 Europe/Paris') //=> { rest: 'Mon-Fri 8-18', zone: 'Europe/Paris', bare: false }
 * splitZone('Mon-Fri 8-18') //=> undefined
 */
export function splitZone(text: string): { rest: string; zone: string; bare: boolean } | undefined {
  const m = IANA.exec(text) ?? NAMED_OFFSET.exec(text);
  if (m) return { rest: text.slice(0, m.index).trim(), zone: m[1]!.trim(), bare: false };
  const b = BARE_OFFSET.exec(text);
  return b ? { rest: text.slice(0, b.index).trim(), zone: b[1]!, bare: true } : undefined;
}

/**
 * A zone's text (`Europe/Paris`, `UTC+1`, `GMT-5`, `+01:00`, `UTC`) as a Zone, or `unknownZone`.
 *
 * @example
 * readZone('europe/paris') //=> { ok: true, value: { kind: 'iana', name: 'Europe/Paris' } }
 * readZone('UTC+5:30') //=> { ok: true, value: { kind: 'offset', minutes: 330 } }
 */
export function readZone(text: string): Result<Zone> {
  if (/^(?:UTC|GMT)$/i.test(text)) return ok({ kind: 'offset', minutes: 0 });
  if (/^(?:UTC|GMT)?\s*[+\-−]/i.test(text)) {
    const m = OFFSET_PARTS.exec(text);
    const minutes = m ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : NaN;
    return Math.abs(minutes) <= MAX_OFFSET_MINUTES && Number(m?.[3] ?? 0) < 60
      ? ok({ kind: 'offset', minutes })
      : problem('unknownZone', text);
  }
  try {
    return ok({ kind: 'iana', name: new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone });
  } catch {
    return problem('unknownZone', text);
  }
}

/**
 * A function giving a zone's offset (in days) at a UTC serial, through `Intl`: slow, so only
 * Transitions calls it, a few hundred times per calendar.
 *
 * @example
 * intlOffset('Europe/Paris')(serialFromParts(2025, 7, 1)) //=> 2 / 24
 */
export function intlOffset(zone: string): (utcSerial: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (serial) => {
    const ms = Math.floor(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY) / 1000) * 1000;
    const part: Record<string, number> = {};
    for (const p of format.formatToParts(ms)) part[p.type] = Number(p.value);
    const local = Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute, part.second);
    return (local - ms) / MS_PER_DAY;
  };
}

/**
 * The transitions of each IANA zone met, kept from call to call: they are facts of the zone, and
 * finding them through `Intl` (two formatters and a few hundred calls) cost every call of a zoned
 * function more than a millisecond. Calendars share them: each checks their version before it
 * reads them (Calendar.cover).
 */
const knownZones = new Map<string, Transitions>();

/** The transitions of an IANA zone (canonical name), found once per zone. */
export function zoneTransitions(zone: string): Transitions {
  let transitions = knownZones.get(zone);
  if (transitions === undefined) knownZones.set(zone, (transitions = new Transitions(intlOffset(zone))));
  return transitions;
}

const SECONDS_PER_DAY = 86_400;
/**
 * Offsets are sampled a week apart (`Intl` is slow: a few microseconds a call) and a change is
 * then located by bisection. Two changes less than a week apart would be missed; zones change a
 * few times a year at most, weeks apart.
 */
const SAMPLE_DAYS = 7;
/** A millisecond in days: serials computed two ways may differ in their last bits. */
const EPSILON_DAYS = 1 / MS_PER_DAY;
/** Serials of 1900-01-01 and 2200-01-01: the years whose transitions are looked up at most. */
const FIRST_SCANNED = 2;
const LAST_SCANNED = 109_575;
/** How far the known span reaches beyond a timestamp asked about, in days, so neighbours need no new scan. */
const MARGIN_DAYS = 400;

/**
 * The transitions of an IANA zone over a span of UTC serials that grows to cover the timestamps
 * asked about, located to the second.
 */
export class Transitions {
  /** UTC serials of the transitions, ascending. */
  readonly at: number[] = [];
  /** Offsets in days before and after each transition. */
  readonly before: number[] = [];
  readonly after: number[] = [];
  /** Offset in days at the start of the span, before the first transition. */
  first = 0;
  /** Bumped whenever the lists change, so dependent tables know to rebuild. */
  version = 0;
  private lo = 0;
  private hi = 0;
  /**
   * Tables by day from `lo`, so a lookup needs no search: transitions before each UTC day and the
   * instant of the one within it (NaN if none); transitions whose wall-clock window (skipped or
   * repeated time) ended before each local day, as `~count` for a day a window touches (the few
   * days a year where localWindow must look closer).
   */
  private dayCount = new Int32Array(1);
  private dayChange = new Float64Array(1).fill(NaN);
  private localCount = new Int32Array(1);

  constructor(private readonly offsetAt: (utcSerial: number) => number) {}

  /**
   * Makes the span cover `[from, to]` (UTC serials).
   *
   * @example
   * const t = new Transitions(intlOffset('Europe/Paris'));
   * t.cover(45_658, 46_022); // 2025: t.at holds 2025-03-30 01:00 and 2025-10-26 01:00 UTC
   */
  cover(from: number, to: number): void {
    // Beyond the years scanned the offsets stay those at the ends (a typo'd year 9999 costs nothing).
    from = Math.min(Math.max(from, FIRST_SCANNED), LAST_SCANNED);
    to = Math.min(Math.max(to, FIRST_SCANNED), LAST_SCANNED);
    if (this.hi > this.lo && from >= this.lo && to < this.hi) return;
    if (this.hi === this.lo) {
      this.lo = Math.floor(from) - MARGIN_DAYS;
      this.hi = this.lo;
      this.first = this.offsetAt(this.lo);
    }
    if (from < this.lo) {
      // Earlier years go in front: scan them, then put the known transitions back after them.
      const known = [this.at.splice(0), this.before.splice(0), this.after.splice(0)] as const;
      const lo = Math.floor(from) - MARGIN_DAYS;
      this.first = this.offsetAt(lo);
      this.scan(lo, this.lo, this.first);
      this.at.push(...known[0]);
      this.before.push(...known[1]);
      this.after.push(...known[2]);
      this.lo = lo;
    }
    if (to >= this.hi) {
      const hi = Math.floor(to) + MARGIN_DAYS;
      this.scan(this.hi, hi, this.offsetAfter(this.at.length));
      this.hi = hi;
    }
    this.buildTables();
    this.version++;
  }

  private buildTables(): void {
    const days = this.hi - this.lo;
    this.dayCount = new Int32Array(days);
    this.dayChange = new Float64Array(days).fill(NaN);
    this.localCount = new Int32Array(days);
    for (let u = 0, utc = 0, local = 0; u < days; u++) {
      while (utc < this.at.length && this.at[utc]! < this.lo + u) utc++;
      while (local < this.at.length && this.windowEnd(local) <= this.lo + u) local++;
      this.dayCount[u] = utc;
      if (utc < this.at.length && this.at[utc]! < this.lo + u + 1) this.dayChange[u] = this.at[utc]!;
      this.localCount[u] = local;
    }
    // A window, widened by the rounding localWindow allows either side, makes each day it touches one to look at closely.
    for (let j = 0; j < this.at.length; j++) {
      const from = Math.floor(this.windowStart(j) - 2 * EPSILON_DAYS) - this.lo;
      const to = Math.floor(this.windowEnd(j) + 2 * EPSILON_DAYS) - this.lo;
      for (let u = Math.max(from, 0); u <= Math.min(to, days - 1); u++)
        if (this.localCount[u]! >= 0) this.localCount[u] = ~this.localCount[u]!;
    }
  }

  /** The wall-clock serial where transition j's skipped or repeated time starts. */
  private windowStart(j: number): number {
    return this.at[j]! + Math.min(this.before[j]!, this.after[j]!);
  }

  /** The wall-clock serial where transition j's skipped or repeated time ends. */
  private windowEnd(j: number): number {
    return this.at[j]! + Math.max(this.before[j]!, this.after[j]!);
  }

  /** Index of a serial's day in the tables, clamped to them (beyond the span, the known transitions are all before or all after). */
  private dayIndex(serial: number): number {
    const u = Math.floor(serial) - this.lo;
    return u < 0 ? 0 : u >= this.dayCount.length ? this.dayCount.length - 1 : u;
  }

  /** Number of transitions at or before a UTC serial (within the covered span). */
  countUpTo(utcSerial: number): number {
    const u = this.dayIndex(utcSerial);
    return this.dayCount[u]! + (utcSerial >= this.dayChange[u]! ? 1 : 0);
  }

  /**
   * Where a wall-clock serial stands among the transitions: how many it has passed (their skipped or
   * repeated time all behind it), or `~j` (negative) when it falls within transition j's skipped or
   * repeated time. Ends of the windows are compared a millisecond early, so a serial that lands a
   * rounding error short of 03:00 is still 03:00.
   */
  localWindow(local: number): number {
    const count = this.localCount[this.dayIndex(local)]!;
    // On a day no window touches, every wall-clock time has passed the same transitions.
    if (count >= 0) return count;
    // Windows are hours long and months apart: at most one more ends within the day.
    let j = ~count;
    const { at } = this;
    while (j < at.length && this.windowEnd(j) - EPSILON_DAYS <= local) j++;
    return j < at.length && local >= this.windowStart(j) - EPSILON_DAYS ? ~j : j;
  }

  /**
   * The UTC serial of a wall-clock serial, as Temporal's "compatible" disambiguation does: a time
   * repeated when clocks go back is its first occurrence; a time skipped when they go forward is
   * read with the offset before the change (so 02:30 in a 02:00→03:00 gap is 03:30).
   */
  utcOf(local: number): number {
    const w = this.localWindow(local);
    return local - (w < 0 ? this.before[~w]! : this.offsetAfter(w));
  }

  /** Offset in days after `count` transitions. */
  offsetAfter(count: number): number {
    return count === 0 ? this.first : this.after[count - 1]!;
  }

  /** Appends the transitions in UTC days `[from, to)`, given the offset at `from`. */
  private scan(from: number, to: number, offset: number): void {
    let previous = offset;
    for (let start = from; start < to; start += SAMPLE_DAYS) {
      const end = Math.min(start + SAMPLE_DAYS, to);
      const next = this.offsetAt(end);
      if (next === previous) continue;
      // Bisect in whole seconds: the offset is `previous` at `lo`, `next` at `hi`.
      let lo = 0;
      let hi = (end - start) * SECONDS_PER_DAY;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.offsetAt(start + mid / SECONDS_PER_DAY) === previous) lo = mid;
        else hi = mid;
      }
      this.at.push(start + hi / SECONDS_PER_DAY);
      this.before.push(previous);
      this.after.push(next);
      previous = next;
    }
  }
}
