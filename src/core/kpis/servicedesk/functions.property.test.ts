import fc from 'fast-check';
import type { Arg, Cell } from '../../cells';
import { formatSerial } from '../../dates';
import { evaluate } from '../../evaluate';
import { ERROR_CODES, KpiError } from '../../errors';
import { HEADER_TABLES } from '../../tickets/headers';
import { serviceDeskFunctions } from './index';

/** Every header of the vocabulary, duration stems with a unit, plus some noise. */
const HEADERS = [
  ...HEADER_TABLES.flatMap((t) => [
    ...Object.values(t.headers).flat(),
    ...Object.values(t.stems ?? {})
      .flat()
      .flatMap((s) => [`${s} (hrs)`, `${s} in minutes`]),
  ]),
  'Subject',
  '',
  'Notes',
];

const WORDS = [
  'yes',
  'No',
  'Within SLA',
  'SLA Violated',
  'I',
  'O',
  'oui',
  'nein',
  'Closed',
  'Open',
  'good',
  '😞',
  'neutral',
  'median',
  'p90',
  'week',
  'jour',
  'Acme',
];

const plainCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(null, '', 0, 1, true, false, '  '),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 45_000, max: 46_000, noNaN: true }),
  fc.integer({ min: -5, max: 500 }),
  fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 16).replace('T', ' ')),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
);
const errorCell: fc.Arbitrary<Cell> = fc
  .constantFrom(...ERROR_CODES)
  .map((c) => new KpiError(c, { text: 'from the sheet' }));
/** Mostly clean cells; a grid with Excel errors in it is one case in five (an error ends the call early). */
const cell = (withErrors: boolean): fc.Arbitrary<Cell> =>
  withErrors ? fc.oneof({ arbitrary: plainCell, weight: 20 }, { arbitrary: errorCell, weight: 1 }) : plainCell;

/** A table: a header row from the vocabulary over a body of arbitrary cells. */
const grid = fc
  .tuple(
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  )
  .chain(([width, height, withErrors]) =>
    fc.tuple(
      fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.constant<Cell>(null)), { minLength: width, maxLength: width }),
      fc.array(fc.array(cell(withErrors), { minLength: width, maxLength: width }), {
        minLength: height,
        maxLength: height,
      }),
    ),
  )
  .map(([header, body]) => [header, ...body] as Cell[][]);

/** Columns of a plausible export: each cell of a row derived from its creation time, blanks included. */
const COLUMNS = [
  'Ticket #',
  'Company',
  'Status',
  'Created',
  'First Response',
  'Resolved',
  'Due By',
  'SLA Met',
  'FCR',
  'Hours',
  'First reply time in minutes',
  'Resolution time (in hrs)',
  'Satisfaction',
];
const blankOr = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | Cell> =>
  fc.oneof({ arbitrary: a, weight: 4 }, { arbitrary: fc.constantFrom<Cell>(null, '', 0), weight: 1 });
const ticketRow = fc
  .tuple(
    fc.integer({ min: 1, max: 99_999 }),
    fc.constantFrom('Acme', 'acme', 'Brix NV', 'Café Müller', null),
    fc.constantFrom('Open', 'Closed', 'Résolu', 'Waiting', ''),
    blankOr(fc.double({ min: 45_000, max: 45_400, noNaN: true })),
    fc.array(blankOr(fc.double({ min: 0, max: 40, noNaN: true })), { minLength: 3, maxLength: 3 }),
    fc.array(blankOr(fc.constantFrom('yes', 'No', 'TRUE', 'violated', 'I', 'O', 'oui', true, false)), {
      minLength: 2,
      maxLength: 2,
    }),
    fc.array(blankOr(fc.double({ min: 0, max: 200, noNaN: true })), { minLength: 3, maxLength: 3 }),
    blankOr(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom('good', 'bad', '👍', 'neutral'))),
    fc.boolean(),
  )
  .map(([id, client, status, created, offsets, flags, amounts, csat, iso]) => {
    const at = (offset: Cell): Cell =>
      typeof created === 'number' && typeof offset === 'number'
        ? iso
          ? formatSerial(created + offset)
          : created + offset
        : offset;
    return [
      id,
      client,
      status,
      iso && typeof created === 'number' ? formatSerial(created) : created,
      ...offsets.map(at),
      ...flags,
      ...amounts,
      csat,
    ] as Cell[];
  });
const ticketGrid = fc
  .tuple(fc.shuffledSubarray([...COLUMNS.keys()], { minLength: 1 }), fc.array(ticketRow, { maxLength: 40 }))
  .map(([cols, rows]) => [cols.map((c) => COLUMNS[c]!), ...rows.map((r) => cols.map((c) => r[c]!))]);

const table = fc.oneof(ticketGrid, grid);
const extra: fc.Arbitrary<Arg> = fc.oneof(
  plainCell,
  fc.constantFrom('median', 'p90', 'week', 'day', 'semaine', '2025-03-01', 4, 8),
  grid,
  fc.constant(undefined),
);

describe('service desk functions under arbitrary input', () => {
  for (const spec of serviceDeskFunctions) {
    it(`${spec.id} returns a value or a KpiError, never throws, never an empty or non-finite cell`, () => {
      fc.assert(
        fc.property(table, fc.array(extra, { maxLength: spec.params.length - 1 }), (g, rest) => {
          const out = evaluate(spec, [g, ...rest]);
          if (out instanceof KpiError) {
            // Our own errors carry a message naming the function; errors from the sheet pass through.
            if (!out.message.startsWith('from the sheet'))
              expect(out.message).toMatch(new RegExp(`^MSP\\.${spec.id}: `));
            expect(out.message).not.toMatch(/unexpected error/);
            return;
          }
          const cells = Array.isArray(out) ? out.flat() : [out];
          // One expectation for the lot: spills can have thousands of cells.
          expect(
            cells.filter((c) => c === null || c === undefined || (typeof c === 'number' && !Number.isFinite(c))),
          ).toEqual([]);
          if (Array.isArray(out)) expect(new Set(out.map((r) => r.length)).size).toBe(1);
        }),
        { numRuns: 300 },
      );
    });
  }
});
