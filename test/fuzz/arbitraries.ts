import fc from 'fast-check';
import type { ParamSpec } from '../../src/core/args';
import type { Arg, Cell, Grid } from '../../src/core/cells';
import { ERROR_CODES, KpiError } from '../../src/core/errors';
import { LEDGER_HEADERS } from '../../src/core/ledger/headers';
import { FUNCTIONS } from '../../src/core/registry';
import { HEADER_TABLES } from '../../src/core/tickets/headers';

/**
 * Generators of what Excel can hand a custom function, biased towards the values the core has to
 * tell apart (blanks in three forms, dates as serials and ISO text, flags, header words, errors) so
 * random inputs reach past the first validation into the parsers.
 */

/** Every header the ticket and ledger readers know, in all five languages. */
const HEADER_WORDS: readonly string[] = [
  ...new Set([
    ...HEADER_TABLES.flatMap((t) => Object.values(t.headers).flat()),
    'First response time (in hrs)',
    'First reply time in minutes',
    'Time to resolution (hours)',
    ...Object.values(LEDGER_HEADERS).flat(),
  ]),
];

/** Words that select options, flags, CSAT answers, statuses, KPI ids and languages. */
const WORDS: readonly string[] = [
  'mean',
  'median',
  'p90',
  'max',
  'médiane',
  'mediaan',
  'month',
  'week',
  'day',
  'mois',
  'settimana',
  'mrr',
  'customers',
  'clients',
  'healthy',
  'best',
  'en',
  'fr',
  'nl',
  'it',
  'de',
  'xx',
  'monthly',
  'annual',
  'quarterly',
  'one-time',
  'trimestriel',
  'yes',
  'no',
  'TRUE',
  'met',
  'breached',
  'Within SLA',
  'SLA Violated',
  'I',
  'O',
  'oui',
  'nee',
  'sì',
  'ja',
  'nein',
  'positive',
  'neutral',
  'negative',
  'satisfied',
  'good',
  'bad',
  '👍',
  '👎',
  '😀',
  '😐',
  '😞',
  'tevreden',
  'Open',
  'Closed',
  'Resolved',
  'In Progress',
  'fermé',
  'nope',
  // KPI ids, for MSP.BENCHMARK, TARGET and ADVICE.
  ...FUNCTIONS.map((f) => f.id),
];

const ISO_TEXT = fc.oneof(
  fc.constantFrom(
    '2025-01',
    '2025-02',
    '2024-12',
    '2025-03-05',
    '2025-03-05 14:30',
    '2025-03-05T14:30:00Z',
    '2025-02-30',
    '9999-12-31',
    '0000-01-01',
  ),
  fc
    .date({ min: new Date('1995-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const NUMBER = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    4,
    5,
    100,
    NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    5e-324,
    2_958_466,
    1e15,
  ),
  fc.integer({ min: -1000, max: 100_000 }),
  // Excel serials of 2020–2030 with a time of day: what PSA exports hold.
  fc.double({ min: 43_831, max: 47_848, noNaN: true }),
  fc.double(),
);

const TEXT = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u00a0',
    '12',
    '1,5',
    '50%',
    '-3',
    'abc',
    '<img src=x onerror=alert(1)>',
    '=1+1',
    '#N/A',
    '#DIV/0!',
    '1:30',
    'ʕ•ᴥ•ʔ',
    '🙂🙂',
  ),
  fc.constantFrom(...HEADER_WORDS),
  fc.constantFrom(...WORDS),
  ISO_TEXT,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

const ERROR = fc.constantFrom(...ERROR_CODES).map((code) => new KpiError(code, { text: 'fuzz' }));

/** One cell as the core receives it. Errors are rare, or they would stop nearly every call at once. */
export const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 30, arbitrary: NUMBER },
  { weight: 30, arbitrary: TEXT },
  { weight: 5, arbitrary: fc.boolean() },
  { weight: 15, arbitrary: fc.constantFrom<Cell>(null, '', 0) },
  { weight: 2, arbitrary: ERROR },
);

/** Mostly `valid`, now and then any cell at all: inputs that get deep into a parser before failing, if they fail. */
const mostly = (valid: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> =>
  fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: cell });

