import { defineFunction } from '../../spec';
import { arg, div, mul } from '../../formula/expr';
import { marginParam } from './shared';

export const PAYBACK = defineFunction({
  id: 'PAYBACK',
  family: 'revenue',
  description: 'CAC payback in months: CAC ÷ (monthly ARPA × gross margin).',
  params: [
    { name: 'cac', kind: 'number', min: 0, description: 'Customer acquisition cost.' },
    { name: 'arpa', kind: 'number', min: 0, description: 'Monthly revenue per customer (ARPA).' },
    marginParam,
  ],
  unit: 'months',
  notes: 'Give a monthly ARPA to get months. ARPA 0 is #DIV/0!; a margin outside (0, 1] is #NUM!.',
  examples: [
    { formula: '=MSP.PAYBACK(6000, 1000, 0.5)', args: [6000, 1000, 0.5], result: 12 },
    { formula: '=MSP.PAYBACK(6000, 0)', args: [6000, 0], result: '#DIV/0!' },
  ],
  scalar: div(arg('cac'), mul(arg('arpa'), arg('gross_margin'), 'arpaTimesMargin')),
});
