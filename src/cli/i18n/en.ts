/**
 * The command line's texts in English: the reference the other languages are typed against
 * (`CliMessages`). Kept apart from the core's catalogue, which the Excel bundle carries: no add-in
 * shows them. `{name}` marks a placeholder filled by `format`; every translation uses the same ones.
 */
export const en = {
  /**
   * The reference text of `msp-kpi --help`, `{templates}` filled in with the report templates;
   * option names and values stay in English, as the command reads them.
   */
  usage: `msp-kpi — MSP KPIs and benchmark workbooks from PSA and billing exports

Usage:
  msp-kpi report [--tickets FILE] [--ledger FILE] [--out report.xlsx] [options]
  msp-kpi template scorecard --out scorecard.xlsx [--language xx] [--currency SYM] [--examples] [--force]

report options:
  --tickets FILE    ticket export (.csv or .xlsx; first sheet), PSA headers detected
  --ledger FILE     billing ledger (.csv or .xlsx), wide or long layout
  --out FILE        write the benchmark workbook (.xlsx)
  --template LIST   sheets to write, comma-separated: {templates}
                    (default: servicedesk with --tickets, revenue with --ledger, benchmarks)
  --endpoints N     managed endpoints, for tickets per endpoint per month
  --business-hours TEXT  the contract clock, e.g. "Mon-Fri 08:00-18:00 Europe/Paris" (default 24x7)
  --holidays FILE   dates closed all day (.csv or .xlsx, one date per row)
  --targets FILE    SLA targets per priority (.csv or .xlsx): priority, response h, resolution h
  --language xx     messages, labels and ratings: en, fr, nl, it, de (default: the system's
                    language, from LC_ALL, LC_MESSAGES or LANG; else en)
  --date-order dmy|mdy  order of numeric dates when a file does not prove it (default: mdy
                    in English, else dmy)
  --currency SYM    currency symbol for money formats (default none)
  --json            print the results as JSON instead of a table
  --force           replace the --out file if it exists

template options:
  --examples        keep the seeds' worked examples in the input cells (default: empty form)

CSV files: the delimiter (, ; tab), decimal comma and byte-order mark are detected; dates may be
ISO (2025-03-05 14:30) or numeric (05/03/2025): one order per file, proven by a day above 12,
else --date-order (the report says when it was assumed).
Exit codes: 0 report done (KPI errors are listed), 1 bad command line, 2 an input that cannot be
read at all, 3 output not written.`,
  /** The command line's report: what was read from each input, and what to check. */
  /** Notes on the cells of a written workbook whose add-in formula is kept as a value. */
  workbookNotes: {
    value:
      'Value computed by msp-kpi from {formula}. With the MSP KPI add-in this formula keeps it live; without it the value stays as written.',
    table:
      'Static table computed by msp-kpi from {formula}. With the MSP KPI add-in, that formula spills here and updates live.',
  },
  cliReport: {
    whatWasRead: 'What was read',
    warnings: 'Warnings',
    assumedOrder:
      'numeric dates read as {order}: assumed, since the data proves no order (set --date-order to be sure)',
    unreadable:
      '{header}: {count} cell(s) cannot be read, the first in row {row} ("{value}"); the KPIs reading this column show why',
    tableUnreadable: 'the table cannot be read: {reason}',
    markers: '{header}: {count} "no value" marker(s) such as "{example}" read as blank',
    sheetNotWritten: 'sheet "{sheet}" not written: {reason}',
    // How an input file was read (the CLI's InputTable.describe), in its headline and JSON.
    readCsv: '{file} ({encoding}, {delimiter}-separated, decimal {decimal}{dates})',
    readSheet: '{file} (sheet "{sheet}")',
    readDates: ', dates {order}',
    readDatesBoth: ', dates in both orders: {conflict}',
    withBom: '{encoding} with BOM',
    tab: 'tab',
    decimalComma: 'comma',
    decimalPoint: 'point',
  },
  /**
   * The command line's own messages: input and output files, limits, usage. File names, option
   * names and extensions stay as written; {detail} is the reading library's own (English) text.
   */
  cli: {
    noSuchFile: '{file}: no such file.',
    oldXls: '{file}: the old .xls format is not supported; save it as .xlsx or .csv.',
    unknownType: '{file}: unknown file type "{ext}"; use .csv or .xlsx.',
    binaryCsv:
      '{file}: this is not a text CSV file (binary content). Use .csv (UTF-8, UTF-16 or Windows-1252) or .xlsx.',
    emptyFile: '{file}: the file is empty.',
    noHeaderRow: '{file}: the first row holds no header; a table starts with its column titles.',
    openQuote: '{file}: {detail}. Is a quote (") left open?',
    openQuoteAtRow: '{file}: {detail} (row {row}). Is a quote (") left open?',
    mixedDelimiter:
      '{file}: row {row} is separated by {used} where the header row uses {header}; the file mixes two separators. Export it again with one.',
    extraFields:
      '{file}: row {row} has {fields} fields where the header row has {header}; a separator inside a value must be quoted.',
    tooManyColumns: '{file}: {columns} columns; Excel holds at most {limit}.',
    tooManyRows: '{file}: more than {limit} rows, the most a worksheet holds.',
    tooManyRowsForSheet:
      '{file}: {rows} rows do not fit in a worksheet (at most {limit}); the KPIs can be printed (without --out), not written to .xlsx.',
    cellTooLong: '{file}: cell {cell} holds {length} characters; an Excel cell holds at most {limit}.',
    notXlsx: '{file}: not a readable .xlsx workbook ({detail}).',
    encryptedXlsx:
      '{file}: the workbook is password-protected (encrypted); open it in Excel and save a copy without a password.',
    cfbNotXlsx: '{file}: this is an old-format Excel file (.xls) with an .xlsx name; save it as .xlsx or .csv.',
    xlsxTooLarge:
      '{file}: the workbook unpacks to {mib} MiB, more than the {limit} MiB this command reads (a damaged file or a zip bomb?).',
    xlsxTextsTooLarge:
      "{file}: the workbook's shared texts unpack to {mib} MiB, more than the {limit} MiB this command holds in memory.",
    emptySheet: '{file}: the first worksheet is empty.',
    outputExists: '{file} already exists; not overwriting it. Use --force to replace it, or choose another --out.',
    outputFolderMissing: 'Cannot write {file}: the folder {dir} does not exist.',
    outputNotXlsx: '--out {file}: the workbook is written as .xlsx; name the file *.xlsx.',
    outputNotWritten: 'Cannot write {file}: {detail}',
    interrupted: 'interrupted ({signal}); no output file was left behind.',
    progress: 'Reading {file}: {percent} %',
    badDateOrder: '--date-order "{value}" is not one of dmy, mdy.',
    badLanguage: '--language "{value}" is not one of {accepted}.',
    badEndpoints: '--endpoints must be a positive number, got "{value}".',
    badTemplate: '--template "{value}" is not one of {accepted}.',
    templateNeedsInput: '--template {template} needs {option}.',
    reportNeedsInput: 'report needs --tickets FILE and/or --ledger FILE.',
    onlyScorecard:
      'template: the one template to write is "scorecard" (msp-kpi template scorecard --out scorecard.xlsx).',
    scorecardNeedsOut: 'template scorecard needs --out FILE.xlsx.',
    unknownCommand: 'Unknown command "{command}".',
    unknownOption: 'Unknown option "{option}".',
    optionNeedsValue: 'Option {option} needs a value: {option} VALUE or {option}=VALUE.',
    optionTakesNoValue: 'Option {option} takes no value.',
    unexpectedArgument: 'Unexpected argument "{value}".',
    optionProblem: '{option}: {problem}',
    holidayNotDate: '{file}: "{text}" is not a date (row {row}).',
    targetsNeedColumns: '{file}: targets need 3 columns: priority, response hours, resolution hours.',
    targetNoResponse: '{file}: priority "{priority}" has no response hours.',
    rowCount: '{count} rows',
    wroteReport: 'Wrote {file}: sheets {sheets}.',
    wroteScorecardExamples:
      'Wrote {file}: a Scorecard holding the worked examples; type your figures in the yellow input cells.',
    wroteScorecardEmpty: 'Wrote {file}: an empty Scorecard; type your figures in the yellow input cells.',
  },
};

export type CliMessages = typeof en;
