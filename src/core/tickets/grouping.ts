import type { Cell } from '../cells';
import { isNoValueText } from '../noValue';
import { foldText } from '../options';

/** A group's label: its first cell as written, trimmed. */
export type GroupLabel = string | number | boolean;

/** Tickets grouped by the values of one column (0-based in the range), each value keyed by `key`. */
export interface GroupBy {
  readonly column: number;
  readonly key: (label: GroupLabel) => string;
}

/** The key of most columns: the text ignoring case, accents and surrounding spaces; `12` and `"12"` are one. */
export const textKey = (label: GroupLabel): string => foldText(String(label));

/**
 * The values of one column as groups, as a pivot table groups them: one group per key (folded text,
 * a priority …), labelled by its first cell. Blanks in any of Excel's spellings, "no value" markers
 * and Excel errors are in no group. Exports repeat a few values down 100 000 rows: each distinct
 * cell is keyed once.
 */
export class Grouping {
  readonly labels: GroupLabel[] = [];
  readonly keys: string[] = [];
  private readonly byCell = new Map<GroupLabel, number>();
  private readonly byKey = new Map<string, number>();

  constructor(private readonly key: GroupBy['key']) {}

  /** The group of a cell (its position in `labels`), -1 for none. */
  of(cell: Cell): number {
    // An Excel error is in no group: the range is then not marked error-free, so evaluate returns the error.
    if (cell === null || cell === 0 || typeof cell === 'object') return -1;
    const known = this.byCell.get(cell);
    if (known !== undefined) return known;
    const label = typeof cell === 'string' ? cell.trim() : cell;
    let g = -1;
    if (label !== '' && !(typeof label === 'string' && isNoValueText(label))) {
      const key = this.key(label);
      g = this.byKey.get(key) ?? (this.keys.push(key), this.labels.push(label) - 1);
      this.byKey.set(key, g);
    }
    this.byCell.set(cell, g);
    return g;
  }
}
