import { defineFunction } from '../../spec';
import { arg, div } from '../../formula/expr';

export const LTVCAC = defineFunction({
  id: 'LTVCAC',
  family: 'revenue',
  description: 'LTV:CAC ratio: customer lifetime value ÷ customer acquisition cost.',
  params: [
    { name: 'clv', kind: 'number', description: 'Customer lifetime value (e.g. MSP.CLV).' },
    { name: 'cac', kind: 'number', min: 0, description: 'Customer acquisition cost (e.g. MSP.CAC).' },
  ],
  unit: 'number',
  benchmark: { better: 'higher', healthy: { value: 3 }, unit: 'ratio', source: 'ChartMogul, LTV guidance' },
  scorecard: {},
  notes: 'A negative CLV (a customer that costs more than it brings) gives a negative ratio rather than an error.',
  examples: [
    { formula: '=MSP.LTVCAC(15000, 5000)', args: [15000, 5000], result: 3 },
    { formula: '=MSP.LTVCAC(15000, 0)', args: [15000, 0], result: '#DIV/0!' },
  ],
  scalar: div(arg('clv'), arg('cac')),
});
