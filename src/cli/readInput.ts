import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../core/cells';
import type { DateOrder } from '../core/dateOrder';
import { KpiError, toErrorCode } from '../core/errors';
import { CliError, EXIT } from './cliError';
import { parseCsvText } from './csv';
import { type TypedGrid, typeFields } from './textValues';

export interface InputTable {
  readonly grid: Grid;
  /** Columns holding dates (shown as dates when the data is copied into the workbook). */
  readonly dateColumns: ReadonlySet<number>;
  /** What was read, for messages: `tickets.csv (";"-separated, decimal comma)`. */
  readonly description: string;
  /** How a CSV's numeric dates were read (workbooks hold dates as dates: their text is left to the core). */
  readonly dateOrder?: TypedGrid['dateOrder'];
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01: ExcelJS hands date cells over as JS Dates in UTC. */
const UNIX_EPOCH_SERIAL = 25_569;

function fromExcelJs(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if ('error' in v) return new KpiError(toErrorCode(v.error) ?? '#VALUE!');
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return String(v.text);
  return null;
}

/** The first worksheet, from A1 to its last used row and column (what a user would select). */
async function readXlsx(file: string): Promise<InputTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new CliError(
      `${file}: not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)}).`,
      EXIT.input,
    );
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0) throw new CliError(`${file}: the first worksheet is empty.`, EXIT.input);
  const grid: Grid = [];
  const dateColumns = new Set<number>();
  let width = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // A formula's cached result comes from `cell.result`: ExcelJS leaves a cached 0 out of `value.result`.
      const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value;
      if (v instanceof Date) dateColumns.add(c - 1);
      cells[c - 1] = fromExcelJs(v);
    });
    grid[r - 1] = cells;
    if (cells.some((c) => c !== null)) width = Math.max(width, cells.length);
  });
  while (grid.length > 0 && !grid[grid.length - 1]?.some((c) => c !== null && c !== '')) grid.pop();
  const rect = Array.from({ length: grid.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null),
  );
  return { grid: rect, dateColumns, description: `${path.basename(file)} (sheet "${ws.name}")` };
}

async function readCsv(file: string, fallback: DateOrder): Promise<InputTable> {
  const buffer = await fs.readFile(file);
  const text = buffer.toString('utf8');
  if (text.includes('\u0000'))
    throw new CliError(`${file}: this is not a text CSV file (binary content). Use .csv or .xlsx.`, EXIT.input);
  const { rows, delimiter } = parseCsvText(text, file);
  const { grid, decimalMark, dateColumns, dateOrder } = typeFields(rows, delimiter, fallback);
  const sep = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  return {
    grid,
    dateColumns,
    description: `${path.basename(file)} (${sep}-separated, decimal ${decimalMark === ',' ? 'comma' : 'point'}${describeOrder(dateOrder)})`,
    dateOrder,
  };
}

/** `, dates day/month/year (assumed)` for the description; nothing when the file has no numeric date. */
function describeOrder(d: TypedGrid['dateOrder']): string {
  if ('conflict' in d) return `, dates in both orders: ${d.conflict}`;
  if (d.basis === 'none') return '';
  return `, dates ${d.order === 'dmy' ? 'day/month/year' : 'month/day/year'} (${d.basis})`;
}

/**
 * Reads a CSV (`.csv`, `.txt`, `.tsv`) or `.xlsx` export into a grid, as Excel would hold it.
 * `fallback` is the order of numeric dates in a file that does not prove its own.
 */
export async function readInput(file: string, fallback: DateOrder = 'dmy'): Promise<InputTable> {
  try {
    await fs.access(file);
  } catch {
    throw new CliError(`${file}: no such file.`, EXIT.input);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(file);
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return readCsv(file, fallback);
  if (ext === '.xls')
    throw new CliError(`${file}: the old .xls format is not supported; save it as .xlsx or .csv.`, EXIT.input);
  throw new CliError(`${file}: unknown file type "${ext}"; use .csv or .xlsx.`, EXIT.input);
}
