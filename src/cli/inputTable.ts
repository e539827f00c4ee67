import type { Grid } from '../core/cells';

/** An input file read into a grid, as Excel would hold it. */
export interface InputTable {
  readonly grid: Grid;
  /** Columns holding dates (shown as dates when the data is copied into the workbook). */
  readonly dateColumns: ReadonlySet<number>;
  /** What was read, for messages: `tickets.csv (UTF-8, ";"-separated, decimal comma)`. */
  readonly description: string;
}
