/**
 * Holidays as NETWORKDAYS.INTL takes them: a range of dates, each closing its whole (local) day.
 * Excel users type them as dates (serials) or paste them as ISO text.
 */
import type { Scalar } from '../cells';
import { parseIsoDate } from '../dates';
import { type Result, ok, problem } from './problems';

/** Serial of 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_465;

/**
 * The day serials of a holidays range, sorted and without repeats. Blank cells (null, `""`) and
 * the "no date" sentinels 0 and 1 (SPEC §1) are skipped; a time of day is dropped, as Excel's
 * NETWORKDAYS.INTL does. Anything else is `badHoliday` naming the cell.
 *
 * @example
 * parseHolidays([[46_016], ['2025-12-26'], [null]]) //=> { ok: true, value: [46016, 46017] }
 * parseHolidays([['Christmas']]) //=> { ok: false, problem: { key: 'badHoliday', text: 'Christmas', row: 0, column: 0 } }
 */
export function parseHolidays(grid: readonly (readonly Scalar[])[]): Result<number[]> {
  const days = new Set<number>();
  for (let row = 0; row < grid.length; row++) {
    const cells = grid[row]!;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column]!;
      if (cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
      const serial = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseIsoDate(cell) : undefined;
      if (serial === 0 || serial === 1) continue;
      if (serial === undefined || !(serial > 1 && serial <= LAST_SERIAL))
        return problem('badHoliday', String(cell), { row, column });
      days.add(Math.floor(serial));
    }
  }
  return ok([...days].sort((a, b) => a - b));
}
