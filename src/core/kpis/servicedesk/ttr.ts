import { defineFunction } from '../../spec';
import { tickets, statistic, businessHours, holidays, timedStatistic, FLAG_EXAMPLE } from './shared';

export const TTR = defineFunction({
  id: 'TTR',
  family: 'servicedesk',
  description: 'Time to resolution in hours over resolved tickets, from a ticket table.',
  params: [tickets, statistic, businessHours, holidays],
  unit: 'hours',
  notes:
    'Per resolved ticket: resolved − created, or the resolution-duration column (e.g. "Resolution time (in hrs)", "Full resolution time in minutes"). Open tickets are left out. ' +
    'With business_hours (and holidays) only open time counts: a ticket created out of hours starts its clock at the next opening; a duration column is taken as given. ' +
    'Without them, wall-clock hours.',
  examples: [
    // 3 h and 25 h (ticket 3 is open): mean 14, p90 = 3 + 0.9 × 22 = 22.8.
    { formula: '=MSP.TTR(A1:H4)', args: [FLAG_EXAMPLE], result: 14 },
    { formula: '=MSP.TTR(A1:H4, "p90")', args: [FLAG_EXAMPLE, 'p90'], result: 22.8 },
    // Mon-Fri 08:00-18:00: ticket 1 Mon 09:00 → 12:00 is 3 h, ticket 2 Mon 10:00 → Tue 11:00 is 8 h + 3 h: mean 7.
    {
      formula: '=MSP.TTR(A1:H4, , "Mon-Fri 08:00-18:00")',
      args: [FLAG_EXAMPLE, null, 'Mon-Fri 08:00-18:00'],
      result: 7,
    },
  ],
  compute: (grid, stat, hours, days) => timedStatistic(grid, stat, 'resolution', hours, days, 'noResolution'),
});
