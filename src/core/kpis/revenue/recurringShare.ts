import { defineFunction } from '../../spec';
import { LOGMEIN } from '../../benchmarks/sources';
import { arg, share } from '../../formula/expr';

export const RECURRINGSHARE = defineFunction({
  id: 'RECURRINGSHARE',
  family: 'revenue',
  description: 'Share of total revenue that is recurring.',
  params: [
    {
      name: 'recurring_revenue',
      kind: 'number',
      min: 0,
      description: 'Recurring revenue of the period (a number or a range, summed).',
    },
    {
      name: 'total_revenue',
      kind: 'number',
      min: 0,
      description: 'Total revenue of the same period (a number or a range, summed).',
    },
  ],
  unit: 'percent',
  benchmark: {
    better: 'higher',
    share: true,
    healthy: { value: 0.5 },
    unit: 'percent',
    source: `${LOGMEIN}: MRR should be most of revenue`,
  },
  scorecard: {},
  notes: 'Recurring revenue above total revenue is #NUM!.',
  examples: [
    { formula: '=MSP.RECURRINGSHARE(360000, 500000)', args: [360000, 500000], result: 0.72 },
    { formula: '=MSP.RECURRINGSHARE(600000, 500000)', args: [600000, 500000], result: '#NUM!' },
  ],
  scalar: share(arg('recurring_revenue'), arg('total_revenue')),
});