/** A rectangular grid (Excel never passes ragged ranges) of rows × cols cells. */
export const gridOf = (cells: fc.Arbitrary<Cell>, maxRows = 8, maxCols = 8): fc.Arbitrary<Grid> =>
  fc
    .record({ rows: fc.integer({ min: 1, max: maxRows }), cols: fc.integer({ min: 1, max: maxCols }) })
    .chain(({ rows, cols }) =>
      fc.array(fc.array(cells, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    );

/** A grid whose first row is real headers (ticket or ledger), so the body reaches the column parsers. */
const headedGrid: fc.Arbitrary<Grid> = fc
  .record({ rows: fc.integer({ min: 1, max: 12 }), cols: fc.integer({ min: 1, max: 10 }) })
  .chain(({ rows, cols }) =>
    fc.tuple(
      fc.array(
        fc.oneof({ weight: 5, arbitrary: fc.constantFrom<Cell>(...HEADER_WORDS) }, { weight: 1, arbitrary: cell }),
        { minLength: cols, maxLength: cols },
      ),
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    ),
  )
  .map(([header, body]) => [header, ...body]);

/** A wide ledger: customers down, periods across, amounts mostly valid. */
const amount: fc.Arbitrary<Cell> = mostly(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 500 }) },
    { weight: 3, arbitrary: fc.constantFrom<Cell>(null, '', 0) },
  ),
);
const customerName = mostly(fc.constantFrom<Cell>('Alpha', 'beta', 'Beta ', 'Gamma', 7, 'Ünïcødé 🙂'));
const monthLabel = (start: number, t: number): string =>
  `${2024 + Math.floor((start + t) / 12)}-${String(((start + t) % 12) + 1).padStart(2, '0')}`;
const wideLedger: fc.Arbitrary<Grid> = fc
  .record({
    customers: fc.integer({ min: 1, max: 8 }),
    periods: fc.integer({ min: 1, max: 8 }),
    start: fc.integer({ min: 0, max: 11 }),
  })
  .chain(({ customers, periods, start }) =>
    fc.tuple(
      fc.constant<Cell[]>(['Customer', ...Array.from({ length: periods }, (_, t) => monthLabel(start, t))]),
      fc.array(fc.tuple(customerName, fc.array(amount, { minLength: periods, maxLength: periods })), {
        minLength: customers,
        maxLength: customers,
      }),
    ),
  )
  .map(([header, rows]) => [header, ...rows.map(([name, amounts]) => [name, ...amounts])]);

/** A long ledger: one row per customer and date, dates as serials or ISO text. */
const longLedger: fc.Arbitrary<Grid> = fc
  .array(
    fc.tuple(
      customerName,
      mostly(
        fc.oneof(
          fc.integer({ min: 45_658, max: 46_200 }),
          fc.integer({ min: 0, max: 17 }).map((t) => monthLabel(0, t)),
        ),
      ),
      amount,
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((rows): Grid => [['Customer', 'Invoice date', 'Monthly amount'], ...rows]);

/**
 * A ticket export: a random choice of role columns (headers from the vocabulary, in any language),
 * rows whose timestamps keep their order (created ≤ response ≤ resolved) most of the time.
 */
const TICKET_COLUMNS: readonly { header: fc.Arbitrary<string>; value: (t: TicketRow) => Cell }[] = HEADER_TABLES.map(
  (table) => ({
    // Duration roles are matched by a stem and a unit ("First response time (in hrs)"); "" is a bare unit.
    header: fc.constantFrom(
      ...Object.values(table.headers).flat(),
      ...Object.values(table.stems ?? {})
        .flat()
        .map((stem) => `${stem} (hrs)`.trim()),
    ),
    value: (t: TicketRow): Cell => t[table.role as keyof TicketRow] ?? t.text,
  }),
);
interface TicketRow {
  created: Cell;
  firstResponse: Cell;
  resolved: Cell;
  due: Cell;
  slaMet: Cell;
  firstContact: Cell;
  hours: Cell;
  firstResponseTime: Cell;
  resolutionTime: Cell;
  status: Cell;
  client: Cell;
  text: Cell;
}
const serialOrIso = (serial: number, asText: boolean): Cell =>
  asText ? new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 16).replace('T', ' ') : serial;
const ticketRow: fc.Arbitrary<TicketRow> = fc
  .record({
    created: fc.double({ min: 45_658, max: 46_022, noNaN: true }),
    response: fc.double({ min: 0, max: 2, noNaN: true }),
    resolve: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
    due: fc.double({ min: 0, max: 5, noNaN: true }),
    asText: fc.boolean(),
    flag: fc.constantFrom<Cell>(
      true,
      false,
      1,
      0,
      'yes',
      'No',
      'met',
      'breached',
      'Within SLA',
      'SLA Violated',
      'I',
      'O',
      'oui',
      'nee',
      null,
      '',
    ),
    hours: fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.constantFrom<Cell>('1:30', '', null)),
    status: fc.constantFrom<Cell>('Open', 'Closed', 'Resolved', 'In Progress', 'Fermé', null),
    client: fc.constantFrom<Cell>('Acme', 'acme ', 'Beta BV', 42, null, '<b>x</b>'),
  })
  .map(({ created, response, resolve, due, asText, flag, hours, status, client }) => ({
    created: serialOrIso(created, asText),
    firstResponse: created + response,
    resolved: resolve === null ? null : serialOrIso(created + response + resolve, asText),
    due: created + due,
    slaMet: flag,
    firstContact: flag,
    hours,
    firstResponseTime: response * 24,
    resolutionTime: resolve === null ? null : resolve * 24,
    status,
    client,
    text: 'x',
  }));
