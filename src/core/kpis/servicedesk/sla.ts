import { defineFunction } from '../../spec';
import { LOGMEIN } from '../../benchmarks/sources';
import { tickets, targetHours, businessHours, holidays, slaShare, SLA_EXAMPLE } from './shared';

export const SLA = defineFunction({
  id: 'SLA',
  family: 'servicedesk',
  description: 'Share of tickets resolved within SLA, from a ticket table.',
  params: [tickets, targetHours, businessHours, holidays],
  unit: 'percent',
  benchmark: {
    better: 'higher',
    share: true,
    healthy: { value: 0.9, basis: 'projectDefault' },
    best: { value: 0.95 },
    unit: 'percent',
    source: LOGMEIN,
  },
  scorecard: { via: 'SLARATE', inputs: [300, 400] },
  notes:
    'Rule, first that applies: target_hours → an SLA-met flag column holding at least one flag → a due column (with a resolved or status column). ' +
    "target_hours is one number, a 2-column range priority → hours, or a 3-column range priority → response hours → resolution hours (the Service desk sheet's targets table; a header row is allowed; P1 = 1 = Priority 1 = 1 - Critical, words such as High match ignoring case and spaces); a ticket whose priority is not listed is #VALUE! naming it, a blank priority leaves the ticket out. " +
    "With business_hours (and holidays), the resolution time and the time an open ticket has waited are counted in open hours; the flag and due rules are the PSA's own verdicts and are read as they are. " +
    'Met means resolved at or before the due time. An open ticket already past due at the as-of time (the latest timestamp of the table) is breached; one not yet due is left out. ' +
    'With target_hours, a resolution-duration column (e.g. "Resolution time (in hrs)") serves when there are no timestamps. Blank flags and blank due dates leave the ticket out. No SLA data → #N/A. ' +
    'Only the columns of the rule that applies are read: with an SLA-met column, a bad date elsewhere in the table does not stop the result.',
  examples: [
    // 1 met (12:00 ≤ 17:00), 2 breached, 3 met, 4 open and past due (14:00 < as-of 2025-03-04 15:00): 2 ÷ 4.
    { formula: '=MSP.SLA(A1:D5)', args: [SLA_EXAMPLE], result: 0.5 },
    // Target 4 h: 3 h met, 25 h and 6 h breached, 4 open for 3 h at as-of (not yet due): 1 ÷ 3.
    { formula: '=MSP.SLA(A1:D5, 4)', args: [SLA_EXAMPLE, 4], result: 1 / 3 },
    // Mon-Fri 08:00-18:00, 4 h: 1 met (3 h), 2 breached (Mon 10:00 → Tue 11:00 is 11 h), 3 breached (6 h), 4 waited 3 h: 1 ÷ 3.
    {
      formula: '=MSP.SLA(A1:D5, 4, "Mon-Fri 08:00-18:00")',
      args: [SLA_EXAMPLE, 4, 'Mon-Fri 08:00-18:00'],
      result: 1 / 3,
    },
  ],
  compute: (grid, target, hours, days) => slaShare(grid, 'resolution', target, hours, days),
});
