import type { Arg, Grid } from '../src/core/cells';
import type { FunctionSpec } from '../src/core/spec';
import {
  billingColumns,
  longLedger,
  onboardingColumns,
  responsesColumn,
  scoresColumn,
  shuffledRows,
  ticketGrid,
  unsortedTicketGrid,
  wideLedger,
} from './data';

/**
 * Which input each range function is measured on. Derived from the registry: a function whose
 * first parameter is a ticket table or a ledger gets those inputs (ledgers in both layouts); the
 * few column functions are named here. A range function with no recipe is reported, not skipped
 * silently, so a new function shows up in the bench as "not measured".
 */

/**
 * Ranges as Excel's runtime hands them to a function: deserialised from the host's JSON message,
 * each text cell a flat string of its own, rows laid out in memory one after the other. As the
 * generators build them, names are concatenations sharing their parts and a shuffled ledger's rows
 * lie scattered in memory: the bare scan of the shuffled ledger took 10× that of the same ledger in
 * order, a cost of the generator that no workbook has.
 */
const asHanded = (ranges: readonly Arg[]): readonly Arg[] => JSON.parse(JSON.stringify(ranges)) as Arg[];

export interface InputKind {
  readonly name: string;
  /** What one size counts, e.g. "rows" or "customers × 60 months". */
  readonly unit: string;
  /** Small and large sizes: the large one is 10× the small one. */
  readonly sizes: readonly [number, number];
  readonly build: (size: number) => readonly Arg[];
}

/** Every input kind, its ranges as the runtime hands them. */
const handed = <K extends Record<string, InputKind>>(kinds: K): K =>
  Object.fromEntries(
    Object.entries(kinds).map(([name, kind]) => [name, { ...kind, build: (n: number) => asHanded(kind.build(n)) }]),
  ) as K;

/** `BENCH_SCALE=0.1 npm run bench` for a quick trial run at a tenth of the sizes. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const sizes = (small: number): [number, number] => [
  Math.max(10, Math.round(small * SCALE)),
  Math.max(100, Math.round(small * 10 * SCALE)),
];

const column = (name: string, build: (n: number) => readonly Arg[]): InputKind => ({
  name,
  unit: 'rows',
  sizes: sizes(10_000),
  build,
});

export const INPUTS = handed({
  tickets: { name: 'tickets', unit: 'rows × 10 columns', sizes: sizes(10_000), build: (n) => [ticketGrid(n)] },
  unsortedTickets: {
    name: 'tickets, unsorted, priority, blanks null',
    unit: 'rows × 10 columns',
    sizes: sizes(10_000),
    build: (n) => [unsortedTicketGrid(n)],
  },
  wide: { name: 'ledger, wide', unit: 'customers × 60 months', sizes: sizes(1_000), build: (n) => [wideLedger(n)] },
  long: {
    name: 'ledger, long',
    unit: 'customers × 60 months, one row per invoice',
    sizes: sizes(1_000),
    build: (n) => [longLedger(n)],
  },
  unsortedLong: {
    name: 'ledger, long, unsorted',
    unit: 'customers × 60 months, one row per invoice, rows shuffled',
    sizes: sizes(1_000),
    build: (n) => [shuffledRows(longLedger(n))],
  },
  responses: column('survey answers', (n) => [responsesColumn(n)]),
  scores: column('effort scores', (n) => [scoresColumn(n)]),
  billing: column('amounts + billing terms', (n) => {
    const { amounts, terms } = billingColumns(n);
    return [amounts, terms];
  }),
  onboarding: column('start + live dates', (n) => {
    const { starts, lives } = onboardingColumns(n);
    return [starts, lives];
  }),
} satisfies Record<string, InputKind>);

export type InputName = keyof typeof INPUTS;

const BY_ID: Readonly<Record<string, readonly InputName[]>> = {
  CSAT: ['responses'],
  CES: ['scores'],
  MRR: ['billing'],
  ONBOARDINGTIME: ['onboarding'],
};

/** A required argument after the data: a plausible number (e.g. 500 endpoints). */
const FILLER = 500;
/**
 * Arguments after the data that are no plain number: MSP.TICKETSBY groups by the client column (the
 * 2nd); MSP.RESPONSESLA gets a 4-hour target, since the bench tables carry no response-SLA column.
 */
const REQUIRED: Readonly<Record<string, readonly Arg[]>> = { TICKETSBY: [2], RESPONSESLA: [4] };

export interface BenchCase {
  readonly spec: FunctionSpec;
  readonly input: InputName;
  /** The function's arguments around the input's ranges. */
  readonly args: (ranges: readonly Arg[]) => Arg[];
}

export function benchCases(functions: readonly FunctionSpec[]): { cases: BenchCase[]; unmeasured: string[] } {
  const cases: BenchCase[] = [];
  const unmeasured: string[] = [];
  for (const spec of functions) {
    if (!spec.params.some((p) => p.kind === 'range')) continue;
    const first = spec.params[0]!.name;
    const inputs: readonly InputName[] =
      BY_ID[spec.id] ??
      (first === 'tickets'
        ? ['tickets', 'unsortedTickets']
        : /ledger/.test(first)
          ? ['wide', 'long', 'unsortedLong']
          : []);
    if (inputs.length === 0) unmeasured.push(spec.id);
    for (const input of inputs) {
      cases.push({
        spec,
        input,
        args: (ranges) => {
          const args: Arg[] = [...ranges, ...(REQUIRED[spec.id] ?? [])];
          for (const p of spec.params.slice(args.length)) {
            if (p.optional) break;
            args.push(p.kind === 'number' ? FILLER : null);
          }
          return args;
        },
      });
    }
  }
  return { cases, unmeasured };
}

/** Cells in the range arguments (what the bare scan touches). */
export const cellCount = (args: readonly Arg[]): number =>
  args.reduce<number>((n, a) => n + (Array.isArray(a) ? (a as Grid).reduce((m, row) => m + row.length, 0) : 0), 0);
