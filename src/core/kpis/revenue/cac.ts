import { defineFunction } from '../../spec';
import { arg, div } from '../../formula/expr';

export const CAC = defineFunction({
  id: 'CAC',
  family: 'revenue',
  description: 'Customer acquisition cost: acquisition spend ÷ new customers acquired.',
  params: [
    {
      name: 'acquisition_spend',
      kind: 'number',
      min: 0,
      description: 'Marketing and sales spend on acquiring new customers (a number or a range, summed).',
    },
    {
      name: 'new_customers',
      kind: 'number',
      min: 0,
      description: 'New customers acquired in the same period (a number or a range, summed).',
    },
  ],
  unit: 'currency',
  examples: [
    { formula: '=MSP.CAC(60000, 12)', args: [60000, 12], result: 5000 },
    { formula: '=MSP.CAC(60000, 0)', args: [60000, 0], result: '#DIV/0!' },
  ],
  scalar: div(arg('acquisition_spend'), arg('new_customers')),
});
