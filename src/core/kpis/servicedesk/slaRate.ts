import { defineFunction } from '../../spec';
import { arg, share } from '../../formula/expr';

export const SLARATE = defineFunction({
  id: 'SLARATE',
  family: 'servicedesk',
  description: 'SLA compliance from counts: tickets resolved within SLA ÷ all tickets.',
  params: [
    {
      name: 'met',
      kind: 'number',
      min: 0,
      description: 'Tickets resolved within SLA (a number or a range, summed).',
    },
    {
      name: 'total',
      kind: 'number',
      min: 0,
      description: 'All tickets of the period (a number or a range, summed).',
    },
  ],
  unit: 'percent',
  examples: [
    // Seed 002: 300 of 400 tickets within SLA = 75 %.
    { formula: '=MSP.SLARATE(300, 400)', args: [300, 400], result: 0.75 },
    { formula: '=MSP.SLARATE(5, 0)', args: [5, 0], result: '#DIV/0!' },
  ],
  scalar: share(arg('met'), arg('total')),
});
