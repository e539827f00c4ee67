import { createReadStream } from 'fs';
import { Readable } from 'stream';
import Papa from 'papaparse';
import { cellName } from '../core/errors';
import { CliError, EXIT } from './cliError';
import { type Encoding, decoder } from './encoding';
import { EXCEL } from './excelLimits';
import { type CliText, MSG } from './messages';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

/**
 * The delimiter is read off the header line (counted outside quotes): headers hold no decimal
 * numbers, so a `;` export full of decimal commas cannot fool it the way a whole-file guess can.
 * Ties (a one-column file) fall back to `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Checks each row against the header row, so that a file the KPIs would misread stops with the row
 * to fix: a row separated by another delimiter than the header (a file pasted together from two
 * exports), a row with more non-empty fields than the header (an unquoted delimiter inside a
 * value), more columns or longer fields than an Excel sheet holds. Rows with fewer fields are
 * padded: spreadsheet exports drop trailing empty fields.
 */
export class RowShape {
  private width = 0;

  constructor(
    private readonly file: string,
    private readonly delimiter: Delimiter,
  ) {}

  get columns(): number {
    return this.width;
  }

  /** `index` is 0-based; messages name the spreadsheet row (the header is row 1). */
  check(fields: readonly string[], index: number): void {
    const fail = (message: CliText): never => {
      throw new CliError(message, EXIT.input);
    };
    if (index === 0) {
      this.width = fields.length;
      if (fields.length > EXCEL.columns) fail(MSG.tooManyColumns(this.file, fields.length, EXCEL.columns));
    }
    for (let c = 0; c < fields.length; c++) {
      const length = fields[c]!.length;
      if (length > EXCEL.cellChars) fail(MSG.cellTooLong(this.file, cellName(index, c), length, EXCEL.cellChars));
    }
    if (fields.length > this.width && fields.slice(this.width).some((f) => f.trim() !== ''))
      fail(MSG.extraFields(this.file, index + 1, fields.length, this.width));
    if (fields.length < this.width) {
      const other = this.otherDelimiter(fields);
      if (other) fail(MSG.mixedDelimiter(this.file, index + 1, other, this.delimiter));
    }
  }

  /** Another delimiter that splits a short row into the header's width (or a one-field row at all). */
  private otherDelimiter(fields: readonly string[]): Delimiter | undefined {
    if (this.width < 2) return undefined;
    const line = fields.join(this.delimiter);
    return DELIMITERS.find((d) => {
      if (d === this.delimiter) return false;
      const pieces = line.split(d).length;
      return pieces === this.width || (fields.length === 1 && pieces > 1);
    });
  }
}

/** A line of nothing but delimiters and spaces (what papaparse's 'greedy' skipping skips). */
function isBlankLine(fields: readonly string[]): boolean {
  for (let c = 0; c < fields.length; c++) if (fields[c]!.trim() !== '') return false;
  return true;
}

export interface CsvSource {
  readonly file: string;
  readonly encoding: Encoding;
  /** Bytes of the byte-order mark, skipped before decoding. */
  readonly skip: number;
  readonly delimiter: Delimiter;
}

/**
 * Streams the rows of a CSV file to `onRow` (0-based index, empty lines skipped) without holding
 * the file: bytes are decoded chunk by chunk and parsed by papaparse, quoted fields holding
 * delimiters, doubled quotes and line breaks as RFC 4180 says. `onRow` may throw to stop the read;
 * a decoding error (bytes that are not UTF-8) rejects with the decoder's error. `onBytes` reports
 * how far into the file the read is.
 */
export function streamCsvRows(
  source: CsvSource,
  onRow: (fields: string[], index: number) => void,
  onBytes: (bytes: number) => void = () => undefined,
): Promise<number> {
  const bytes = createReadStream(source.file, { start: source.skip, highWaterMark: 1 << 20 });
  const decode = decoder(source.encoding);
  async function* text(): AsyncGenerator<string> {
    let read = source.skip;
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      read += chunk.length;
      onBytes(read);
      const t = decode.decode(chunk, { stream: true });
      if (t.includes('\u0000')) throw new CliError(MSG.binaryCsv(source.file), EXIT.input);
      if (t) yield t;
    }
    const rest = decode.decode();
    if (rest) yield rest;
  }
  return new Promise((resolve, reject) => {
    let index = 0;
    let failure: unknown = null;
    Papa.parse<string[], NodeJS.ReadableStream>(Readable.from(text()), {
      delimiter: source.delimiter,
      // Blank lines are skipped below: papaparse's own 'greedy' test joins every row's fields into a new string.
      skipEmptyLines: true,
      step(results, parser) {
        if (failure !== null || isBlankLine(results.data)) return;
        try {
          const quote = results.errors.find((e) => e.type === 'Quotes');
          if (quote) throw new CliError(MSG.openQuote(source.file, quote.message, index + 1), EXIT.input);
          onRow(results.data, index++);
        } catch (e) {
          failure = e;
          parser.abort();
          bytes.destroy();
        }
      },
      complete() {
        if (failure !== null) reject(failure);
        else resolve(index);
      },
      error(e: Error) {
        bytes.destroy();
        reject(failure ?? e);
      },
    });
  });
}
