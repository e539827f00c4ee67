import { defineFunction } from '../../spec';
import { tickets, statistic, timedStatistic, FLAG_EXAMPLE } from './shared';

export const TTR = defineFunction({
  id: 'TTR',
  family: 'servicedesk',
  description: 'Time to resolution in hours over resolved tickets, from a ticket table.',
  params: [tickets, statistic],
  unit: 'hours',
  notes:
    'Per resolved ticket: resolved − created, or the resolution-duration column (e.g. "Resolution time (in hrs)", "Full resolution time in minutes"). Open tickets are left out. ' +
    'Calendar hours, as the timestamps give them (no business-hours calendar).',
  examples: [
    // 3 h and 25 h (ticket 3 is open): mean 14, p90 = 3 + 0.9 × 22 = 22.8.
    { formula: '=MSP.TTR(A1:H4)', args: [FLAG_EXAMPLE], result: 14 },
    { formula: '=MSP.TTR(A1:H4, "p90")', args: [FLAG_EXAMPLE, 'p90'], result: 22.8 },
  ],
  compute: (grid, stat) => timedStatistic(grid, stat, 'resolutionHours', 'resolved', 'resolutionTime', 'noResolution'),
});
