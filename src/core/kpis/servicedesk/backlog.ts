import type { Scalar } from '../../cells';
import { parseIsoDate } from '../../dates';
import { fail } from '../../errors';
import { defineFunction } from '../../spec';
import { missingColumn, need, openTickets, readTickets } from '../../tickets/table';
import { tickets, SLA_EXAMPLE } from './shared';

/** A date argument: an Excel serial or ISO text. */
function dateArg(name: string, v: Scalar): number {
  if (typeof v === 'number' && v > 0) return v;
  const serial = typeof v === 'string' ? parseIsoDate(v) : undefined;
  if (serial === undefined) throw fail.value('dateArg', { arg: name, value: String(v) });
  return serial;
}

export const BACKLOG = defineFunction({
  id: 'BACKLOG',
  family: 'servicedesk',
  description: 'Tickets open at a moment: created by as_of and not resolved by then (default: open now).',
  params: [
    tickets,
    {
      name: 'as_of',
      kind: 'scalar',
      optional: true,
      description: "The moment (an Excel date-time or ISO text); default: the table's latest timestamp.",
    },
  ],
  unit: 'count',
  notes:
    'as_of is an instant: DATE(2025,3,31) is midnight at the start of 31 March (use DATE(2025,4,1) for the end of March). ' +
    'Without as_of every open ticket counts, even one with no creation date. A status column stands in when there is no resolved column; ' +
    "a status is today's, so with an earlier as_of a ticket closed since then is not counted.",
  examples: [
    { formula: '=MSP.BACKLOG(A1:D5)', args: [SLA_EXAMPLE], result: 1 },
    // Open at 2025-03-04 10:00: tickets 2 (resolved at 11:00) and 3 (created 09:00); 1 was resolved, 4 not yet created.
    { formula: '=MSP.BACKLOG(A1:D5, "2025-03-04 10:00")', args: [SLA_EXAMPLE, '2025-03-04 10:00'], result: 2 },
  ],
  compute: (grid, asOfArg) => {
    const t = readTickets(grid, ['created', 'resolved', 'closedByStatus']);
    if (!t.resolved && !t.closedByStatus) throw missingColumn('resolved', 'status');
    const isOpen = openTickets(t);
    let open = 0;
    if (asOfArg === null) {
      for (let i = 0; i < t.count; i++) open += isOpen[i]!;
      return open;
    }
    const at = dateArg('as_of', asOfArg);
    const created = need(t, 'created', 'created');
    for (let i = 0; i < t.count; i++) {
      if (!(created[i]! <= at)) continue;
      const r = t.resolved ? t.resolved[i]! : NaN;
      if (Number.isNaN(r) ? isOpen[i] === 1 : r > at) open++;
    }
    return open;
  },
});
