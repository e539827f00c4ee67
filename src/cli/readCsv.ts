import { promises as fs } from 'fs';
import * as path from 'path';
import { TextDecoder } from 'util';
import type { Grid } from '../core/cells';
import type { DateOrder } from '../core/dateOrder';
import { CliError, EXIT } from './cliError';
import { type CsvSource, RowShape, detectDelimiter, streamCsvRows } from './csv';
import { type Encoding, byteOrderMark, isNotUtf8 } from './encoding';
import { MSG, describeCsv } from './messages';
import type { Progress } from './progress';
import { FieldEvidence, FieldTyper } from './textValues';
import type { InputTable } from './inputTable';

/** Enough of the file to hold the header line, from which the delimiter is read. */
const HEAD_BYTES = 64 * 1024;

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The file's encoding (from its mark, else UTF-8) and delimiter (from its header line). */
async function sourceOf(file: string): Promise<CsvSource> {
  const head = await readHead(file);
  const mark = byteOrderMark(head);
  const encoding: Encoding = mark?.encoding ?? 'utf-8';
  const skip = mark?.length ?? 0;
  // Not strict: the head may end inside a character, and a Windows-1252 header shows its delimiter too.
  const text = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(head.subarray(skip));
  if (text.includes('\u0000')) throw new CliError(MSG.binaryCsv(file), EXIT.input);
  return { file, encoding, skip, delimiter: detectDelimiter(text) };
}

/**
 * First pass: checks every row's shape and gathers what decides how fields are read, keeping
 * nothing of the rows. A file without a mark that is not valid UTF-8 is read again as Windows-1252.
 */
async function survey(
  source: CsvSource,
  progress: Progress,
): Promise<{ source: CsvSource; evidence: FieldEvidence; width: number }> {
  const evidence = new FieldEvidence();
  const shape = new RowShape(source.file, source.delimiter);
  try {
    const rows = await streamCsvRows(
      source,
      (fields, index) => {
        shape.check(fields, index);
        evidence.add(fields, index);
      },
      (bytes) => progress.update(bytes / 2),
    );
    if (rows === 0) throw new CliError(MSG.emptyFile(source.file), EXIT.input);
    return { source, evidence, width: shape.columns };
  } catch (e) {
    if (source.encoding === 'utf-8' && isNotUtf8(e)) return survey({ ...source, encoding: 'windows-1252' }, progress);
    throw e;
  }
}

/**
 * A CSV export (`.csv`, `.txt`, `.tsv`) read as a stream in two passes, so memory holds the typed
 * cells kept and never the file text: the first checks the file and decides the encoding, decimal
 * mark and date order, the second types each row as it is parsed. `dateOrder` is the order of
 * numeric dates when the file does not prove its own.
 */
export async function readCsv(file: string, dateOrder: DateOrder, progress: Progress): Promise<InputTable> {
  const { size } = await fs.stat(file);
  progress.start(path.basename(file), size);
  const { source, evidence, width } = await survey(await sourceOf(file), progress);
  const typer = new FieldTyper(evidence, source.delimiter, dateOrder);
  const grid: Grid = [];
  await streamCsvRows(
    source,
    (fields) => {
      grid.push(typer.type(fields, width));
    },
    (bytes) => progress.update(size / 2 + bytes / 2),
  );
  progress.done();
  return {
    grid,
    dateColumns: typer.dateColumns,
    describe: (lang) =>
      describeCsv(lang, path.basename(file), source.encoding, source.delimiter, typer.decimalMark, typer.dateOrder),
    dateOrder: typer.dateOrder,
  };
}
