import { defineFunction } from '../../spec';
import { arg, share } from '../../formula/expr';

export const CHURNRATE = defineFunction({
  id: 'CHURNRATE',
  family: 'revenue',
  description: 'Churn rate from counts: customers lost ÷ customers at the start of the period.',
  params: [
    {
      name: 'lost',
      kind: 'number',
      min: 0,
      description: 'Customers lost during the period (a number or a range, summed).',
    },
    {
      name: 'at_start',
      kind: 'number',
      min: 0,
      description: 'Customers at the start of the period (a number or a range, summed).',
    },
  ],
  unit: 'percent',
  examples: [
    { formula: '=MSP.CHURNRATE(5, 100)', args: [5, 100], result: 0.05 },
    { formula: '=MSP.CHURNRATE(12, 10)', args: [12, 10], result: '#NUM!' },
  ],
  scalar: share(arg('lost'), arg('at_start')),
});
