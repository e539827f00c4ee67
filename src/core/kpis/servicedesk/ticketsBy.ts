import type { Cell, Grid, OutCell, Scalar } from '../../cells';
import { fail } from '../../errors';
import { spillLabel } from '../../i18n';
import { foldText } from '../../options';
import { type SpillColumn, defineFunction, headerRow } from '../../spec';
import { medianInPlace } from '../../stats';
import { workingArray } from '../../workingMemory';
import { hasZone, readCalendar } from '../../tickets/clock';
import { textKey } from '../../tickets/grouping';
import { classifyHeader, detectColumns } from '../../tickets/headers';
import { priorityKey, priorityRank } from '../../tickets/priority';
import { type Measure, measuredHours, slaOutcomes } from '../../tickets/sla';
import { type Field, type TicketTable, readTickets } from '../../tickets/table';
import { tickets, targetHours, businessHours, holidays, readTargets, avgOrBlank } from './shared';

/** MSP.TICKETSBY's columns. */
const BY_COLUMNS: readonly SpillColumn[] = [
  { id: 'group', unit: 'text', labels: ['blank', 'total'] },
  { id: 'tickets', unit: 'count' },
  { id: 'open', unit: 'count' },
  { id: 'slaMet', unit: 'percent' },
  { id: 'responseSlaMet', unit: 'percent' },
  { id: 'medianFirstResponse', unit: 'hours' },
  { id: 'medianResolution', unit: 'hours' },
  { id: 'hours', unit: 'hours' },
];

const BY_HEADER = headerRow('TICKETSBY', BY_COLUMNS);

/**
 * The column `column` names: a 1-based number, a header as written (ignoring case, accents and
 * surrounding spaces), or a header of another language or tool naming the same role (`"Priority"`
 * finds `Priorité`).
 */
function groupColumn(header: readonly Cell[], column: Scalar): number {
  if (typeof column === 'number') {
    if (Number.isInteger(column) && column >= 1 && column <= header.length) return column - 1;
    throw fail.value('columnOutside', { arg: 'column', value: column, count: header.length });
  }
  const text = String(column ?? '');
  const wanted = foldText(text);
  const exact = header.findIndex(
    (h) => (typeof h === 'string' || typeof h === 'number') && foldText(String(h)) === wanted,
  );
  if (exact >= 0) return exact;
  const role = classifyHeader(text.trim())?.role;
  const byRole = role ? detectColumns(header)[role] : undefined;
  if (byRole) return byRole.index;
  throw fail.value('noSuchColumn', {
    arg: 'column',
    value: text,
    accepted: header.filter((h) => h !== null && h !== '').join(', '),
  });
}

/** The known values (not NaN) of a per-ticket array, grouped: group g's are `values[start[g]…start[g+1])`. */
function valuesByGroup(of: Int32Array, n: number, per: Float64Array | undefined) {
  const start = new Int32Array(n + 1);
  if (!per) return { values: new Float64Array(0), start };
  for (let i = 0; i < of.length; i++) if (per[i] === per[i]) start[of[i]! + 1]!++;
  for (let g = 0; g < n; g++) start[g + 1]! += start[g]!;
  const values = workingArray(Float64Array, start[n]!);
  const next = start.slice(0, n);
  for (let i = 0; i < of.length; i++) if (per[i] === per[i]) values[next[of[i]!]!++] = per[i]!;
  return { values, start };
}

/** MEDIAN of a group's values, reordering them (each group once, then the whole column for the total). */
const medianOrBlank = (values: Float64Array): OutCell => medianInPlace(values) ?? '';

/** Tickets, open, hours and SLA tallies per group, the last slot the total of all groups. */
function tally(t: TicketTable, of: Int32Array, n: number, resolution: Int8Array, response: Int8Array) {
  const sums = Array.from({ length: 7 }, () => new Float64Array(n + 1));
  const [count, open, hours, met, judged, responseMet, responseJudged] = sums as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const { resolved, closedByStatus } = t;
  for (let i = 0; i < t.count; i++) {
    const g = of[i]!;
    count[g]!++;
    if ((!resolved || Number.isNaN(resolved[i]!)) && closedByStatus?.[i] !== 1) open[g]!++;
    if (t.hours && t.hours[i] === t.hours[i]) hours[g]! += t.hours[i]!;
    const s = resolution[i]!;
    if (s !== -1) {
      met[g]! += s;
      judged[g]!++;
    }
    const r = response[i]!;
    if (r !== -1) {
      responseMet[g]! += r;
      responseJudged[g]!++;
    }
  }
  for (const a of sums) for (let g = 0; g < n; g++) a[n]! += a[g]!;
  return { count, open, hours, met, judged, responseMet, responseJudged };
}

/** Every field the table needs, for both measures' SLA rules, parsed once. */
const FIELDS: readonly Field[] = [
  'rows',
  'created',
  'resolved',
  'firstResponse',
  'closedByStatus',
  'hours',
  'resolutionHours',
  'firstResponseHours',
  'slaMet',
  'due',
  'responseSlaMet',
  'responseDue',
  'asOf',
];

