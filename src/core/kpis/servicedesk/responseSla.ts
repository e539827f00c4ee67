import { defineFunction } from '../../spec';
import { tickets, targetHours, businessHours, holidays, slaShare, FLAG_EXAMPLE } from './shared';

export const RESPONSESLA = defineFunction({
  id: 'RESPONSESLA',
  family: 'servicedesk',
  description: 'Share of tickets first answered within SLA, from a ticket table.',
  params: [tickets, targetHours, businessHours, holidays],
  unit: 'percent',
  notes:
    'The rules of MSP.SLA, for the first response: target_hours (one number or per priority) → a response-SLA flag column (e.g. "Response SLA Met", "First response status") holding at least one flag → a response-due column (e.g. "First Response Due", "Respond By"). ' +
    'A ticket still unanswered and open is breached once its target or due time has passed at the as-of time, left out before; a ticket closed without a first response is left out. ' +
    'With business_hours (and holidays) the response time is counted in open hours; a first-response duration column is taken as given. No response-SLA data → #N/A.',
  examples: [
    // Target 1 h: 0.5 h met, 1 h met (≤), 2 h breached: 2 ÷ 3.
    { formula: '=MSP.RESPONSESLA(A1:H4, 1)', args: [FLAG_EXAMPLE, 1], result: 2 / 3 },
  ],
  compute: (grid, target, hours, days) => slaShare(grid, 'response', target, hours, days),
});
