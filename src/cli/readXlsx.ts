import { createReadStream, promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { Cell, Grid } from '../core/cells';
import { KpiError, toErrorCode } from '../core/errors';
import { CliError, EXIT } from './cliError';
import { EXCEL } from './excelLimits';
import type { InputTable } from './inputTable';
import { MSG, describeSheet } from './messages';
import type { Progress } from './progress';

/**
 * The most a workbook may unpack to, checked on the zip's directory before anything is inflated:
 * a full 1 048 576-row sheet of a ticket export is a few hundred MiB of XML; a zip bomb is more.
 */
export const MAX_UNPACKED_BYTES = 2 * 2 ** 30;
/**
 * The workbook's table of texts is the one part the streaming reader holds whole (cells refer to it
 * by index): a sheet of 1 048 576 rows with a distinct 100-character text on each is ~150 MiB of it.
 */
export const MAX_SHARED_STRINGS_BYTES = 512 * 2 ** 20;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01: ExcelJS hands date cells over as JS Dates in UTC. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Office's compound-file signature: an encrypted .xlsx, or an old .xls, is one of these. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML package is stored in (the name is UTF-16LE in the directory). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

async function startsWith(file: string, signature: Buffer): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(signature.length);
    await handle.read(head, 0, signature.length, 0);
    return head.equals(signature);
  } finally {
    await handle.close();
  }
}

/** Whether the bytes hold `needle`, read as a stream (a match may straddle two chunks). */
async function contains(file: string, needle: Buffer): Promise<boolean> {
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const window = Buffer.concat([tail, chunk]);
    if (window.includes(needle)) return true;
    tail = window.subarray(Math.max(0, window.length - needle.length + 1));
  }
  return false;
}

/**
 * Refuses what is not a workbook ExcelJS can stream, before it inflates anything: an encrypted
 * workbook or an old .xls (compound files, not zips), a file that is not a zip, and a zip whose
 * directory announces more than MAX_UNPACKED_BYTES.
 */
async function checkPackage(file: string): Promise<void> {
  if (await startsWith(file, CFB_SIGNATURE)) {
    const encrypted = await contains(file, ENCRYPTED_PACKAGE);
    throw new CliError(encrypted ? MSG.encryptedXlsx(file) : MSG.cfbNotXlsx(file), EXIT.input);
  }
  const { Open } = await import('unzipper');
  let unpacked = 0;
  let sharedStrings = 0;
  try {
    const directory = await Open.file(file);
    for (const entry of directory.files) {
      unpacked += entry.uncompressedSize;
      if (entry.path === SHARED_STRINGS) sharedStrings = entry.uncompressedSize;
    }
  } catch (e) {
    throw new CliError(MSG.notXlsx(file, e instanceof Error ? e.message : String(e)), EXIT.input);
  }
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new CliError(MSG.xlsxTooLarge(file, unpacked, MAX_UNPACKED_BYTES), EXIT.input);
  if (sharedStrings > MAX_SHARED_STRINGS_BYTES)
    throw new CliError(MSG.xlsxTextsTooLarge(file, sharedStrings, MAX_SHARED_STRINGS_BYTES), EXIT.input);
}

function fromExcelJs(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if ('error' in v) return new KpiError(toErrorCode(v.error) ?? '#VALUE!');
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return String(v.text);
  return null;
}

/**
 * The first worksheet of an .xlsx, from A1 to its last used row and column (what a user would
 * select), read with ExcelJS's streaming reader so that memory holds the cells kept, not the
 * workbook's object model: a full 1 048 576-row sheet is read.
 */
export async function readXlsx(file: string, progress: Progress): Promise<InputTable> {
  await checkPackage(file);
  const { size } = await fs.stat(file);
  progress.start(path.basename(file), size);
  const { default: Excel } = await import('exceljs');
  const bytes = createReadStream(file);
  let read = 0;
  bytes.on('data', (chunk) => progress.update((read += chunk.length)));
  const reader = new Excel.stream.xlsx.WorkbookReader(bytes, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const grid: Grid = [];
  const dateColumns = new Set<number>();
  let width = 0;
  let sheetName: string | null = null;
  try {
    for await (const sheet of reader) {
      // Worksheets come in zip order; the first in the workbook's tab order is the one to read.
      const first = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0]?.name;
      sheetName = (sheet as unknown as { name: string }).name;
      if (first !== undefined && sheetName !== first) continue;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > EXCEL.rows) throw new CliError(MSG.tooManyRows(file, EXCEL.rows), EXIT.input);
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          // A formula's cached result comes from `cell.result`: ExcelJS leaves a cached 0 out of `value.result`.
          const v = cell.type === Excel.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value;
          if (v instanceof Date) dateColumns.add(c - 1);
          cells[c - 1] = fromExcelJs(v);
        });
        // Rows the sheet leaves out are blank rows.
        while (grid.length < row.number - 1) grid.push([]);
        grid.push(cells);
        if (cells.some((c) => c !== null)) width = Math.max(width, cells.length);
      }
      break;
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(MSG.notXlsx(file, e instanceof Error ? e.message : String(e)), EXIT.input);
  } finally {
    bytes.destroy();
    progress.done();
  }
  while (grid.length > 0 && !grid[grid.length - 1]!.some((c) => c !== null && c !== '')) grid.pop();
  if (grid.length === 0) throw new CliError(MSG.emptySheet(file), EXIT.input);
  for (const row of grid) for (let c = 0; c < width; c++) row[c] ??= null;
  for (const row of grid) row.length = width;
  // Rows were read, so a sheet was met.
  const sheet = sheetName ?? '';
  return { grid, dateColumns, describe: (lang) => describeSheet(lang, path.basename(file), sheet) };
}
