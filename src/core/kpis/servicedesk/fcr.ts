import { fail } from '../../errors';
import { defineFunction } from '../../spec';
import { need, readTickets } from '../../tickets/table';
import { tickets, shareMet, FLAG_EXAMPLE } from './shared';

export const FCR = defineFunction({
  id: 'FCR',
  family: 'servicedesk',
  description: 'First-contact resolution rate: tickets resolved on first contact ÷ tickets with a first-contact flag.',
  params: [tickets],
  unit: 'percent',
  benchmark: {
    better: 'higher',
    share: true,
    healthy: { value: 0.7, basis: 'secondary' },
    best: { value: 0.8, basis: 'secondary' },
    unit: 'percent',
    source: 'MetricNet; SQM Group',
  },
  scorecard: { share: ['fcrFirstContact', 'fcrTickets'], inputs: [140, 200] },
  notes: 'Blank flags are left out. In a flag column 0 reads as FALSE (not as a blank).',
  examples: [{ formula: '=MSP.FCR(A1:H4)', args: [FLAG_EXAMPLE], result: 0.5 }],
  compute: (grid) => {
    const t = readTickets(grid, ['firstContact']);
    const share = shareMet(need(t, 'firstContact', 'firstContact'));
    if (share === undefined) throw fail.na('noFirstContact');
    return share;
  },
});
