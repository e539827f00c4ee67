import type { Grid } from '../../cells';
import { parseNumberText } from '../../cells';
import { fail } from '../../errors';
import { defineFunction } from '../../spec';
import { acceptedHeaders } from '../../tickets/headers';
import { type TicketTable, need, readTickets } from '../../tickets/table';
import { LOGMEIN } from '../../benchmarks/sources';
import { arg, div, evalExpr } from '../../formula/expr';
import { checkBounds } from '../../args';
import { SLA_EXAMPLE } from './shared';

/** Hours per month used to turn a span of days into months: an average month, 365.25 ÷ 12 days. */
const DAYS_PER_MONTH = 365.25 / 12;

const tpeTickets = {
  name: 'tickets',
  kind: 'range',
  min: 0,
  description: 'A number of tickets, or the ticket table including its header row.',
} as const;

/** Tickets ÷ endpoints ÷ months; a count with no months is one month of tickets. */
const TPE_SCALAR = div(div(arg('tickets'), arg('endpoints')), arg('months', 1));

/** Ticket count from a single cell (a number) or from a ticket table. */
function ticketCount(grid: Grid): { count: number; table?: TicketTable } {
  if (grid.length === 1 && grid[0]!.length === 1) {
    const v = grid[0]![0]!;
    const n =
      v === null
        ? 0
        : typeof v === 'number'
          ? v
          : typeof v === 'string'
            ? v.trim() === ''
              ? 0
              : parseNumberText(v)
            : undefined;
    if (n === undefined) throw fail.value('ticketsNotCount', { arg: 'tickets', value: String(v) });
    return { count: checkBounds(tpeTickets, n) };
  }
  const table = readTickets(grid, ['created']);
  if (Object.keys(table.columns).length === 0) {
    throw fail.value('noHeaderRecognised', { arg: 'tickets', headers: acceptedHeaders('created') });
  }
  return { count: table.count, table };
}

/**
 * Months from the first creation time to the last, at least 1; #N/A when no ticket has one. A
 * function of its own with an index loop: inline in `compute`, with `for … of`, the loop allocated an
 * iterator result or a boxed number for every ticket (5 MB a call on 100 000 tickets).
 */
function monthsCovered(created: Float64Array): number {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < created.length; i++) {
    const c = created[i]!;
    if (c < first) first = c;
    if (c > last) last = c;
  }
  if (first === Infinity) throw fail.na('noMonthsCovered', { arg: 'months' });
  return Math.max(1, (last - first) / DAYS_PER_MONTH);
}

export const TICKETSPERENDPOINT = defineFunction({
  id: 'TICKETSPERENDPOINT',
  family: 'servicedesk',
  description: 'Tickets per managed endpoint per month.',
  params: [
    tpeTickets,
    { name: 'endpoints', kind: 'number', min: 0, description: 'Number of managed endpoints (devices).' },
    {
      name: 'months',
      kind: 'number',
      optional: true,
      min: 0,
      description: 'Months the tickets cover; with a table, default (last − first created) ÷ (365.25/12), at least 1.',
    },
  ],
  unit: 'number',
  scalar: TPE_SCALAR,
  benchmark: {
    better: 'lower',
    healthy: { value: 1, strict: true },
    best: { value: 0.5, basis: 'secondary' },
    unit: 'perEndpointMonth',
    windowMonths: 1,
    source: `${LOGMEIN}; RMM vendor figure 0.2–0.5`,
  },
  scorecard: { inputs: [1000, 500, 1] },
  notes:
    'With a count and no months, the count is taken as one month of tickets. With a table, every non-blank row is a ticket.',
  examples: [
    { formula: '=MSP.TICKETSPERENDPOINT(600, 400, 3)', args: [600, 400, 3], result: 0.5 },
    // 4 tickets over 2025-03-03 09:00 → 2025-03-04 12:00, less than a month → 1 month: 4 ÷ 10 ÷ 1.
    { formula: '=MSP.TICKETSPERENDPOINT(A1:D5, 10)', args: [SLA_EXAMPLE, 10], result: 0.4 },
  ],
  compute: (grid, endpoints, monthsArg) => {
    const { count, table } = ticketCount(grid);
    const months = monthsArg === null && table ? monthsCovered(need(table, 'created', 'created')) : monthsArg;
    return evalExpr(TPE_SCALAR, { tickets: count, endpoints, months });
  },
});
