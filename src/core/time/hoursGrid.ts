/**
 * Business hours as a 7 × 2 range on a sheet (Monday … Sunday; opening, closing), the form an
 * Excel user fills in without learning a syntax. Cells are Excel times or written times.
 */
import type { Scalar } from '../cells';
import { type Result, problem } from './problems';
import { MINUTES_PER_DAY, minutesOfFraction, minutesOfText } from './timeOfDay';
import { type BusinessHours, type RangeEntry, buildWeek } from './week';
import { CLOSED_WORDS } from './words';
import { foldText } from '../options';

/** A cell read: minutes, blank (null, `""`, spaces or 0, as platforms hand blanks over), or a closed word. */
type CellTime = number | 'blank' | 'closed';

function cellTime(cell: Scalar): CellTime | undefined {
  if (cell === null || cell === 0) return 'blank';
  if (typeof cell === 'number') return minutesOfFraction(cell);
  if (typeof cell !== 'string') return undefined;
  if (cell.trim() === '') return 'blank';
  if (CLOSED_WORDS.has(foldText(cell))) return 'closed';
  return minutesOfText(cell);
}

/**
 * Business hours from a 7-row × 2-column grid. A row whose cells are both blank (or `closed`,
 * `fermé` …) is a closed day. Since some Excel platforms hand a blank cell over as 0, a blank or
 * 0 opening is midnight and a blank or 0 closing is the end of the day (`8:00 | 0:00` is 8:00 to
 * midnight) on every platform alike. No time zone: a grid calendar is wall-clock time.
 *
 * @example
 * parseHoursGrid([[0.375, 0.75], [0.375, 0.75], [0.375, 0.75], [0.375, 0.75], ['9:00', '16:00'], [null, null], [null, null]])
 * //=> { ok: true, value: { week: [[[540, 1080]], …, [[540, 960]], [], []], zone: null } }
 */
export function parseHoursGrid(grid: readonly (readonly Scalar[])[]): Result<BusinessHours> {
  const columns = grid[0]?.length ?? 0;
  if (grid.length !== 7 || grid.some((row) => row.length !== 2)) return problem('badGrid', `${grid.length}×${columns}`);
  const entries: RangeEntry[] = [];
  for (let day = 0; day < 7; day++) {
    const row = grid[day]!;
    const [open, close] = row.map(cellTime);
    for (let column = 0; column < 2; column++) {
      if ([open, close][column] === undefined) return problem('badCell', String(row[column]), { row: day, column });
    }
    if (open === 'closed' || close === 'closed' || (open === 'blank' && close === 'blank')) continue;
    const from = open === 'blank' ? 0 : open!;
    const to = close === 'blank' ? MINUTES_PER_DAY : close!;
    const text = `${String(row[0] ?? '')}-${String(row[1] ?? '')}`;
    if (to <= from) return problem('invertedRange', text, { row: day, column: 1 });
    entries.push({ day, range: [from, to], text });
  }
  return buildWeek(entries, null);
}
