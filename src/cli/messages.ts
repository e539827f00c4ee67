import { type KpiError, isKpiError } from '../core/errors';
import { type Language, errorMessage, format, messages } from '../core/i18n';
import { type CliMessages, cliMessages } from './i18n';
import type { Delimiter } from './csv';
import type { Encoding } from './encoding';
import type { DecimalMark, FileDateOrder } from './textValues';
import { describeDateOrder as describeOrder } from '../core/dateOrder';

type CliKey = keyof CliMessages['cli'];

/**
 * A message of the CLI before it is put into words: raised deep in a reader, where the language is
 * not known, and worded by `cliText` in the run's language (see main).
 */
export interface CliText {
  readonly key: CliKey;
  /** A core error or a delimiter among them is worded in the same language. */
  readonly params: Readonly<Record<string, string | number | KpiError | { readonly delimiter: Delimiter }>>;
}

const text = (key: CliKey, params: CliText['params']): CliText => ({ key, params });
const mib = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** The input and output messages the CLI gives, one constructor per message of the `cli` catalogue section. */
export const MSG = {
  noSuchFile: (file: string) => text('noSuchFile', { file }),
  oldXls: (file: string) => text('oldXls', { file }),
  unknownType: (file: string, ext: string) => text('unknownType', { file, ext }),
  binaryCsv: (file: string) => text('binaryCsv', { file }),
  emptyFile: (file: string) => text('emptyFile', { file }),
  noHeaderRow: (file: string) => text('noHeaderRow', { file }),
  openQuote: (file: string, detail: string, row: number | undefined) =>
    row === undefined ? text('openQuote', { file, detail }) : text('openQuoteAtRow', { file, detail, row }),
  mixedDelimiter: (file: string, row: number, used: Delimiter, header: Delimiter) =>
    text('mixedDelimiter', { file, row, used: { delimiter: used }, header: { delimiter: header } }),
  extraFields: (file: string, row: number, fields: number, header: number) =>
    text('extraFields', { file, row, fields, header }),
  tooManyColumns: (file: string, columns: number, limit: number) => text('tooManyColumns', { file, columns, limit }),
  tooManyRows: (file: string, limit: number) => text('tooManyRows', { file, limit }),
  tooManyRowsForSheet: (file: string, rows: number, limit: number) =>
    text('tooManyRowsForSheet', { file, rows, limit }),
  cellTooLong: (file: string, cell: string, length: number, limit: number) =>
    text('cellTooLong', { file, cell, length, limit }),
  notXlsx: (file: string, detail: string) => text('notXlsx', { file, detail }),
  encryptedXlsx: (file: string) => text('encryptedXlsx', { file }),
  cfbNotXlsx: (file: string) => text('cfbNotXlsx', { file }),
  xlsxTooLarge: (file: string, bytes: number, limit: number) =>
    text('xlsxTooLarge', { file, mib: mib(bytes), limit: mib(limit) }),
  xlsxTextsTooLarge: (file: string, bytes: number, limit: number) =>
    text('xlsxTextsTooLarge', { file, mib: mib(bytes), limit: mib(limit) }),
  emptySheet: (file: string) => text('emptySheet', { file }),
  outputExists: (file: string) => text('outputExists', { file }),
  outputFolderMissing: (file: string, dir: string) => text('outputFolderMissing', { file, dir }),
  outputNotXlsx: (file: string) => text('outputNotXlsx', { file }),
  outputNotWritten: (file: string, detail: string) => text('outputNotWritten', { file, detail }),
  interrupted: (signal: string) => text('interrupted', { signal }),
  progress: (file: string, percent: number) => text('progress', { file, percent }),
  badDateOrder: (value: string) => text('badDateOrder', { value }),
  badLanguage: (value: string, accepted: readonly string[]) =>
    text('badLanguage', { value, accepted: accepted.join(', ') }),
  badEndpoints: (value: string) => text('badEndpoints', { value }),
  badTemplate: (value: string, accepted: readonly string[]) =>
    text('badTemplate', { value, accepted: accepted.join(', ') }),
  templateNeedsInput: (template: string, option: string) => text('templateNeedsInput', { template, option }),
  reportNeedsInput: () => text('reportNeedsInput', {}),
  onlyScorecard: () => text('onlyScorecard', {}),
  scorecardNeedsOut: () => text('scorecardNeedsOut', {}),
  unknownCommand: (command: string) => text('unknownCommand', { command }),
  unknownOption: (option: string) => text('unknownOption', { option }),
  optionNeedsValue: (option: string) => text('optionNeedsValue', { option }),
  optionTakesNoValue: (option: string) => text('optionTakesNoValue', { option }),
  unexpectedArgument: (value: string) => text('unexpectedArgument', { value }),
  optionProblem: (option: string, problem: KpiError) => text('optionProblem', { option, problem }),
  holidayNotDate: (file: string, value: string, row: number) => text('holidayNotDate', { file, text: value, row }),
  targetsNeedColumns: (file: string) => text('targetsNeedColumns', { file }),
  targetNoResponse: (file: string, priority: string) => text('targetNoResponse', { file, priority }),
  rowCount: (count: number) => text('rowCount', { count }),
  wroteReport: (file: string, sheets: readonly string[]) => text('wroteReport', { file, sheets: sheets.join(', ') }),
  wroteScorecard: (file: string, examples: boolean) =>
    text(examples ? 'wroteScorecardExamples' : 'wroteScorecardEmpty', { file }),
} as const;

