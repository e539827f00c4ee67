/**
 * What can be wrong with a `business_hours` or `holidays` argument, as data rather than text: the
 * core stays free of wording, and the caller turns a key into a message in the user's language.
 * The set of keys is closed so every key can have a translation and a test.
 */

/**
 * - `unknownWord`: a word that is neither a day, a separator, a "closed" word nor a time zone (`Mox`).
 * - `unexpected`: a known word or sign in the wrong place (`Mon-Fri 8-18 - 19`).
 * - `badTime`: a time of day that does not exist (`25:00`, `8:75`, `24:30`).
 * - `incompleteRange`: a time without its closing time (`Mon 8`, `Mon 8-`).
 * - `invertedRange`: a closing time not after its opening time (`18:00-08:00`, `8-8`).
 * - `overlap`: two ranges of the same day overlap (`Mon-Fri 8-18; Fri 8-16`); `day` says which.
 * - `missingDays`: times with no day before them (`8-18`).
 * - `missingTimes`: days with no times after them (`Mon-Fri`).
 * - `neverOpen`: no open time in the whole week (`Sat closed`, a grid of blanks).
 * - `unknownZone`: an unknown IANA time zone or an offset beyond ±14 h (`Europe/Pariss`, `UTC+15`).
 * - `badGrid`: a range that is not 7 rows × 2 columns (`text` is its shape, e.g. `5×2`).
 * - `badCell`: a grid cell that is not a time of day (`row`, `column` 0-based).
 * - `badHoliday`: a holidays cell that is not a date (`row`, `column` 0-based).
 */
export type ProblemKey =
  | 'unknownWord'
  | 'unexpected'
  | 'badTime'
  | 'incompleteRange'
  | 'invertedRange'
  | 'overlap'
  | 'missingDays'
  | 'missingTimes'
  | 'neverOpen'
  | 'unknownZone'
  | 'badGrid'
  | 'badCell'
  | 'badHoliday';

export interface Problem {
  readonly key: ProblemKey;
  /** The offending text as the user wrote it (or the cell's value as text); `""` when there is none. */
  readonly text: string;
  /** `overlap`: the day, 0 = Monday … 6 = Sunday. */
  readonly day?: number;
  /** Grid problems: the cell, 0-based within the range. */
  readonly row?: number;
  readonly column?: number;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/**
 * The two ends of a Result.
 *
 * @example
 * ok(3) //=> { ok: true, value: 3 }
 * problem('badTime', '25:00') //=> { ok: false, problem: { key: 'badTime', text: '25:00' } }
 */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const problem = <T>(key: ProblemKey, text: string, where?: Omit<Problem, 'key' | 'text'>): Result<T> => ({
  ok: false,
  problem: { key, text, ...where },
});
