import { type Grid, type OutCell } from '../../cells';
import { ledgerMovements } from '../../ledger/movements';
import { parseLedger } from '../../ledger/parse';
import { type SpillColumn, defineFunction, headerRow } from '../../spec';
import { ledgerParam, LEDGER_NOTES, EXAMPLE_LEDGER, requireMovements } from './shared';

/** MSP.MRRMOVES's columns (SPEC §3.1). */
const MOVES_COLUMNS: readonly SpillColumn[] = [
  { id: 'period', unit: 'period' },
  { id: 'startingMrr', unit: 'currency' },
  { id: 'new', unit: 'currency' },
  { id: 'expansion', unit: 'currency' },
  { id: 'reactivation', unit: 'currency' },
  { id: 'contraction', unit: 'currency' },
  { id: 'churn', unit: 'currency' },
  { id: 'endingMrr', unit: 'currency' },
  { id: 'customers', unit: 'count' },
  { id: 'churnedCustomers', unit: 'count' },
  { id: 'customerChurn', unit: 'percent' },
];

const MOVES_HEADER: OutCell[] = headerRow('MRRMOVES', MOVES_COLUMNS);

function mrrMoves(grid: Grid): OutCell[][] {
  const ledger = parseLedger(grid);
  requireMovements(ledger);
  const m = ledgerMovements(ledger);
  const rows: OutCell[][] = [MOVES_HEADER];
  for (let t = 1; t < ledger.periods.length; t++) {
    rows.push([
      ledger.periods[t]!,
      m.start[t]!,
      m.newMrr[t]!,
      m.expansion[t]!,
      m.reactivation[t]!,
      m.contraction[t]!,
      m.churn[t]!,
      m.end[t]!,
      m.customersEnd[t]!,
      m.churnedCustomers[t]!,
      m.customersStart[t]! > 0 ? m.churnedCustomers[t]! / m.customersStart[t]! : '',
    ]);
  }
  return rows;
}

export const MRRMOVES = defineFunction({
  id: 'MRRMOVES',
  family: 'revenue',
  description:
    'MRR movements per period: starting MRR, new, expansion, reactivation, contraction, churn, ending MRR and customer churn (spills).',
  params: [ledgerParam],
  unit: 'table',
  columns: MOVES_COLUMNS,
  notes: `${LEDGER_NOTES} One row per period from the second; Starting MRR + New + Expansion + Reactivation + Contraction + Churn = Ending MRR, contraction and churn being negative. Customers = active at the end of the period; Customer churn = churned ÷ customers active at the start, "" when nobody was.`,
  examples: [
    {
      formula: '=MSP.MRRMOVES(A1:D5)',
      args: [EXAMPLE_LEDGER],
      // Feb: start 100+200+50 = 350; Alpha +20, Beta −50, Delta churns −50; end 120+150 = 270; 1 of 3 churned.
      // Mar: start 270; Gamma new +80, Delta back +60, Beta churns −150; end 120+80+60 = 260; 1 of 2 churned.
      result: [
        [...MOVES_HEADER],
        ['2025-02', 350, 0, 20, 0, -50, -50, 270, 2, 1, 1 / 3],
        ['2025-03', 270, 80, 0, 60, 0, -150, 260, 3, 1, 1 / 2],
      ],
    },
  ],
  compute: (ledger) => mrrMoves(ledger),
});
