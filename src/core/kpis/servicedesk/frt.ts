import { defineFunction } from '../../spec';
import { tickets, statistic, businessHours, holidays, timedStatistic, FLAG_EXAMPLE } from './shared';

export const FRT = defineFunction({
  id: 'FRT',
  family: 'servicedesk',
  description: 'First response time in hours, from a ticket table.',
  params: [tickets, statistic, businessHours, holidays],
  unit: 'hours',
  notes:
    'Per ticket: first response − created, or the first-response duration column (a header with a unit, e.g. "First response time (in hrs)", "First reply time in minutes"). ' +
    'Tickets without one are left out. median and p90 follow Excel MEDIAN and PERCENTILE.INC. ' +
    'In a duration column 0 is a duration of zero; in a timestamp column 0 is a blank (some Excel hosts send blanks as 0). Durations from timestamps are rounded to the millisecond. ' +
    'With business_hours (and holidays) only open time counts, as for MSP.TTR.',
  examples: [
    // 0.5 h, 1 h, 2 h: mean 3.5 ÷ 3.
    { formula: '=MSP.FRT(A1:H4)', args: [FLAG_EXAMPLE], result: 3.5 / 3 },
    { formula: '=MSP.FRT(A1:H4, "median")', args: [FLAG_EXAMPLE, 'median'], result: 1 },
  ],
  compute: (grid, stat, hours, days) => timedStatistic(grid, stat, 'response', hours, days, 'noFirstResponse'),
});
