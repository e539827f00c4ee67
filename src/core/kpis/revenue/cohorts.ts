import { COHORT_COLUMNS, cohortTable } from '../../ledger/cohorts';
import { parseLedger } from '../../ledger/parse';
import { BASIS_WORDS, type Basis, readOption } from '../../options';
import { defineFunction } from '../../spec';
import { ledgerParam, LEDGER_NOTES, EXAMPLE_LEDGER } from './shared';

export const COHORTS = defineFunction({
  id: 'COHORTS',
  family: 'revenue',
  description:
    'Cohort retention triangle: per starting period, the share of customers (or of MRR) still active 0, 1, 2 … periods later (spills).',
  params: [
    ledgerParam,
    { name: 'basis', kind: 'text', optional: true, description: '"customers" (default) or "mrr".' },
  ],
  unit: 'table',
  columns: COHORT_COLUMNS,
  notes: `${LEDGER_NOTES} A cohort is the customers whose first active period is that row's period (customers active in the first period form its cohort, whenever they really started). Every period has a row so the triangle keeps the ledger's calendar; a period nobody started in has 0 customers and "" cells, as are cells past the end of the data. A reactivated customer counts again in its first cohort.`,
  examples: [
    {
      formula: '=MSP.COHORTS(A1:D5)',
      args: [EXAMPLE_LEDGER],
      // Jan cohort Alpha, Beta, Delta: Feb Alpha+Beta 2/3, Mar Alpha+Delta 2/3. Mar cohort: Gamma.
      result: [
        ['Cohort', 'Customers', 'M0', 'M1', 'M2'],
        ['2025-01', 3, 1, 2 / 3, 2 / 3],
        ['2025-02', 0, '', '', ''],
        ['2025-03', 1, 1, '', ''],
      ],
    },
    {
      formula: '=MSP.COHORTS(A1:D5, "mrr")',
      args: [EXAMPLE_LEDGER, 'mrr'],
      // Jan cohort MRR 350 → 270 → 180.
      result: [
        ['Cohort', 'Customers', 'M0', 'M1', 'M2'],
        ['2025-01', 3, 1, 270 / 350, 180 / 350],
        ['2025-02', 0, '', '', ''],
        ['2025-03', 1, 1, '', ''],
      ],
    },
  ],
  compute: (ledger, basis) =>
    cohortTable(parseLedger(ledger), readOption<Basis>('basis', basis, BASIS_WORDS, 'customers')),
});