/** Counts and limits with the digit grouping of the language (16,384 · 16 384 · 16.384). */
const LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-US',
  fr: 'fr-FR',
  nl: 'nl-NL',
  it: 'it-IT',
  de: 'de-DE',
};

/** Words a CLI message in a language. */
export type Say = (t: CliText) => string;

/** The CLI's messages in `lang`: its `cli` catalogue section with the parameters filled. */
export function cliText(lang: Language): Say {
  const templates = cliMessages(lang).cli;
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  return (t) =>
    format(
      templates[t.key],
      Object.fromEntries(
        Object.entries(t.params).map(([k, v]) => [
          k,
          isKpiError(v)
            ? errorMessage(v, lang)
            : typeof v === 'number'
              ? number.format(v)
              : typeof v === 'string'
                ? v
                : delimiterName(lang, v.delimiter),
        ]),
      ),
    );
}

/** English: the words of a message raised before the run's language is known, and of `CliError.message`. */
export const sayInEnglish: Say = cliText('en');

/** A delimiter as messages name it: quoted, or the word for a tab in a language. */
const delimiterName = (lang: Language, d: Delimiter): string =>
  d === '\t' ? cliMessages(lang).cliReport.tab : `"${d}"`;

/** Standard names of the encodings; UTF-8 with a byte-order mark is said so in the reader's language. */
const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
} as const satisfies Record<Exclude<Encoding, 'utf-8-bom'>, string>;

/** How a CSV file was read, in a language: `tickets.csv (UTF-8, ";"-separated, decimal comma, dates day/month/year (assumed))`. */
export function describeCsv(
  lang: Language,
  file: string,
  encoding: Encoding,
  delimiter: Delimiter,
  decimal: DecimalMark,
  dateOrder: FileDateOrder,
): string {
  const m = messages(lang);
  const t = cliMessages(lang).cliReport;
  return format(t.readCsv, {
    file,
    encoding: encoding === 'utf-8-bom' ? format(t.withBom, { encoding: 'UTF-8' }) : ENCODING_NAMES[encoding],
    delimiter: delimiterName(lang, delimiter),
    decimal: decimal === ',' ? t.decimalComma : t.decimalPoint,
    // Nothing when the file writes no numeric date.
    dates:
      'conflict' in dateOrder
        ? format(t.readDatesBoth, { conflict: errorMessage(dateOrder.conflict, lang, false) })
        : dateOrder.basis === 'none'
          ? ''
          : format(t.readDates, { order: describeOrder(m, dateOrder) }),
  });
}

/** How a workbook was read, in a language: `tickets.xlsx (sheet "Tickets")`. */
export const describeSheet = (lang: Language, file: string, sheet: string): string =>
  format(cliMessages(lang).cliReport.readSheet, { file, sheet });
