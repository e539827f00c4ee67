import type { FileDateOrder } from './textValues';

/**
 * The English text of the input and output messages the CLI gives, one function per message, kept
 * in this one table so that it can move into the translated catalogue as a whole.
 */
export const MSG = {
  noSuchFile: (file: string) => `${file}: no such file.`,
  oldXls: (file: string) => `${file}: the old .xls format is not supported; save it as .xlsx or .csv.`,
  unknownType: (file: string, ext: string) => `${file}: unknown file type "${ext}"; use .csv or .xlsx.`,
  binaryCsv: (file: string) =>
    `${file}: this is not a text CSV file (binary content). Use .csv (UTF-8, UTF-16 or Windows-1252) or .xlsx.`,
  emptyFile: (file: string) => `${file}: the file is empty.`,
  noHeaderRow: (file: string) => `${file}: the first row holds no header; a table starts with its column titles.`,
  openQuote: (file: string, detail: string, row: number | undefined) =>
    `${file}: ${detail}${row === undefined ? '' : ` (row ${row})`}. Is a quote (") left open?`,
  mixedDelimiter: (file: string, row: number, used: string, header: string) =>
    `${file}: row ${row} is separated by ${used} where the header row uses ${header}; the file mixes two separators. Export it again with one.`,
  extraFields: (file: string, row: number, fields: number, header: number) =>
    `${file}: row ${row} has ${fields} fields where the header row has ${header}; a separator inside a value must be quoted.`,
  tooManyColumns: (file: string, columns: number, limit: number) =>
    `${file}: ${columns.toLocaleString('en-US')} columns; Excel holds at most ${limit.toLocaleString('en-US')}.`,
  tooManyRows: (file: string, limit: number) =>
    `${file}: more than ${limit.toLocaleString('en-US')} rows, the most a worksheet holds.`,
  tooManyRowsForSheet: (file: string, rows: number, limit: number) =>
    `${file}: ${rows.toLocaleString('en-US')} rows do not fit in a worksheet (at most ${limit.toLocaleString('en-US')}); the KPIs can be printed (without --out), not written to .xlsx.`,
  cellTooLong: (file: string, cell: string, length: number, limit: number) =>
    `${file}: cell ${cell} holds ${length.toLocaleString('en-US')} characters; an Excel cell holds at most ${limit.toLocaleString('en-US')}.`,
  notXlsx: (file: string, detail: string) => `${file}: not a readable .xlsx workbook (${detail}).`,
  encryptedXlsx: (file: string) =>
    `${file}: the workbook is password-protected (encrypted); open it in Excel and save a copy without a password.`,
  cfbNotXlsx: (file: string) =>
    `${file}: this is an old-format Excel file (.xls) with an .xlsx name; save it as .xlsx or .csv.`,
  xlsxTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: the workbook unpacks to ${mib(bytes)} MiB, more than the ${mib(limit)} MiB this command reads (a damaged file or a zip bomb?).`,
  xlsxTextsTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: the workbook's shared texts unpack to ${mib(bytes)} MiB, more than the ${mib(limit)} MiB this command holds in memory.`,
  emptySheet: (file: string) => `${file}: the first worksheet is empty.`,
  outputExists: (file: string) =>
    `${file} already exists; not overwriting it. Use --force to replace it, or choose another --out.`,
  outputFolderMissing: (file: string, dir: string) => `Cannot write ${file}: the folder ${dir} does not exist.`,
  outputNotXlsx: (file: string) => `--out ${file}: the workbook is written as .xlsx; name the file *.xlsx.`,
  outputNotWritten: (file: string, detail: string) => `Cannot write ${file}: ${detail}`,
  interrupted: (signal: string) => `interrupted (${signal}); no output file was left behind.`,
  progress: (file: string, percent: number) => `Reading ${file}: ${percent} %`,
  badDateOrder: (value: string) => `--date-order "${value}" is not one of dmy, mdy.`,
} as const;

const mib = (bytes: number): string => (bytes / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 0 });

/** How the "what was read" line names an encoding. */
export const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
} as const;

/**
 * How the "what was read" line ends on a CSV's date order: `, dates day/month/year (assumed)`;
 * nothing when the file writes no numeric date.
 */
export function describeDateOrder(d: FileDateOrder): string {
  if ('conflict' in d) return `, dates in both orders: ${d.conflict}`;
  if (d.basis === 'none') return '';
  return `, dates ${d.order === 'dmy' ? 'day/month/year' : 'month/day/year'} (${d.basis})`;
}
