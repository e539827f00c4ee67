import { type Grid, type Scalar } from '../../cells';
import { fail } from '../../errors';
import { periodMovements } from '../../ledger/movements';
import { parseLedger } from '../../ledger/parse';
import { resolvePeriod } from '../../ledger/period';
import { defineFunction } from '../../spec';
import { divide } from '../../formula/expr';
import { ledgerParam, periodParam, LEDGER_NOTES, PERIOD_NOTES, EXAMPLE_LEDGER } from './shared';

function quickRatio(grid: Grid, period: Scalar): number {
  const ledger = parseLedger(grid);
  const p = resolvePeriod(ledger, period);
  if (p === 0) throw fail.na('baselinePeriod');
  const m = periodMovements(ledger, p);
  const gained = m.newMrr[0]! + m.expansion[0]! + m.reactivation[0]!;
  const lost = -(m.contraction[0]! + m.churn[0]!);
  return divide(['mrrGained', gained], ['mrrShrunk', lost]);
}

export const QUICKRATIO = defineFunction({
  id: 'QUICKRATIO',
  family: 'revenue',
  description: 'SaaS quick ratio of a period: (new + expansion + reactivation) ÷ (contraction + churn).',
  params: [ledgerParam, periodParam],
  unit: 'number',
  benchmark: {
    better: 'higher',
    healthy: { value: 1, basis: 'secondary' },
    best: { value: 4, basis: 'secondary' },
    unit: 'ratio',
    source: 'SaaS practice',
  },
  notes: `${LEDGER_NOTES} ${PERIOD_NOTES} A period that lost no MRR is #DIV/0!; the first period (the baseline) is #N/A.`,
  examples: [
    // Mar: gained 80 + 0 + 60 = 140, lost 0 + 150 = 150.
    { formula: '=MSP.QUICKRATIO(A1:D5)', args: [EXAMPLE_LEDGER], result: 140 / 150 },
    // Feb: gained 20, lost 50 + 50 = 100.
    { formula: '=MSP.QUICKRATIO(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 0.2 },
  ],
  compute: (ledger, period) => quickRatio(ledger, period),
});
