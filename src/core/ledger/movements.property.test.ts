import fc from 'fast-check';
import { run } from '../../../test/helpers/kpiError';
import type { Arg, Cell, Grid } from '../cells';
import { KpiError } from '../errors';
import { revenueFunctions } from '../kpis/revenue';
import { firstError } from '../cells';
import { ledgerMovements, periodMovements } from './movements';
import { parseLedger } from './parse';

/** Excel's three blanks, whole amounts and amounts in cents. */
const amount: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant(0),
  fc.integer({ min: 1, max: 5000 }),
  fc.integer({ min: 1, max: 100_000_000 }).map((cents) => cents / 100),
);

/** A wide ledger with repeated (and differently cased) customer names. */
const wideLedger: fc.Arbitrary<Grid> = fc
  .record({ periods: fc.integer({ min: 1, max: 8 }), customers: fc.integer({ min: 1, max: 10 }) })
  .chain(({ periods, customers }) =>
    fc
      .array(
        fc.tuple(
          fc.constantFrom('Acme', 'acme', 'Beta', 'Gamma', 'Delta', 7),
          fc.array(amount, { minLength: periods, maxLength: periods }),
        ),
        {
          minLength: customers,
          maxLength: customers,
        },
      )
      .map((rows): Grid => [
        ['Customer', ...Array.from({ length: periods }, (_, t) => `P${t + 1}`)],
        ...rows.map(([name, cells]) => [name, ...cells]),
      ]),
  );

/** Anything a cell can hold, errors included. */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  amount,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 40000, max: 47000 }),
  fc.boolean(),
  fc.string(),
  fc.constantFrom(
    '2025-01',
    '2025-02-15',
    'monthly',
    'annual',
    'one-time',
    'mrr',
    'Customer',
    'Invoice date',
    'Amount',
    'n/a',
  ),
  fc.constantFrom(new KpiError('#N/A', { text: 'upstream' }), new KpiError('#REF!')),
);
const anyGrid: fc.Arbitrary<Grid> = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, cols }) =>
    fc.array(fc.array(anyCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );
/** Long ledgers with arbitrary rows under a proper header. */
const longLedger: fc.Arbitrary<Grid> = fc
  .array(
    fc.tuple(
      fc.constantFrom('Acme', 'Beta', null, 3),
      fc.oneof(fc.integer({ min: 45000, max: 46500 }), anyCell),
      amount,
    ),
    { maxLength: 12 },
  )
  .map((rows): Grid => [['Customer', 'Invoice date', 'Amount'], ...rows]);
const anyArg: fc.Arbitrary<Arg> = fc.oneof(anyCell, anyGrid, wideLedger, longLedger, fc.constant(undefined));

const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, scale);

describe('MRR movements on arbitrary ledgers', () => {
  it('Start + New + Expansion + Reactivation + Contraction + Churn = End in every period, and each start is the previous end', () => {
    fc.assert(
      fc.property(wideLedger, (grid) => {
        const ledger = parseLedger(grid);
        const m = ledgerMovements(ledger);
        for (let t = 1; t < ledger.periods.length; t++) {
          const sum =
            m.start[t]! + m.newMrr[t]! + m.expansion[t]! + m.reactivation[t]! + m.contraction[t]! + m.churn[t]!;
          if (!close(sum, m.end[t]!, m.start[t]! + m.end[t]!)) return false;
          if (m.start[t] !== m.end[t - 1] || m.customersStart[t] !== m.customersEnd[t - 1]) return false;
          if (
            m.contraction[t]! > 0 ||
            m.churn[t]! > 0 ||
            m.newMrr[t]! < 0 ||
            m.expansion[t]! < 0 ||
            m.reactivation[t]! < 0
          )
            return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('MRRMOVES rows keep the identity too', () => {
    fc.assert(
      fc.property(wideLedger, (grid) => {
        const out = run('MRRMOVES', grid);
        if (out instanceof KpiError) return out.code === '#N/A'; // a single period has no movements
        const rows = out as number[][];
        return rows
          .slice(1)
          .every(([, start, n, e, r, c, ch, end]) => close(start! + n! + e! + r! + c! + ch!, end!, start! + end!));
      }),
    );
  });

  it('window metrics stay within their bounds', () => {
    const window = wideLedger.chain((grid) => {
      const n = grid[0]!.length - 1;
      return fc.record({
        grid: fc.constant(grid),
        p: fc.integer({ min: 1, max: n }),
        k: fc.integer({ min: 1, max: n }),
      });
    });
    fc.assert(
      fc.property(window, ({ grid, p, k }) => {
        const churn = run('CHURN', grid, p, k);
        if (churn instanceof KpiError) {
          // Too long a window, or nobody active at its start.
          return (p - k < 1 && churn.code === '#N/A') || churn.code === '#DIV/0!';
        }
        const retention = run('RETENTION', grid, p, k) as number;
        const nrr = run('NRR', grid, p, k) as number;
        const grr = run('GRR', grid, p, k) as number;
        const mrrChurn = run('CHURN', grid, p, k, 'mrr') as number;
        const within = (x: number) => x >= 0 && x <= 1;
        return (
          within(churn as number) &&
          close((churn as number) + retention, 1, 1) &&
          within(grr) &&
          nrr >= 0 &&
          grr <= nrr + 1e-12 &&
          close(grr + mrrChurn, 1, 1)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('no revenue function lets anything but a KpiError out, whatever the arguments', () => {
    const call = fc.record({ f: fc.constantFrom(...revenueFunctions), args: fc.array(anyArg, { maxLength: 4 }) });
    fc.assert(
      fc.property(call, ({ f, args }) => {
        const out = run(f.id, ...args);
        if (out instanceof KpiError) return !/unexpected error/.test(out.message);
        if (Array.isArray(out))
          return out.every((row) =>
            row.every((c) => c !== null && c !== undefined && (typeof c !== 'number' || Number.isFinite(c))),
          );
        return typeof out !== 'number' || Number.isFinite(out);
      }),
      { numRuns: 2000 },
    );
  });

  it('periodMovements gives, to the last bit, the sums ledgerMovements gives at that period', () => {
    fc.assert(
      fc.property(wideLedger, (grid) => {
        const ledger = parseLedger(grid);
        const all = ledgerMovements(ledger);
        for (let t = 1; t < ledger.periods.length; t++) {
          const one = periodMovements(ledger, t);
          for (const key of Object.keys(all) as (keyof typeof all)[])
            if (!Object.is(one[key][0], all[key][t])) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseLedger on arbitrary ranges', () => {
  const outcome = (read: () => unknown): unknown => {
    try {
      return read();
    } catch (e) {
      return e;
    }
  };
  const plain = (l: unknown) =>
    l instanceof KpiError ? l : JSON.stringify(l, (_, v) => (v instanceof Float64Array ? Array.from(v) : v));

  it('reads what parseLedger reads, or throws the first Excel error of the range, then what parseLedger throws', () => {
    const grids = fc.array(fc.oneof(wideLedger, longLedger, anyGrid), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(grids, (list) =>
        // Several in turn, twice: each read reuses the memory of the one before.
        [...list, ...list].every((grid) => {
          const got = plain(outcome(() => parseLedger(grid)));
          const expected = firstError(grid) ?? plain(outcome(() => parseLedger(grid.map((row) => [...row]))));
          return got instanceof KpiError && expected instanceof KpiError
            ? got.code === expected.code && got.message === expected.message
            : got === expected;
        }),
      ),
      { numRuns: 2000 },
    );
  });
});
