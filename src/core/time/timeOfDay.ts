/**
 * Times of day as people write them in opening hours (`8`, `8:30`, `08h30`, `8.30`, `0830`, `8am`,
 * `24:00`) and as Excel stores them (a fraction of a day), both to whole minutes since midnight:
 * opening hours never need seconds, and whole minutes keep the precomputed tables exact.
 */

export const MINUTES_PER_DAY = 1440;

const WRITTEN = /^(\d{1,2})(?:[:h.](\d{2}))?h?(?:\s*([ap])\.?m\.?)?$/i;
const MILITARY = /^(\d{1,2})(\d{2})$/;

/**
 * Minutes since midnight of a written time, `undefined` when it is not a time of day. `24:00` is
 * the end of the day (1440); `12am` is midnight and `12pm` noon.
 *
 * @example
 * minutesOfText('8:30') //=> 510
 * minutesOfText('17h') //=> 1020
 * minutesOfText('6pm') //=> 1080
 * minutesOfText('25:00') //=> undefined
 */
export function minutesOfText(text: string): number | undefined {
  const m = WRITTEN.exec(text.trim()) ?? MILITARY.exec(text.trim());
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/**
 * Minutes since midnight of an Excel time (a fraction of a day, 1 = 24:00), rounded to the nearest
 * minute; `undefined` outside 0 … 1.
 *
 * @example
 * minutesOfFraction(0.375) //=> 540 (9:00)
 * minutesOfFraction(1) //=> 1440
 * minutesOfFraction(1.5) //=> undefined
 */
export function minutesOfFraction(fraction: number): number | undefined {
  if (!(fraction >= 0 && fraction <= 1)) return undefined;
  return Math.round(fraction * MINUTES_PER_DAY);
}
