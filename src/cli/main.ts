import { type ParseArgsConfig, parseArgs } from 'util';
import { type DateOrder, dateOrderOfLocale, withDateOrder } from '../core/dateOrder';
import { isKpiError } from '../core/errors';
import { LANGUAGES, type Language, errorMessage, format, languageOf, messages, parseLanguage } from '../core/i18n';
import { CliError, EXIT } from './cliError';
import { type ContractOptions, holidaysOf, readBusinessHours, targetsOf } from './contract';
import { EXCEL } from './excelLimits';
import { type Headline, checkInputs, reportHeadlines } from './headline';
import { cliMessages } from './i18n';
import { MSG, type Say, cliText } from './messages';
import { checkOutput, writeNewFile } from './outputFile';
import { type OptionKinds, checkOptions } from './options';
import { type Progress, lineProgress, noProgress } from './progress';
import { readInput } from './readInput';
import { type ReportTemplate, REPORT_TEMPLATES, reportPlans, scorecardPlan } from './plans';
import { formatHeadlines, formatRead } from './terminal';
import { type ReadBlock, whatWasRead } from './whatWasRead';

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly colour: boolean;
  /** Where a long read shows how far it is (a line on a terminal's stderr), in the words of `say`. */
  readonly progress?: (say: Say) => Progress;
  /** The system's locale (`fr_BE.UTF-8` …): the language of a run without --language; English without one. */
  readonly locale?: string;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  progress: (say) => (process.stderr.isTTY ? lineProgress((t) => process.stderr.write(t), say) : noProgress),
  // The variables gettext reads for messages, first set first.
  locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
};

/** `--help` in a language, the report templates filled in. */
const usage = (lang: Language): string => format(cliMessages(lang).usage, { templates: REPORT_TEMPLATES.join(', ') });

/** ExcelJS takes a fifth of a second to load: only commands that write a workbook load it. */
const loadWriter = () => import('./xlsxWriter');

function readLanguage(value: string | undefined): Language {
  try {
    return parseLanguage(value ?? null);
  } catch (e) {
    if (isKpiError(e)) throw new CliError(MSG.badLanguage(value ?? '', LANGUAGES), EXIT.usage);
    throw e;
  }
}

/**
 * --date-order; else the order of --language's users (English month-first, as in the US); else
 * the system locale's (`en_US.UTF-8` month-first); else day-first.
 */
function readDateOrder(value: string | undefined, chosen: Language | undefined, locale: string | undefined): DateOrder {
  if (value === undefined) {
    if (chosen !== undefined) return chosen === 'en' ? 'mdy' : 'dmy';
    // A POSIX locale (`en_US.UTF-8`, `de_DE@euro`) as the language tag Office would give.
    return dateOrderOfLocale(locale?.split(/[.@]/)[0]!.replace('_', '-'));
  }
  const v = value.trim().toLowerCase();
  if (v !== 'dmy' && v !== 'mdy') throw new CliError(MSG.badDateOrder(value), EXIT.usage);
  return v;
}

function readEndpoints(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(MSG.badEndpoints(value), EXIT.usage);
  return n;
}

function readTemplates(value: string | undefined, hasTickets: boolean, hasLedger: boolean): ReportTemplate[] {
  if (value === undefined)
    return [...(hasTickets ? ['servicedesk' as const] : []), ...(hasLedger ? ['revenue' as const] : []), 'benchmarks'];
  const list = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const t of list) {
    if (!(REPORT_TEMPLATES as readonly string[]).includes(t))
      throw new CliError(MSG.badTemplate(t, REPORT_TEMPLATES), EXIT.usage);
    if (t === 'servicedesk' && !hasTickets) throw new CliError(MSG.templateNeedsInput(t, '--tickets'), EXIT.usage);
    if (t === 'revenue' && !hasLedger) throw new CliError(MSG.templateNeedsInput(t, '--ledger'), EXIT.usage);
  }
  return list as ReportTemplate[];
}

/**
 * The language of a run and the words of its messages: the system's, or the --language given when
 * it names one of the five, from the start (so a mistake in the command line is told in it); a bad
 * --language is reported in the system's.
 */
interface Run {
  language: Language;
  say: Say;
}

/** Reads --language (the system's language when not given) and words the rest of the run in it. */
function useLanguage(run: Run, value: string | undefined): Language {
  const lang = value === undefined ? run.language : readLanguage(value);
  run.language = lang;
  run.say = cliText(lang);
  return lang;
}

