import type { Grid } from '../core/cells';
import type { Language } from '../core/i18n';
import type { FileDateOrder } from './textValues';

/** An input file read into a grid, as Excel would hold it. */
export interface InputTable {
  readonly grid: Grid;
  /** Columns holding dates (shown as dates when the data is copied into the workbook). */
  readonly dateColumns: ReadonlySet<number>;
  /** What was read, for messages in a language: `tickets.csv (UTF-8, ";"-separated, decimal comma)`. */
  readonly describe: (lang: Language) => string;
  /** How a CSV's numeric dates were read (workbooks hold dates as dates: their text is left to the core). */
  readonly dateOrder?: FileDateOrder;
}
