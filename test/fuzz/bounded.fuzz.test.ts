import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { longLedger, responsesColumn, ticketGrid, wideLedger } from '../../bench/data';
import type { Arg, Grid } from '../../src/core/cells';
import { KpiError } from '../../src/core/errors';
import { evaluate } from '../../src/core/evaluate';
import { FUNCTIONS } from '../../src/core/registry';
import { cell, gridOf } from './arbitraries';
import { badOutcome } from './outcome';

/**
 * Huge and empty ranges in every range parameter of every function: still only values or Excel
 * errors, and no hang. The bound is deliberately generous (5 s for 2 000 rows, where a call takes
 * milliseconds): it catches runaway loops and quadratic blow-ups, not speed, which `npm run bench` measures.
 */
const BOUND_MS = 5000;
const ROWS = 2000;

const junk: Grid = fc
  .sample(
    gridOf(cell, 1, 10).map((g) => g[0]!),
    { numRuns: ROWS, seed: 7 },
  )
  .map((row) => [...row, ...Array(10 - row.length).fill(null)]);
const INPUTS: Record<string, Grid> = {
  'tickets 2 000 rows': ticketGrid(ROWS),
  'wide ledger 2 000 customers × 60 months': wideLedger(ROWS),
  'long ledger 200 customers × 60 months': longLedger(200),
  'survey column 2 000 rows': responsesColumn(ROWS),
  'random cells 2 000 × 10': junk,
  'header row only': [['Ticket #', 'Created', 'Resolved', 'Customer', '2025-01', '2025-02']],
  'one blank cell': [[null]],
  'one error cell': [[new KpiError('#REF!')]],
  'a column of blanks': Array.from({ length: ROWS }, () => ['']),
  'a far-future period': [
    ['Customer', 'Invoice date', 'Amount'],
    ['A', 45_000, 10],
    ['A', 2_958_000, 10],
  ],
};

const rangeFunctions = FUNCTIONS.filter((f) => f.params.some((p) => p.kind === 'range'));

describe('fuzz: huge and empty ranges, bounded time', () => {
  it.each(rangeFunctions.map((f) => [f.id, f] as const))('MSP.%s', (_id, spec) => {
    for (const [name, grid] of Object.entries(INPUTS)) {
      // The same grid in every range parameter; other parameters omitted (or a plausible 500 when required).
      const args: Arg[] = spec.params.map((p) => (p.kind === 'range' ? grid : p.optional ? null : 500));
      const t0 = performance.now();
      const out = evaluate(spec, args);
      const ms = performance.now() - t0;
      expect({ input: name, problem: badOutcome(spec.id, out) }).toEqual({ input: name, problem: undefined });
      expect({ input: name, slow: ms > BOUND_MS ? ms : false }).toEqual({ input: name, slow: false });
    }
  });
});

describe('the outcome check itself', () => {
  it('flags what a function must never return', () => {
    expect(badOutcome('X', 1)).toBeUndefined();
    expect(
      badOutcome('X', [
        ['A', 'B'],
        [1, ''],
      ]),
    ).toBeUndefined();
    expect(badOutcome('X', new KpiError('#N/A', { text: 'MSP.X: no data' }))).toBeUndefined();
    expect(badOutcome('X', NaN)).toMatch(/non-finite/);
    expect(badOutcome('X', [['A', 'B'], [1]])).toMatch(/not rectangular/);
    expect(
      badOutcome('X', [
        ['A', 'B'],
        [1, null as unknown as string],
      ]),
    ).toMatch(/null/);
    expect(badOutcome('X', [[1, 2]])).toMatch(/header/);
    expect(badOutcome('X', [])).toMatch(/no rows/);
    expect(badOutcome('X', new KpiError('#VALUE!', { text: 'MSP.X: unexpected error: boom' }))).toMatch(/crash/);
  });
});
