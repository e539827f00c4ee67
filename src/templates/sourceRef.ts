import { absA1, parseRangeA1, sheetPrefix, splitAddress } from './a1';
import type { BuildSettings } from './sheetPlan';

type Source = BuildSettings['source'];

/** Structured-reference escaping of a table column name: `'` before `[ ] # '`. */
const escapeColumn = (name: string): string => name.replace(/([[\]#'])/g, "'$1");

/**
 * How formulas refer to the whole data (header row included): an absolute sheet range
 * (`'Tickets'!$A$1:$K$301`) or the table's header and data rows (`Tickets[[#Headers],[#Data]]`,
 * which leaves a totals row out, unlike `[#All]`).
 */
export function sourceRef(source: Source): string {
  if (source.kind === 'table') return `${source.ref}[[#Headers],[#Data]]`;
  const { sheet, local } = splitAddress(source.ref);
  const r = parseRangeA1(local);
  if (!r) throw new Error(`Not a range address: ${source.ref}`);
  const abs = `${absA1(r.row, r.col)}:${absA1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
  return `${sheet === null ? '' : sheetPrefix(sheet)}${abs}`;
}

/** One column's data cells (header excluded), by 0-based column inside the source and its header. */
export function columnRef(source: Source, col: number, header: string): string {
  if (source.kind === 'table') return `${source.ref}[${escapeColumn(header)}]`;
  const { sheet, local } = splitAddress(source.ref);
  const r = parseRangeA1(local)!;
  const abs = `${absA1(r.row + 1, r.col + col)}:${absA1(r.row + r.rows - 1, r.col + col)}`;
  return `${sheet === null ? '' : sheetPrefix(sheet)}${abs}`;
}
