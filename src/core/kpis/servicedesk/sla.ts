import { fail } from '../../errors';
import { defineFunction } from '../../spec';
import { acceptedHeaders } from '../../tickets/headers';
import { readSla } from '../../tickets/sla';
import { LOGMEIN } from '../../benchmarks/sources';
import { tickets, needHours, shareMet, SLA_EXAMPLE } from './shared';

export const SLA = defineFunction({
  id: 'SLA',
  family: 'servicedesk',
  description: 'Share of tickets resolved within SLA, from a ticket table.',
  params: [
    tickets,
    {
      name: 'target_hours',
      kind: 'number',
      optional: true,
      greaterThan: 0,
      unit: 'hours',
      description: 'Resolution target in hours; when given, a ticket is due at created + target.',
    },
  ],
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
    'Met means resolved at or before the due time. An open ticket already past due at the as-of time (the latest timestamp of the table) is breached; one not yet due is left out. ' +
    'With target_hours, a resolution-duration column (e.g. "Resolution time (in hrs)") serves when there are no timestamps. Blank flags and blank due dates leave the ticket out. No SLA data → #N/A. ' +
    'Only the columns of the rule that applies are read: with an SLA-met column, a bad date elsewhere in the table does not stop the result.',
  examples: [
    // 1 met (12:00 ≤ 17:00), 2 breached, 3 met, 4 open and past due (14:00 < as-of 2025-03-04 15:00): 2 ÷ 4.
    { formula: '=MSP.SLA(A1:D5)', args: [SLA_EXAMPLE], result: 0.5 },
    // Target 4 h: 3 h met, 25 h and 6 h breached, 4 open for 3 h at as-of (not yet due): 1 ÷ 3.
    { formula: '=MSP.SLA(A1:D5, 4)', args: [SLA_EXAMPLE, 4], result: 1 / 3 },
  ],
  compute: (grid, target) => {
    const { table: t, rule, outcome } = readSla(grid, target);
    if (target !== null) needHours(t, 'resolutionHours', 'resolved', 'resolutionTime');
    if (rule === 'none') {
      throw fail.na('noSlaData', {
        arg: 'target_hours',
        slaHeaders: acceptedHeaders('slaMet'),
        dueHeaders: acceptedHeaders('due'),
      });
    }
    const share = shareMet(outcome);
    if (share === undefined) throw fail.na('noSlaYet');
    return share;
  },
});
