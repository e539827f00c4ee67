import { checkBounds, sumArg } from '../../args';
import { type Grid, type Scalar } from '../../cells';
import { parseLedger } from '../../ledger/parse';
import { resolvePeriod } from '../../ledger/period';
import { periodTotals } from '../../ledger/totals';
import { defineFunction } from '../../spec';
import { arg, div, divide, evalExpr } from '../../formula/expr';
import { LEDGER_NOTES, PERIOD_NOTES, EXAMPLE_LEDGER } from './shared';

/** A range of at least 2 × 2 cells is a ledger (a header row and a customer column); anything smaller is an MRR amount. */
const isLedgerShape = (grid: Grid): boolean => grid.length >= 2 && (grid[0]?.length ?? 0) >= 2;

const arpaFirst = {
  name: 'mrr_or_ledger',
  kind: 'range',
  min: 0,
  unit: 'currency',
  description: 'MRR (a number, or a single row or column summed) — or a ledger range with its header row.',
} as const;

const arpaSecond = {
  name: 'customers_or_period',
  kind: 'scalar',
  optional: true,
  min: 0,
  description: 'With an MRR: the number of customers. With a ledger: the period (default the last).',
} as const;

/** ARPA(mrr, customers), the scalar form. */
const ARPA_SCALAR = div(arg(arpaFirst.name), arg(arpaSecond.name));

function arpa(first: Grid, second: Scalar): number {
  if (isLedgerShape(first)) {
    const ledger = parseLedger(first);
    const { mrr: total, customers } = periodTotals(ledger, resolvePeriod(ledger, second));
    return divide(['periodMrr', total], ['activeCustomers', customers]);
  }
  return evalExpr(ARPA_SCALAR, {
    [arpaFirst.name]: checkBounds(arpaFirst, sumArg(arpaFirst.name, first)),
    [arpaSecond.name]: checkBounds(arpaSecond, second === null ? 0 : sumArg(arpaSecond.name, second)),
  });
}

export const ARPA = defineFunction({
  id: 'ARPA',
  family: 'revenue',
  description: 'Average revenue per account: MRR ÷ active customers, from two numbers or from a ledger and a period.',
  params: [arpaFirst, arpaSecond],
  unit: 'currency',
  scalar: ARPA_SCALAR,
  notes: `Two forms. ARPA(mrr, customers): a first argument that is one cell, one row or one column is an MRR amount (summed like SUM) and the second the customer count (blank or 0 is #DIV/0!). ARPA(ledger, [period]): a first argument of at least 2 rows × 2 columns is a ledger, and ARPA is the period's MRR ÷ the customers active in it. ${LEDGER_NOTES} ${PERIOD_NOTES}`,
  examples: [
    { formula: '=MSP.ARPA(10000, 40)', args: [10000, 40], result: 250 },
    // Feb: (120 + 150) ÷ 2 active customers.
    { formula: '=MSP.ARPA(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 135 },
    // Mar: (120 + 80 + 60) ÷ 3.
    { formula: '=MSP.ARPA(A1:D5)', args: [EXAMPLE_LEDGER], result: 260 / 3 },
    { formula: '=MSP.ARPA(10000, 0)', args: [10000, 0], result: '#DIV/0!' },
  ],
  compute: (first, second) => arpa(first, second),
});
