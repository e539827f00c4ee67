import type { Grid } from '../../core/cells';
import { splitAddress } from '../../templates/a1';
import type { BuildSettings } from '../../templates/sheetPlan';
import { gridFromExcel } from './values';

/** A queued read of the data a sheet is built from; the getters work after the caller's sync. */
export interface SourceRead {
  /** Header row first, as the core reads ranges. */
  readonly grid: () => Grid;
  /** Where it was read, as Excel spells it (`Tickets!A1:K301`). */
  readonly address: () => string;
}

/**
 * Queues reading a build's source: a sheet range (`'Tickets'!A1:K301`) or a table (its header row
 * and data body: a totals row is not data). `none` reads nothing.
 */
export function queueSourceRead(context: Excel.RequestContext, source: BuildSettings['source']): SourceRead | null {
  if (source.kind === 'none') return null;
  if (source.kind === 'table') {
    const table = context.workbook.tables.getItem(source.ref);
    const header = table.getHeaderRowRange().load('values, address');
    const body = table.getDataBodyRange().load('values, address');
    return {
      grid: () => gridFromExcel([...header.values, ...body.values]),
      address: () => `${header.address.replace(/:.*$/, '')}:${body.address.replace(/^.*!/, '').replace(/^.*:/, '')}`,
    };
  }
  const { sheet, local } = splitAddress(source.ref);
  const ws =
    sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
  const range = ws.getRange(local).load('values, address');
  return { grid: () => gridFromExcel(range.values), address: () => range.address };
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
 * Queues reading the selection. A single selected cell stands for the table around it (what a user
 * means by clicking into their data), so its surrounding region is read too.
 */
export function queueSelection(
  context: Excel.RequestContext,
): () => { address: string; grid: Grid; single: boolean; regionAddress: string } {
  const selected = context.workbook.getSelectedRange().load('address, values, cellCount');
  const region = context.workbook.getSelectedRange().getSurroundingRegion().load('address');
  return () => ({
    address: selected.address,
    grid: gridFromExcel(selected.values),
    single: selected.cellCount === 1,
    regionAddress: region.address,
  });
}
