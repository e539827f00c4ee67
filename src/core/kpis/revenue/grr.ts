import { grossRetention } from '../../ledger/windows';
import { defineFunction } from '../../spec';
import { ledgerParam, periodParam, monthsParam, LEDGER_NOTES, WINDOW_NOTES, EXAMPLE_LEDGER, windowOf } from './shared';

export const GRR = defineFunction({
  id: 'GRR',
  family: 'revenue',
  description:
    'Gross revenue retention: as NRR, with each customer counted at most at its starting MRR (expansion ignored).',
  params: [ledgerParam, periodParam, monthsParam],
  unit: 'percent',
  notes: `${LEDGER_NOTES} ${WINDOW_NOTES} Gross MRR churn is 1 − GRR (MSP.CHURN with basis "mrr").`,
  examples: [
    // min(100,120) + min(200,150) + min(50,0) = 250 of 350.
    { formula: '=MSP.GRR(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 250 / 350 },
    { formula: '=MSP.GRR(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 150 / 350 },
  ],
  compute: (ledger, period, months) => grossRetention(windowOf(ledger, period, months)),
});
