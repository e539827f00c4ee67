import { type Grid, type Scalar } from '../../cells';
import { fail } from '../../errors';
import { type Ledger, parseLedger } from '../../ledger/parse';
import { readWindow, windowStats } from '../../ledger/windows';

/** What the recurring-revenue functions share: ledger, period and window parameters, notes, the worked example ledger. */

export const ledgerParam = {
  name: 'ledger',
  kind: 'range',
  description:
    'Subscription ledger with its header row: customers × periods (wide) or one row per customer and date with an amount (long).',
} as const;

export const periodParam = {
  name: 'period',
  kind: 'scalar',
  optional: true,
  description: 'The period: 1 to N counts the period columns, or a header label or date; default the last period.',
} as const;

export const monthsParam = {
  name: 'months',
  kind: 'number',
  optional: true,
  integer: true,
  min: 1,
  defaultValue: 1,
  description: 'Length of the window in periods (k); default 1.',
} as const;

export const marginParam = {
  name: 'gross_margin',
  kind: 'number',
  optional: true,
  greaterThan: 0,
  max: 1,
  defaultValue: 1,
  description: 'Gross margin as a fraction in (0, 1]; default 1 (revenue).',
} as const;

export const LEDGER_NOTES =
  'Ledger layout (wide or long) is detected from the header (SPEC §2.1); long ledgers are bucketed by calendar month, every month from the first to the last being a period. Customers are matched trimmed and case-insensitively, like a pivot table. A negative or text amount is #VALUE! naming the cell.';

export const PERIOD_NOTES =
  '`period`: a whole number 1 to N picks the N-th period column; otherwise it is matched to a header label (case-insensitive) or, for a date, to the header of the same day or the only header in the same calendar month (any day of March 2025 finds 2025-03); an unknown period is #N/A.';

export const WINDOW_NOTES = `${PERIOD_NOTES} The window of \`months\` periods ends at \`period\` and looks at the customers active at its start (new and reactivated customers are left out). A window starting before the first period is #N/A; a cohort with no customers or no MRR is #DIV/0!.`;

/** Hand-worked in the examples: Alpha expands, Beta contracts then churns, Gamma is new in March, Delta churns and comes back. */
export const EXAMPLE_LEDGER: Grid = [
  ['Customer', '2025-01', '2025-02', '2025-03'],
  ['Alpha', 100, 120, 120],
  ['Beta', 200, 150, 0],
  ['Gamma', 0, 0, 80],
  ['Delta', 50, null, 60],
];

/** A ledger needs two periods before anything moves. */
export function requireMovements(ledger: Ledger): void {
  if (ledger.periods.length < 2) throw fail.na('singlePeriod');
}

/** Reads the ledger and window of the window functions (CHURN, RETENTION, NRR, GRR). */
export function windowOf(grid: Grid, period: Scalar, months: number) {
  const ledger = parseLedger(grid);
  return windowStats(ledger, readWindow(ledger, period, months));
}
