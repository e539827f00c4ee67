import { promises as fs } from 'fs';
import * as path from 'path';
import type { DateOrder } from '../core/dateOrder';
import { CliError, EXIT } from './cliError';
import type { InputTable } from './inputTable';
import { MSG } from './messages';
import { type Progress, noProgress } from './progress';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';

export type { InputTable } from './inputTable';

export interface ReadOptions {
  /** The order of numeric dates in a CSV that does not prove its own (default day-first). */
  readonly dateOrder?: DateOrder;
  readonly progress?: Progress;
}

/** Reads a CSV (`.csv`, `.txt`, `.tsv`) or `.xlsx` export into a grid, as Excel would hold it. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<InputTable> {
  const { dateOrder = 'dmy', progress = noProgress } = options;
  try {
    await fs.access(file);
  } catch {
    throw new CliError(MSG.noSuchFile(file), EXIT.input);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(file, progress);
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return readCsv(file, dateOrder, progress);
  if (ext === '.xls') throw new CliError(MSG.oldXls(file), EXIT.input);
  throw new CliError(MSG.unknownType(file, ext), EXIT.input);
}
