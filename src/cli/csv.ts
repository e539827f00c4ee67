import Papa from 'papaparse';
import { CliError, EXIT } from './cliError';

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

export interface CsvText {
  readonly rows: string[][];
  readonly delimiter: Delimiter;
}

/**
 * CSV text → rows of field strings, padded to the widest row (spreadsheet exports drop trailing
 * empty fields). A UTF-8 byte-order mark is dropped; quoted fields may hold delimiters, quotes
 * (doubled) and line breaks, as RFC 4180 says.
 */
export function parseCsvText(text: string, fileName: string): CsvText {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (bad) {
    const row = bad.row === undefined ? '' : ` (data row ${bad.row + 1})`;
    throw new CliError(`${fileName}: ${bad.message}${row}. Is a quote (") left open?`, EXIT.input);
  }
  const rows = parsed.data;
  if (rows.length === 0) throw new CliError(`${fileName}: the file is empty.`, EXIT.input);
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return { rows, delimiter };
}