const CREATED_COLUMN = TICKET_COLUMNS[HEADER_TABLES.findIndex((t) => t.role === 'created')]!;
const ticketTable: fc.Arbitrary<Grid> = fc
  .tuple(
    // Most functions need the creation time: usually present, so the other columns get exercised.
    fc
      .tuple(
        fc.boolean(),
        fc.subarray(
          TICKET_COLUMNS.filter((c) => c !== CREATED_COLUMN),
          { minLength: 1 },
        ),
      )
      .map(([withCreated, rest]) => (withCreated || rest.length === 0 ? [CREATED_COLUMN, ...rest] : rest)),
    fc.array(ticketRow, { minLength: 0, maxLength: 12 }),
  )
  .chain(([columns, rows]) =>
    fc.tuple(
      fc.tuple(...columns.map((c) => c.header)),
      fc.tuple(...rows.map((row) => fc.tuple(...columns.map((c) => mostly(fc.constant(c.value(row))))))),
    ),
  )
  .map(([header, body]) => [header as Cell[], ...(body as Cell[][])]);

/** A range argument: free-form, headed like an export, a ledger, a ticket table or a lone value; what its name asks for more often. */
export function rangeFor(name: string): fc.Arbitrary<Grid> {
  const tickets = /ticket/.test(name) ? 12 : 1;
  const ledger = /ledger/.test(name) ? 6 : 1;
  return fc.oneof(
    { weight: 1, arbitrary: gridOf(cell) },
    { weight: 1, arbitrary: headedGrid },
    { weight: ledger, arbitrary: wideLedger },
    { weight: ledger, arbitrary: longLedger },
    { weight: tickets, arbitrary: ticketTable },
    { weight: 1, arbitrary: cell.map((c) => [[c]]) },
  );
}

/** Any argument of a declared parameter: what a user may type or point at, including the wrong kind. */
export function argFor(p: ParamSpec): fc.Arbitrary<Arg> {
  if (p.kind === 'range') return rangeFor(p.name);
  return fc.oneof(
    { weight: 4, arbitrary: cell },
    { weight: p.kind === 'number' ? 1 : 4, arbitrary: fc.constantFrom<Arg>(...WORDS) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }) },
    { weight: 1, arbitrary: gridOf(cell, 3, 3) },
    // Optional options are mostly omitted: a random word rarely names a valid option, and would end the call early.
    { weight: p.optional ? 10 : 1, arbitrary: fc.constantFrom<Arg>(null, undefined) },
  );
}

/** A whole argument list for a function: its declared parameters, sometimes fewer, rarely one too many. */
export function argsFor(params: readonly ParamSpec[]): fc.Arbitrary<Arg[]> {
  const all = fc.tuple(...params.map(argFor));
  return fc.oneof(
    { weight: 18, arbitrary: all },
    { weight: 1, arbitrary: all.chain((a) => fc.integer({ min: 0, max: a.length }).map((n) => a.slice(0, n))) },
    { weight: 1, arbitrary: fc.tuple(all, cell).map(([a, extra]) => [...a, extra]) },
  );
}
