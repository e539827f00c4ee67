import type { Grid } from '../../core/cells';
import { isTooLarge } from './failure';
import { PAYLOAD_BUDGET } from './payload';
import { gridFromExcel } from './values';

/** A range's values, header row first, and where they were read. */
export interface RangeData {
  readonly grid: Grid;
  /** As Excel spells it (`Tickets!A1:K301`). */
  readonly address: string;
}

/**
 * Bytes a cell is assumed to take in Excel's answer before any has been measured: generous, since
 * the first band must fit before anything is known (a date serial with minutes is 18 characters of
 * JSON, a company name about 30; the sample PSA export averages 13).
 */
const CELL_BYTES = 32;

/** Columns assumed when a range's width is unknown before its first read (a table, the selection). */
const ASSUMED_COLUMNS = 16;

/** Rows of the first band: as many as fit the budget at CELL_BYTES a cell. */
const firstBandRows = (columns = ASSUMED_COLUMNS): number =>
  Math.max(1, Math.floor(PAYLOAD_BUDGET / (columns * CELL_BYTES)));

const utf8 = new TextEncoder();
const bytesOf = (values: unknown): number => utf8.encode(JSON.stringify(values)).length;

/**
 * Runs one read of `rows` rows; when Excel refuses the answer for its size (rows longer than the
 * estimate), again with half as many. Returns the rows that went through.
 */
async function shrinking(rows: number, attempt: (rows: number) => Promise<void>): Promise<number> {
  for (let n = rows; ; n = Math.ceil(n / 2)) {
    try {
      await attempt(n);
      return n;
    } catch (e) {
      if (n <= 1 || !isTooLarge(e)) throw e;
    }
  }
}

/** One range to read: the range (made afresh for each attempt) and what goes with the first request. */
export interface BandedRead {
  readonly range: () => Excel.Range;
  /** Its size, when known before reading (a range source's address); sizes the first band. */
  readonly size?: { readonly rows: number; readonly columns: number };
  /** The caller's own loads, queued again for each attempt of the first request. */
  readonly alongside?: () => void;
}

/**
 * Reads a range whatever its size, each of Excel's answers under the payload budget. The first
 * request learns the range's height and address and reads its first rows (`firstBandRows`): a range
 * that fits is read whole there, in the one sync the caller spends anyway. The rest follows in
 * bands of rows sized from the bytes the first rows took, one band per sync. An answer refused for
 * its size anyway is asked again with half the rows (each attempt is a sync).
 */
export async function readBanded(context: Excel.RequestContext, read: BandedRead): Promise<RangeData> {
  let whole: Excel.Range | undefined;
  let head: Excel.Range | undefined;
  const first = Math.min(firstBandRows(read.size?.columns), read.size?.rows ?? Infinity);
  await shrinking(first, async (rows) => {
    read.alongside?.();
    whole = read.range().load('address, rowCount');
    // The first `rows` rows, or all of them when the range is shorter.
    head = whole
      .getRow(0)
      .getResizedRange(rows - 1, 0)
      .getIntersection(whole)
      .load('values');
    await context.sync();
  });
  const range = whole!;
  const values: unknown[][] = head!.values;
  const total = range.rowCount;
  if (values.length < total) {
    const rowBytes = Math.ceil(bytesOf(values) / values.length);
    let band = Math.max(1, Math.floor(PAYLOAD_BUDGET / rowBytes));
    while (values.length < total) {
      const start = values.length;
      let part: Excel.Range | undefined;
      band = await shrinking(Math.min(band, total - start), async (rows) => {
        part = range
          .getRow(start)
          .getResizedRange(rows - 1, 0)
          .load('values');
        // One band per request is what the cap forces; each is counted by the caller's context.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      });
      for (const row of part!.values) values.push(row);
    }
  }
  return { grid: gridFromExcel(values), address: range.address };
}
