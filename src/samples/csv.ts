import { formatSerial } from '../core/dates';
import type { SampleGrid } from './sampleGrid';

/** RFC 4180 quoting: only fields holding a comma, quote or line break are quoted. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A sample grid as CSV text: comma-separated, `.` as the decimal mark, and the date columns
 * (Excel serials in the grid) written as ISO text, the form SPEC §1 accepts for dates.
 */
export function gridToCsv(grid: SampleGrid, dateColumns: readonly number[]): string {
  const dates = new Set(dateColumns);
  const lines = grid.map((row, r) =>
    row.map((cell, c) => field(r > 0 && dates.has(c) && typeof cell === 'number' ? formatSerial(cell) : cell)).join(','),
  );
  return `${lines.join('\n')}\n`;
}
