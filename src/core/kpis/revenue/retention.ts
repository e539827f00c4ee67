import { customerRetention } from '../../ledger/windows';
import { defineFunction } from '../../spec';
import { ledgerParam, periodParam, monthsParam, LEDGER_NOTES, WINDOW_NOTES, EXAMPLE_LEDGER, windowOf } from './shared';

export const RETENTION = defineFunction({
  id: 'RETENTION',
  family: 'revenue',
  description: 'Customer retention over a window: 1 − customer churn.',
  params: [ledgerParam, periodParam, monthsParam],
  unit: 'percent',
  notes: `${LEDGER_NOTES} ${WINDOW_NOTES}`,
  examples: [
    { formula: '=MSP.RETENTION(A1:D5)', args: [EXAMPLE_LEDGER], result: 0.5 },
    { formula: '=MSP.RETENTION(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 2 / 3 },
  ],
  compute: (ledger, period, months) => customerRetention(windowOf(ledger, period, months)),
});
