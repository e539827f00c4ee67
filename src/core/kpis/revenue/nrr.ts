import { netRetention } from '../../ledger/windows';
import { defineFunction } from '../../spec';
import { ledgerParam, periodParam, monthsParam, LEDGER_NOTES, WINDOW_NOTES, EXAMPLE_LEDGER, windowOf } from './shared';

export const NRR = defineFunction({
  id: 'NRR',
  family: 'revenue',
  description:
    'Net revenue retention: MRR at the end of the window of the customers active at its start ÷ their MRR at the start.',
  params: [ledgerParam, periodParam, monthsParam],
  unit: 'percent',
  benchmark: {
    better: 'higher',
    healthy: { value: 1 },
    best: { value: 1.1 },
    unit: 'percent',
    windowMonths: 12,
    source: 'ChartMogul benchmarks (2023)',
  },
  notes: `${LEDGER_NOTES} ${WINDOW_NOTES} With months = 1 this is (start + expansion + contraction + churn) ÷ start, as ChartMogul defines it.`,
  examples: [
    // Jan cohort MRR 350; in Feb 120 + 150 + 0 = 270.
    { formula: '=MSP.NRR(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 270 / 350 },
    // In Mar 120 + 0 + 60 = 180 (Gamma, new, is left out).
    { formula: '=MSP.NRR(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 180 / 350 },
  ],
  compute: (ledger, period, months) => netRetention(windowOf(ledger, period, months)),
});