/** The language asked for: a --language among the arguments when it names one of the five, else the run's. */
function askedLanguage(args: readonly string[], run: Run): Language {
  const { language } = parseArgs({ args: [...args], strict: false, options: { language: { type: 'string' } } }).values;
  try {
    return typeof language === 'string' ? parseLanguage(language) : run.language;
  } catch {
    return run.language;
  }
}

/** A command's arguments, checked in the language asked for, then read strictly. */
function readArgs<T extends NonNullable<ParseArgsConfig['options']> & OptionKinds>(
  args: string[],
  options: T,
  run: Run,
  positionals = false,
) {
  useLanguage(run, askedLanguage(args, run));
  checkOptions(args, options, positionals);
  return parseArgs({ args, options, allowPositionals: positionals });
}

const REPORT_OPTIONS = {
  tickets: { type: 'string' },
  ledger: { type: 'string' },
  out: { type: 'string' },
  template: { type: 'string' },
  endpoints: { type: 'string' },
  'business-hours': { type: 'string' },
  holidays: { type: 'string' },
  targets: { type: 'string' },
  language: { type: 'string' },
  'date-order': { type: 'string' },
  currency: { type: 'string' },
  json: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
} as const;

async function report(args: string[], io: Io, run: Run): Promise<number> {
  const { values } = readArgs(args, REPORT_OPTIONS, run);
  const lang = useLanguage(run, values.language);
  if (!values.tickets && !values.ledger) throw new CliError(MSG.reportNeedsInput(), EXIT.usage);
  const dateOrder = readDateOrder(values['date-order'], values.language === undefined ? undefined : lang, io.locale);
  const endpoints = readEndpoints(values.endpoints);
  const templates = readTemplates(values.template, Boolean(values.tickets), Boolean(values.ledger));
  const businessHours = readBusinessHours(values['business-hours']);
  const holidays = values.holidays
    ? holidaysOf(values.holidays, (await readInput(values.holidays, { dateOrder })).grid)
    : undefined;
  const targets = values.targets
    ? targetsOf(values.targets, (await readInput(values.targets, { dateOrder })).grid)
    : undefined;
  const contract: ContractOptions = {
    ...(businessHours ? { businessHours } : {}),
    ...(holidays ? { holidays } : {}),
    ...(targets ? { targets } : {}),
  };
  if (values.out) await checkOutput(values.out, values.force);

  const progress = io.progress?.(run.say) ?? noProgress;
  const read = async (file: string | undefined) =>
    file ? { file, ...(await readInput(file, { dateOrder, progress })) } : null;
  const tickets = await read(values.tickets);
  const ledger = await read(values.ledger);
  checkInputs(tickets, ledger);
  // The data sheets of the workbook hold the inputs as read: more rows than a sheet holds cannot be written.
  if (values.out)
    for (const input of [tickets, ledger])
      if (input && input.grid.length > EXCEL.rows)
        throw new CliError(MSG.tooManyRowsForSheet(input.file, input.grid.length, EXCEL.rows), EXIT.output);

  // The sheets are planned once: the terminal, the JSON and the workbook show the same lines. An
  // input's sheet is planned even when --template leaves it out of the workbook, for its headlines.
  // Workbook inputs keep text dates as text: the core reads them with the same default order.
  const planned: ReportTemplate[] = [
    ...new Set([...templates, ...(tickets ? ['servicedesk' as const] : []), ...(ledger ? ['revenue' as const] : [])]),
  ];
  const report = withDateOrder(dateOrder, () =>
    reportPlans({
      templates: planned,
      tickets,
      ledger,
      language: lang,
      endpoints,
      contract,
      currency: values.currency ?? null,
    }),
  );
  const headlines: { tickets?: Headline[]; ledger?: Headline[] } = {};
  const wasRead: { tickets?: ReadBlock; ledger?: ReadBlock } = {};
  withDateOrder(dateOrder, () => {
    if (tickets) {
      headlines.tickets = reportHeadlines('servicedesk', report, lang);
      wasRead.tickets = whatWasRead('tickets', tickets.grid, lang);
    }
    if (ledger) {
      headlines.ledger = reportHeadlines('revenue', report, lang);
      wasRead.ledger = whatWasRead('ledger', ledger.grid, lang);
    }
  });
  const sheetWarnings: string[] = [];

  let workbook: {
    file: string;
    sheets: readonly string[];
    nativeFormulas: number;
    staticValues: number;
    charts: readonly string[];
  } | null = null;
  if (values.out) {
    const { writeWorkbook, xlsxBytes } = await loadWriter();
    for (const s of report.skipped.filter((k) => templates.includes(k.template)))
      sheetWarnings.push(
        format(cliMessages(lang).cliReport.sheetNotWritten, {
          sheet: s.template,
          reason: errorMessage(s.error, lang, false),
        }),
      );
    const sheets = report.plans.filter((p) => (templates as readonly string[]).includes(p.settings.template));
    const written = withDateOrder(dateOrder, () => writeWorkbook(sheets, report.data));
    await writeNewFile(values.out, await xlsxBytes(written), values.force, run.say);
    workbook = {
      file: values.out,
      sheets: written.workbook.worksheets.map((w) => w.name),
      nativeFormulas: written.formulas.filter((f) => f.kind === 'native').length,
      staticValues: written.formulas.filter((f) => f.kind === 'static').length,
      charts: written.charts.flatMap((s) => s.charts.map((c) => `${s.sheet}: ${c.title}`)),
    };
  }

  if (values.json) {
    const input = (i: typeof tickets) =>
      i && {
        file: i.file,
        read: i.describe(lang),
        rows: Math.max(0, i.grid.length - 1),
        dateOrder:
          i.dateOrder && 'conflict' in i.dateOrder
            ? { conflict: errorMessage(i.dateOrder.conflict, lang, false) }
            : (i.dateOrder ?? null),
        columns: (i === tickets ? wasRead.tickets : wasRead.ledger)?.table ?? [],
        warnings: (i === tickets ? wasRead.tickets : wasRead.ledger)?.warnings ?? [],
      };
    io.out(
      JSON.stringify(
        {
          language: lang,
          inputs: { tickets: input(tickets), ledger: input(ledger) },
          kpis: headlines,
          workbook,
          warnings: sheetWarnings,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const r = messages(lang).ratings;
  const words = { good: [r.best, r.healthy], watch: r.watch };
  if (tickets && headlines.tickets)
    io.out(
      formatHeadlines(
        `${messages(lang).sheet.titles.serviceDesk} — ${tickets.describe(lang)}, ${run.say(MSG.rowCount(tickets.grid.length - 1))}`,
        headlines.tickets,
        words,
        io.colour,
      ),
    );
  if (ledger && headlines.ledger)
    io.out(
      formatHeadlines(
        `${messages(lang).sheet.titles.recurringRevenue} — ${ledger.describe(lang)}`,
        headlines.ledger,
        words,
        io.colour,
      ),
    );
  for (const [input, block] of [
    [tickets, wasRead.tickets],
    [ledger, wasRead.ledger],
  ] as const)
    if (input && block) io.out(formatRead(`${cliMessages(lang).cliReport.whatWasRead} — ${input.file}`, block, lang));
  if (sheetWarnings.length) io.out(sheetWarnings.map((w) => `  ! ${w}`).join('\n'));
  if (workbook) io.out(run.say(MSG.wroteReport(workbook.file, workbook.sheets)));
  return 0;
}

const TEMPLATE_OPTIONS = {
  out: { type: 'string' },
  language: { type: 'string' },
  currency: { type: 'string' },
  examples: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
} as const;

async function template(args: string[], io: Io, run: Run): Promise<number> {
  const { values, positionals } = readArgs(args, TEMPLATE_OPTIONS, run, true);
  const lang = useLanguage(run, values.language);
  if (positionals.length !== 1 || positionals[0] !== 'scorecard') throw new CliError(MSG.onlyScorecard(), EXIT.usage);
  if (!values.out) throw new CliError(MSG.scorecardNeedsOut(), EXIT.usage);
  await checkOutput(values.out, values.force);
  const { writeWorkbook, xlsxBytes } = await loadWriter();
  const written = writeWorkbook([scorecardPlan(lang, values.currency ?? null, values.examples)], []);
  await writeNewFile(values.out, await xlsxBytes(written), values.force, run.say);
  io.out(run.say(MSG.wroteScorecard(values.out, values.examples)));
  return 0;
}

/** Runs the command line; returns the exit code (never throws for a user mistake). */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  const system = languageOf(io.locale);
  const run: Run = { language: system, say: cliText(system) };
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(usage(askedLanguage(rest, run)));
      return command === undefined ? EXIT.usage : 0;
    }
    if (command === 'report') return await report(rest, io, run);
    if (command === 'template') return await template(rest, io, run);
    throw new CliError(MSG.unknownCommand(command), EXIT.usage, true);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    io.err(`msp-kpi: ${e.in(run.say)}${e.withUsage ? `\n\n${usage(run.language)}` : ''}`);
    return e.exitCode;
  }
}
