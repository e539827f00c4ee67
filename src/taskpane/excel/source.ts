import { parseRangeA1, splitAddress } from '../../templates/a1';
import type { BuildSettings } from '../../templates/sheetPlan';
import { type RangeData, readBanded } from './bands';

export type { RangeData };

/**
 * Reads a build's source: a sheet range (`'Tickets'!A1:K301`) or a table (its header row and data
 * body: a totals row is not data), in bands when it is larger than one of Excel's answers (see
 * readBanded). `alongside` goes with the first request: the caller's own loads. `none` reads
 * nothing (and syncs nothing).
 */
export async function readSource(
  context: Excel.RequestContext,
  source: BuildSettings['source'],
  alongside?: () => void,
): Promise<RangeData | null> {
  if (source.kind === 'none') return null;
  if (source.kind === 'table') {
    return readBanded(context, {
      range: () => {
        const table = context.workbook.tables.getItem(source.ref);
        return table.getHeaderRowRange().getBoundingRect(table.getDataBodyRange());
      },
      alongside,
    });
  }
  const { sheet, local } = splitAddress(source.ref);
  const known = parseRangeA1(local);
  return readBanded(context, {
    range: () => {
      const sheets = context.workbook.worksheets;
      return (sheet === null ? sheets.getActiveWorksheet() : sheets.getItem(sheet)).getRange(local);
    },
    size: known && { rows: known.rows, columns: known.cols },
    alongside,
  });
}

/** One table of the workbook, as the Data step lists them. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
}

/** Queues listing the workbook's tables with their sheets. */
export function queueTables(context: Excel.RequestContext): () => TableInfo[] {
  const tables = context.workbook.tables.load('items/name, items/worksheet/name');
  return () => tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
}

/**
 * Reads the selection, in bands when it is large. A single selected cell stands for the table
 * around it (what a user means by clicking into their data), so that region is read instead: a
 * second read, after the first told what the selection is.
 */
export async function readSelection(context: Excel.RequestContext): Promise<RangeData> {
  let region = null as Excel.Range | null;
  const selected = await readBanded(context, {
    range: () => context.workbook.getSelectedRange(),
    alongside: () => {
      region = context.workbook.getSelectedRange().getSurroundingRegion().load('address');
    },
  });
  const single = selected.grid.length === 1 && selected.grid[0]!.length === 1;
  if (!single || region!.address === selected.address) return selected;
  return (await readSource(context, { kind: 'range', ref: region!.address }))!;
}
