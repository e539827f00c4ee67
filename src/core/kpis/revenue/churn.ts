import { customerChurn, mrrChurn } from '../../ledger/windows';
import { BASIS_WORDS, type Basis, readOption } from '../../options';
import { defineFunction } from '../../spec';
import { LOGMEIN, PULSEWAY } from '../../benchmarks/sources';
import { ledgerParam, periodParam, monthsParam, LEDGER_NOTES, WINDOW_NOTES, EXAMPLE_LEDGER, windowOf } from './shared';

export const CHURN = defineFunction({
  id: 'CHURN',
  family: 'revenue',
  description:
    'Churn over a window: customers lost ÷ customers at the start ("customers"), or gross MRR churn ("mrr").',
  params: [
    ledgerParam,
    periodParam,
    monthsParam,
    {
      name: 'basis',
      kind: 'text',
      optional: true,
      description: '"customers" (default) or "mrr" for gross MRR churn (1 − GRR).',
    },
  ],
  unit: 'percent',
  benchmark: {
    better: 'lower',
    share: true,
    healthy: { value: 0.1 },
    best: { value: 0.05 },
    unit: 'percentPerYear',
    windowMonths: 12,
    source: `${PULSEWAY}; ${LOGMEIN}`,
  },
  scorecard: { via: 'CHURNRATE', inputs: [5, 100] },
  notes: `${LEDGER_NOTES} ${WINDOW_NOTES} For an annual churn rate from a monthly ledger, use months = 12.`,
  examples: [
    // Active in Feb: Alpha, Beta; Beta is gone in Mar → 1 ÷ 2.
    { formula: '=MSP.CHURN(A1:D5)', args: [EXAMPLE_LEDGER], result: 0.5 },
    // Active in Jan: Alpha, Beta, Delta; only Beta is gone in Mar → 1 ÷ 3.
    { formula: '=MSP.CHURN(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 1 / 3 },
    // Jan MRR 350; kept min(100,120) + min(200,0) + min(50,60) = 150; lost 200 ÷ 350.
    {
      formula: '=MSP.CHURN(A1:D5, "2025-03", 2, "mrr")',
      args: [EXAMPLE_LEDGER, '2025-03', 2, 'mrr'],
      result: 200 / 350,
    },
    { formula: '=MSP.CHURN(A1:D5, 1)', args: [EXAMPLE_LEDGER, 1], result: '#N/A' },
  ],
  compute: (ledger, period, months, basis) => {
    const s = windowOf(ledger, period, months);
    return readOption<Basis>('basis', basis, BASIS_WORDS, 'customers') === 'mrr' ? mrrChurn(s) : customerChurn(s);
  },
});
