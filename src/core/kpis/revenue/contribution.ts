import { defineFunction } from '../../spec';
import { arg, sub } from '../../formula/expr';

export const CONTRIBUTION = defineFunction({
  id: 'CONTRIBUTION',
  family: 'revenue',
  description: 'Customer contribution: average revenue per customer − average cost of goods sold per customer.',
  params: [
    { name: 'revenue_per_customer', kind: 'number', min: 0, description: 'Average revenue per customer.' },
    { name: 'cogs_per_customer', kind: 'number', min: 0, description: 'Average cost of goods sold per customer.' },
  ],
  unit: 'currency',
  notes:
    'Seed 000: "CC = average revenue per customer − average COGS". A negative result flags customers that cost more to serve than they pay.',
  examples: [
    { formula: '=MSP.CONTRIBUTION(2500, 1600)', args: [2500, 1600], result: 900 },
    { formula: '=MSP.CONTRIBUTION(1000, 1250)', args: [1000, 1250], result: -250 },
  ],
  scalar: sub(arg('revenue_per_customer'), arg('cogs_per_customer')),
});