function ticketsBy(grid: Grid, column: Scalar, target: Grid, hoursArg: Grid, holidaysArg: Grid): OutCell[][] {
  const header = grid[0] ?? [];
  const col = groupColumn(header, column);
  const calendar = readCalendar(hoursArg, holidaysArg);
  const byPriority = detectColumns(header).priority?.index === col;
  const t = readTickets(grid, calendar && hasZone(calendar) ? [...FIELDS, 'offsetStamps'] : FIELDS, 'tickets', {
    column: col,
    key: byPriority ? priorityKey : textKey,
  });
  const outcome = (measure: Measure) =>
    slaOutcomes(grid, t, { targets: readTargets(target, measure), calendar, measure }).outcome;
  const labels = t.groups!;
  const keys = t.groupKeys!;
  // The blank group is the last of the groups; the table's memory is this call's own.
  const of = t.groupIndex!;
  for (let i = 0; i < of.length; i++) if (of[i]! < 0) of[i] = labels.length;
  // Slot g is group g; the last slot is the blank group; slot n the total.
  const n = labels.length + 1;
  const { count, open, hours, met, judged, responseMet, responseJudged } = tally(
    t,
    of,
    n,
    outcome('resolution'),
    outcome('response'),
  );
  const knowsOpen = t.resolved !== undefined || t.closedByStatus !== undefined;
  const res = valuesByGroup(of, n, measuredHours(t, 'resolution', calendar));
  const resp = valuesByGroup(of, n, measuredHours(t, 'response', calendar));
  const slice = (v: { values: Float64Array; start: Int32Array }, g: number): Float64Array =>
    g === n ? v.values : v.values.subarray(v.start[g]!, v.start[g + 1]!);
  const row = (g: number, label: OutCell): OutCell[] => [
    label,
    count[g]!,
    knowsOpen ? open[g]! : '',
    avgOrBlank(met[g]!, judged[g]!),
    avgOrBlank(responseMet[g]!, responseJudged[g]!),
    medianOrBlank(slice(resp, g)),
    medianOrBlank(slice(res, g)),
    t.hours ? hours[g]! : '',
  ];
  const rank = (g: number): number => (byPriority && g < labels.length ? priorityRank(keys[g]!) : Infinity);
  const sortKey = [...keys, '\uffff'];
  const order = [...Array(n).keys()]
    .filter((g) => count[g]! > 0)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(a === n - 1) - Number(b === n - 1) ||
        count[b]! - count[a]! ||
        (sortKey[a]! < sortKey[b]! ? -1 : sortKey[a]! > sortKey[b]! ? 1 : 0),
    );
  return [
    BY_HEADER,
    ...order.map((g) => row(g, g === n - 1 ? spillLabel('en', 'blank') : labels[g]!)),
    row(n, spillLabel('en', 'total')),
  ];
}

/** Hand-worked in ticketsBy.test.ts: priorities out of order, a blank one, a response column. */
const BY_EXAMPLE = [
  ['Ticket #', 'Priority', 'Created', 'First Response', 'Resolved', 'Hours'],
  [1, 'P2', '2025-03-03 09:00', '2025-03-03 10:00', '2025-03-03 13:00', 2],
  [2, 'P1', '2025-03-03 09:00', '2025-03-03 09:30', '2025-03-03 11:00', 1],
  [3, 'p2', '2025-03-03 10:00', '2025-03-03 13:00', null, 0.5],
];

export const TICKETSBY = defineFunction({
  id: 'TICKETSBY',
  family: 'servicedesk',
  description:
    'Spills a table per value of any column (priority, technician, board, client…): tickets, open, SLA and response SLA shares, median times, hours, and a total.',
  params: [
    tickets,
    {
      name: 'column',
      kind: 'scalar',
      description: 'The column to group by: its header (text) or its number in the table (1 = first).',
    },
    targetHours,
    businessHours,
    holidays,
  ],
  unit: 'table',
  columns: BY_COLUMNS,
  notes:
    'column is a header as written (case, accents and spaces ignored), a header of the same role in another language or tool ("Priority" finds "Priorité"), or a 1-based column number. ' +
    'Grouped by the priority column, P1 = 1 = Priority 1 = 1 - Critical are one group, and rows run in priority order (P1, P2 …, then Critical, High, Medium, Low, then others); otherwise most tickets first, ties by name; "(blank)" last; then a Total row ("(blank)" and "Total" in Office\'s language, like the headers). ' +
    'SLA met and Response SLA met follow the rules of MSP.SLA and MSP.RESPONSESLA (target_hours, then flag, then due columns); a 3-column target_hours (priority, response hours, resolution hours) gives each its own target. ' +
    'Medians follow Excel MEDIAN, in business hours when business_hours is given. A cell is "" where there is no data (Open without a resolved or status column, Hours without an hours column).',
  examples: [
    {
      formula: '=MSP.TICKETSBY(A1:F4, "Priority")',
      args: [BY_EXAMPLE, 'Priority'],
      // P1: 1 ticket, 0.5 h response, 2 h resolution. P2 (P2, p2): 2 tickets, 1 open; responses 1 h and 3 h → 2; resolution 4 h.
      // No SLA data: "". Total: responses 0.5, 1, 3 → 1; resolutions 2, 4 → 3.
      result: [
        BY_HEADER,
        ['P1', 1, 0, '', '', 0.5, 2, 1],
        ['P2', 2, 1, '', '', 2, 4, 2.5],
        ['Total', 3, 1, '', '', 1, 3, 3.5],
      ],
    },
  ],
  compute: ticketsBy,
});
