import { defineFunction } from '../../spec';
import { arg, div, mul } from '../../formula/expr';
import { marginParam } from './shared';

export const CLV = defineFunction({
  id: 'CLV',
  family: 'revenue',
  description: 'Customer lifetime value: ARPA × gross margin ÷ churn rate.',
  params: [
    {
      name: 'arpa',
      kind: 'number',
      min: 0,
      description: 'Average revenue per customer for one period (month or year).',
    },
    {
      name: 'churn',
      kind: 'number',
      min: 0,
      max: 1,
      description: 'Customer churn rate for the same period length, as a fraction in (0, 1].',
    },
    marginParam,
  ],
  unit: 'currency',
  notes:
    'ARPA and churn must be for the same period length (both monthly or both annual): 1 ÷ churn is the expected lifetime in those periods. Churn 0 is #DIV/0! (an infinite lifetime); churn above 1, a negative ARPA or a margin outside (0, 1] is #NUM!.',
  examples: [
    // Seed 002: 100 000 a year kept 5 years = 500 000, i.e. annual churn 1 ÷ 5 = 0.2.
    { formula: '=MSP.CLV(100000, 0.2)', args: [100000, 0.2], result: 500000 },
    { formula: '=MSP.CLV(1000, 0.02, 0.5)', args: [1000, 0.02, 0.5], result: 25000 },
    { formula: '=MSP.CLV(1000, 0)', args: [1000, 0], result: '#DIV/0!' },
    { formula: '=MSP.CLV(1000, 0.05, 1.2)', args: [1000, 0.05, 1.2], result: '#NUM!' },
  ],
  scalar: div(mul(arg('arpa'), arg('gross_margin')), arg('churn')),
});
