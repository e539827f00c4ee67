import { type Cell, type Grid, isBlank } from './cells';
import type { DateOrderFinding } from './dateOrder';
import type { KpiError } from './errors';

/**
 * What a table's readers make of it, column by column (MSP.COLUMNS): the user's answer to "which
 * column did it use, and what did it find there?". Counted with the readers the functions use.
 */
export interface RoleReport {
  /** A ticket role (`created` …) or a ledger role (`customer`, `period`, `amount`, `currency`, `periods`). */
  readonly role: string;
  readonly col: number;
  /** The last column, for a role spread over several (a wide ledger's periods). */
  readonly lastCol?: number;
  readonly header: string;
  /** Cells read as a value. */
  readonly values: number;
  /** Blank cells and "no value" markers. */
  readonly blank: number;
  /** Cells the functions cannot read (each would be #VALUE!), and the first of them. */
  readonly problems: number;
  readonly first?: { readonly row: number; readonly col: number; readonly value: string };
  /** A problem of the column as a whole (several currencies). */
  readonly note?: KpiError;
}

export interface ColumnReport {
  readonly layout: 'tickets' | 'long' | 'wide';
  /** Body rows that are not entirely blank. */
  readonly rows: number;
  /** The table's date order, or the error of a table proving both orders. */
  readonly dateOrder: DateOrderFinding | KpiError;
  /** Whatever stops the whole table from being read (a ledger's layout errors), if anything. */
  readonly problem?: KpiError;
  readonly roles: readonly RoleReport[];
}

/** Per-cell verdicts of a role's reader. */
export const BLANK = 0;
export const VALUE = 1;
export const PROBLEM = 2;
export type Verdict = typeof BLANK | typeof VALUE | typeof PROBLEM;

/** The body rows holding anything (blanks in any of Excel's spellings do not count). */
export function usedRows(grid: Grid): number[] {
  const used: number[] = [];
  for (let r = 1; r < grid.length; r++) if (holdsAnything(grid[r]!)) used.push(r);
  return used;
}

/** Whether a row holds a cell that is not blank; most rows say so at their first cell. */
function holdsAnything(row: readonly Cell[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c]!)) return true;
  return false;
}

/** Distinct texts judged once per column: beyond, free text and timestamps are judged cell by cell. */
const MAX_JUDGED = 10_000;

/** Counts a column's verdicts over the used rows, noting the first problem. */
export function countColumn(
  grid: Grid,
  rows: readonly number[],
  col: number,
  verdict: (cell: Cell) => Verdict,
): Pick<RoleReport, 'values' | 'blank' | 'problems' | 'first'> {
  let values = 0;
  let blank = 0;
  let problems = 0;
  let first: RoleReport['first'];
  // Text repeats down a column (flag words, statuses, clients): each distinct text is judged once.
  const judged = new Map<string, Verdict>();
  for (const r of rows) {
    const cell = grid[r]![col] ?? null;
    let v = typeof cell === 'string' ? judged.get(cell) : undefined;
    if (v === undefined) {
      v = verdict(cell);
      if (typeof cell === 'string' && judged.size < MAX_JUDGED) judged.set(cell, v);
    }
    if (v === VALUE) values++;
    else if (v === BLANK) blank++;
    else {
      problems++;
      first ??= { row: r, col, value: String(cell) };
    }
  }
  return { values, blank, problems, first };
}
