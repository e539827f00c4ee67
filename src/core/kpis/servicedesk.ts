import type { Grid, OutCell, Scalar } from '../cells';
import { parseNumberText } from '../cells';
import { formatSerial, isoWeekStart, monthIndex, parseIsoDate, serialFromMonthIndex } from '../dates';
import { fail } from '../errors';
import type { ErrorKey } from '../i18n/en';
import { INTERVAL_WORDS, type Interval, STATISTIC_WORDS, readOption } from '../options';
import { type SpillColumn, defineFunction, headerRow } from '../spec';
import { summarize } from '../stats';
import { acceptedHeaders, type Role } from '../tickets/headers';
import { readSla } from '../tickets/sla';
import { tallyAnswers } from '../tickets/survey';
import { type TicketTable, missingColumn, need, openTickets, readTickets } from '../tickets/table';
import { LOGMEIN } from '../benchmarks/sources';
import { arg, div, evalExpr, share } from '../formula/expr';
import { checkBounds } from '../args';

const tickets = {
  name: 'tickets',
  kind: 'range',
  description: 'The ticket table including its header row (an Excel table or a range from a PSA export).',
} as const;
const statistic = {
  name: 'statistic',
  kind: 'text',
  optional: true,
  description: '"mean" (default), "median", "p90" or "max".',
} as const;

/** Hours per month used to turn a span of days into months: an average month, 365.25 ÷ 12 days. */
const DAYS_PER_MONTH = 365.25 / 12;
/**
 * Most periods TICKETSBYPERIOD spills: 50 000 days is 137 years. More is a mistyped date, and a
 * million-row spill would freeze Excel before the user could find it.
 */
const MAX_PERIODS = 50_000;

/** An hours array a function needs: from timestamps (stamp role + created) or a duration column. */
function needHours(
  t: TicketTable,
  field: 'firstResponseHours' | 'resolutionHours',
  stamp: Role,
  duration: Role,
): Float64Array {
  const hours = t[field];
  if (hours) return hours;
  throw missingColumn(t.columns[stamp] ? 'created' : stamp, duration);
}

/**
 * The known values (not NaN) of a column of the caller's own table, in ticket order, ready for a
 * statistic: moved to the front of the column itself, which the caller has no further use for.
 */
function knownInPlace(values: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) values[n++] = v;
  }
  return values.subarray(0, n);
}

/** Share of 1s among the known flags or outcomes; undefined when none is known. */
function shareMet(values: Int8Array): number | undefined {
  let met = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === -1) continue;
    total++;
    met += v;
  }
  return total === 0 ? undefined : met / total;
}

/** A date argument: an Excel serial or ISO text. */
function dateArg(name: string, v: Scalar): number {
  if (typeof v === 'number' && v > 0) return v;
  const serial = typeof v === 'string' ? parseIsoDate(v) : undefined;
  if (serial === undefined) throw fail.value('dateArg', { arg: name, value: String(v) });
  return serial;
}

function timedStatistic(
  grid: Grid,
  stat: string | null,
  field: 'firstResponseHours' | 'resolutionHours',
  stamp: Role,
  duration: Role,
  none: ErrorKey,
): number {
  const s = readOption('statistic', stat, STATISTIC_WORDS, 'mean');
  const t = readTickets(grid, [field]);
  const v = summarize(knownInPlace(needHours(t, field, stamp, duration)), s);
  if (v === undefined) throw fail.na(none);
  return v;
}

/** Period keys: integers that count periods, and the serial each starts on. */
const PERIODS: Readonly<Record<Interval, { key: (serial: number) => number; start: (key: number) => number }>> = {
  month: { key: monthIndex, start: serialFromMonthIndex },
  // Serial 2 (1900-01-01) was a Monday: weeks are counted from it.
  week: { key: (s) => (isoWeekStart(s) - 2) / 7, start: (k) => k * 7 + 2 },
  day: { key: Math.floor, start: (k) => k },
};

/**
 * A period's key that remembers the last period found: tickets come roughly in date order, and
 * monthIndex costs a dozen divisions. A serial reuses the last key only when it lies at least a
 * millisecond inside that period, so keys round exactly as `key` itself does at the edges. The
 * memory is a cursor of three numbers, [key, from, until], owned by the loop that asks.
 */
function periodKey(cursor: Float64Array, { key, start }: (typeof PERIODS)[Interval], serial: number): number {
  if (serial >= cursor[1]! && serial < cursor[2]!) return cursor[0]!;
  const k = key(serial);
  cursor[0] = k;
  cursor[1] = start(k);
  cursor[2] = start(k + 1) - 1 / 86_400_000;
  return k;
}

/** A fresh periodKey cursor, matching no serial yet. */
const newCursor = (): Float64Array => Float64Array.of(0, Infinity, -Infinity);

/** MSP.TICKETSBYPERIOD's columns (SPEC §3.4). */
const BY_PERIOD_COLUMNS: readonly SpillColumn[] = [
  { id: 'periodStart', unit: 'date' },
  { id: 'opened', unit: 'count' },
  { id: 'resolved', unit: 'count' },
  { id: 'net', unit: 'count' },
  { id: 'backlog', unit: 'count' },
  { id: 'slaMet', unit: 'percent' },
  { id: 'avgFirstResponse', unit: 'hours' },
  { id: 'avgResolution', unit: 'hours' },
];
const BY_PERIOD_HEADER = headerRow('TICKETSBYPERIOD', BY_PERIOD_COLUMNS);
/** MSP.TICKETSBYCLIENT's columns. */
const BY_CLIENT_COLUMNS: readonly SpillColumn[] = [
  { id: 'client', unit: 'text' },
  { id: 'tickets', unit: 'count' },
  { id: 'open', unit: 'count' },
  { id: 'hours', unit: 'hours' },
  { id: 'avgResolution', unit: 'hours' },
  { id: 'slaMet', unit: 'percent' },
];
const BY_CLIENT_HEADER = headerRow('TICKETSBYCLIENT', BY_CLIENT_COLUMNS);

const avgOrBlank = (sum: number, n: number): OutCell => (n === 0 ? '' : sum / n);

/** Per-period sums of TICKETSBYPERIOD, each n long; slot p is period k0 + p. */
interface PeriodSums {
  readonly opened: Float64Array;
  readonly closed: Float64Array;
  readonly met: Float64Array;
  readonly judged: Float64Array;
  readonly frSum: Float64Array;
  readonly frN: Float64Array;
  readonly resSum: Float64Array;
  readonly resN: Float64Array;
}

function periodSums(n: number): PeriodSums {
  const all = new Float64Array(8 * n);
  const part = (j: number): Float64Array => all.subarray(j * n, (j + 1) * n);
  return {
    opened: part(0),
    closed: part(1),
    met: part(2),
    judged: part(3),
    frSum: part(4),
    frN: part(5),
    resSum: part(6),
    resN: part(7),
  };
}

/**
 * The row loop of TICKETSBYPERIOD: each ticket's creation, resolution, SLA outcome and hours
 * added to the sums of its period, nothing allocated per ticket. A missing column (undefined)
 * is skipped; a blank value (NaN) is left out of its average. Created and resolved times each get
 * their own cursor: they follow different orders.
 */
function tallyPeriods(
  created: Float64Array,
  resolvedAt: Float64Array | undefined,
  fr: Float64Array | undefined,
  res: Float64Array | undefined,
  sla: Int8Array,
  period: (typeof PERIODS)[Interval],
  k0: number,
  { opened, closed, met, judged, frSum, frN, resSum, resN }: PeriodSums,
): void {
  const createdKey = newCursor();
  const resolvedKey = newCursor();
  for (let i = 0; i < created.length; i++) {
    const c = created[i]!;
    if (Number.isNaN(c)) continue;
    const p = periodKey(createdKey, period, c) - k0;
    opened[p]!++;
    if (resolvedAt) {
      const r = resolvedAt[i]!;
      if (!Number.isNaN(r)) closed[periodKey(resolvedKey, period, r) - k0]!++;
    }
    if (sla[i] !== -1) {
      judged[p]!++;
      met[p]! += sla[i]!;
    }
    if (fr) {
      const f = fr[i]!;
      if (!Number.isNaN(f)) {
        frSum[p]! += f;
        frN[p]!++;
      }
    }
    if (res) {
      const h = res[i]!;
      if (!Number.isNaN(h)) {
        resSum[p]! += h;
        resN[p]!++;
      }
    }
  }
}

/** First creation and last creation or resolution; first is Infinity when no ticket has a creation date. */
function periodSpan(
  created: Float64Array,
  resolvedAt: Float64Array | undefined,
  count: number,
): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    const c = created[i]!;
    if (Number.isNaN(c)) continue;
    if (c < first) first = c;
    const end = resolvedAt && resolvedAt[i]! > c ? resolvedAt[i]! : c;
    if (end > last) last = end;
  }
  return { first, last };
}

function ticketsByPeriod(grid: Grid, intervalWord: string | null): OutCell[][] {
  const interval = readOption('interval', intervalWord, INTERVAL_WORDS, 'month');
  const { table: t, outcome: sla } = readSla(grid, null, [
    'created',
    'resolved',
    'resolutionHours',
    'firstResponseHours',
  ]);
  const created = need(t, 'created', 'created');
  const period = PERIODS[interval];
  const { key, start } = period;
  const { first, last } = periodSpan(created, t.resolved, t.count);
  if (first === Infinity) throw fail.na('noCreationDate');
  const k0 = key(first);
  const n = key(last) - k0 + 1;
  if (n > MAX_PERIODS) {
    throw fail.num('tooManyTicketPeriods', {
      first: formatSerial(first),
      last: formatSerial(last),
      count: n,
      max: MAX_PERIODS,
    });
  }
  const sums = periodSums(n);
  tallyPeriods(created, t.resolved, t.firstResponseHours, t.resolutionHours, sla, period, k0, sums);
  const { opened, closed, met, judged, frSum, frN, resSum, resN } = sums;
  const hasResolved = t.resolved !== undefined;
  const out: OutCell[][] = [BY_PERIOD_HEADER];
  let backlog = 0;
  for (let p = 0; p < n; p++) {
    backlog += opened[p]! - closed[p]!;
    out.push([
      start(k0 + p),
      opened[p]!,
      hasResolved ? closed[p]! : '',
      hasResolved ? opened[p]! - closed[p]! : '',
      hasResolved ? backlog : '',
      avgOrBlank(met[p]!, judged[p]!),
      avgOrBlank(frSum[p]!, frN[p]!),
      avgOrBlank(resSum[p]!, resN[p]!),
    ]);
  }
  return out;
}

/** Per-client sums of TICKETSBYCLIENT, each n long; slot k is client k, the last slot the blank client. */
interface ClientSums {
  readonly tickets: Float64Array;
  readonly open: Float64Array;
  readonly hours: Float64Array;
  readonly resSum: Float64Array;
  readonly resN: Float64Array;
  readonly met: Float64Array;
  readonly judged: Float64Array;
}

function clientSums(n: number): ClientSums {
  const all = new Float64Array(7 * n);
  const part = (j: number): Float64Array => all.subarray(j * n, (j + 1) * n);
  return {
    tickets: part(0),
    open: part(1),
    hours: part(2),
    resSum: part(3),
    resN: part(4),
    met: part(5),
    judged: part(6),
  };
}

/** The row loop of TICKETSBYCLIENT: each ticket added to the sums of its client, as tallyPeriods does per period. */
function tallyClients(
  clientIndex: Int32Array,
  resolved: Float64Array | undefined,
  closedByStatus: Uint8Array | undefined,
  hoursOf: Float64Array | undefined,
  resolutionHours: Float64Array | undefined,
  sla: Int8Array,
  { tickets, open, hours, resSum, resN, met, judged }: ClientSums,
): void {
  const blank = tickets.length - 1;
  for (let i = 0; i < clientIndex.length; i++) {
    const k = clientIndex[i] === -1 ? blank : clientIndex[i]!;
    tickets[k]!++;
    // isOpen of table.ts, inline: no mask array, no call per ticket.
    if ((!resolved || Number.isNaN(resolved[i]!)) && (!closedByStatus || closedByStatus[i] !== 1)) open[k]!++;
    if (hoursOf) {
      const h = hoursOf[i]!;
      if (!Number.isNaN(h)) hours[k]! += h;
    }
    if (resolutionHours) {
      const r = resolutionHours[i]!;
      if (!Number.isNaN(r)) {
        resSum[k]! += r;
        resN[k]!++;
      }
    }
    if (sla[i] !== -1) {
      judged[k]!++;
      met[k]! += sla[i]!;
    }
  }
}

function ticketsByClient(grid: Grid): OutCell[][] {
  const { table: t, outcome: sla } = readSla(grid, null, [
    'clientIndex',
    'closedByStatus',
    'hours',
    'resolved',
    'resolutionHours',
  ]);
  const clientIndex = need(t, 'clientIndex', 'client');
  // Slot k holds client k of t.clients; the last slot holds the blank client.
  const n = t.clients!.length + 1;
  const sums = clientSums(n);
  tallyClients(clientIndex, t.resolved, t.closedByStatus, t.hours, t.resolutionHours, sla, sums);
  const { tickets, open, hours, resSum, resN, met, judged } = sums;
  const knowsOpen = t.resolved !== undefined || t.closedByStatus !== undefined;
  // Blank clients sort after every name, as in an Excel pivot table.
  const sortKey = [...t.clientKeys!, '\uffff'];
  const order = [...tickets.keys()]
    .filter((k) => tickets[k]! > 0)
    .sort((a, b) => tickets[b]! - tickets[a]! || (sortKey[a]! < sortKey[b]! ? -1 : sortKey[a]! > sortKey[b]! ? 1 : 0));
  return [
    BY_CLIENT_HEADER,
    ...order.map((k) => [
      k === n - 1 ? '(blank)' : t.clients![k]!,
      tickets[k]!,
      knowsOpen ? open[k]! : '',
      t.hours ? hours[k]! : '',
      avgOrBlank(resSum[k]!, resN[k]!),
      avgOrBlank(met[k]!, judged[k]!),
    ]),
  ];
}

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

const SLA_EXAMPLE = [
  ['Ticket #', 'Created', 'Resolved', 'Due By'],
  [1, '2025-03-03 09:00', '2025-03-03 12:00', '2025-03-03 17:00'],
  [2, '2025-03-03 10:00', '2025-03-04 11:00', '2025-03-04 10:00'],
  [3, '2025-03-04 09:00', '2025-03-04 15:00', '2025-03-05 09:00'],
  [4, '2025-03-04 12:00', null, '2025-03-04 14:00'],
];

const FLAG_EXAMPLE = [
  ['Ticket #', 'Company', 'Created', 'First Response', 'Resolved', 'SLA Met', 'FCR', 'Hours'],
  [1, 'Acme', '2025-03-03 09:00', '2025-03-03 09:30', '2025-03-03 12:00', 'yes', 'yes', 1],
  [2, 'Acme', '2025-03-03 10:00', '2025-03-03 11:00', '2025-03-04 11:00', 'no', 'no', 3.5],
  [3, 'Brix', '2025-03-10 09:00', '2025-03-10 11:00', null, null, null, 0.5],
];

export const serviceDeskFunctions = [
  defineFunction({
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
  }),
  defineFunction({
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
  }),
  defineFunction({
    id: 'FRT',
    family: 'servicedesk',
    description: 'First response time in hours, from a ticket table.',
    params: [tickets, statistic],
    unit: 'hours',
    notes:
      'Per ticket: first response − created, or the first-response duration column (a header with a unit, e.g. "First response time (in hrs)", "First reply time in minutes"). ' +
      'Tickets without one are left out. median and p90 follow Excel MEDIAN and PERCENTILE.INC. ' +
      'In a duration column 0 is a duration of zero; in a timestamp column 0 is a blank (some Excel hosts send blanks as 0). Durations from timestamps are rounded to the millisecond.',
    examples: [
      // 0.5 h, 1 h, 2 h: mean 3.5 ÷ 3.
      { formula: '=MSP.FRT(A1:H4)', args: [FLAG_EXAMPLE], result: 3.5 / 3 },
      { formula: '=MSP.FRT(A1:H4, "median")', args: [FLAG_EXAMPLE, 'median'], result: 1 },
    ],
    compute: (grid, stat) =>
      timedStatistic(grid, stat, 'firstResponseHours', 'firstResponse', 'firstResponseTime', 'noFirstResponse'),
  }),
  defineFunction({
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
    compute: (grid, stat) =>
      timedStatistic(grid, stat, 'resolutionHours', 'resolved', 'resolutionTime', 'noResolution'),
  }),
  defineFunction({
    id: 'FCR',
    family: 'servicedesk',
    description:
      'First-contact resolution rate: tickets resolved on first contact ÷ tickets with a first-contact flag.',
    params: [tickets],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      share: true,
      healthy: { value: 0.7, basis: 'secondary' },
      best: { value: 0.8, basis: 'secondary' },
      unit: 'percent',
      source: 'MetricNet; SQM Group',
    },
    scorecard: { share: ['fcrFirstContact', 'fcrTickets'], inputs: [140, 200] },
    notes: 'Blank flags are left out. In a flag column 0 reads as FALSE (not as a blank).',
    examples: [{ formula: '=MSP.FCR(A1:H4)', args: [FLAG_EXAMPLE], result: 0.5 }],
    compute: (grid) => {
      const t = readTickets(grid, ['firstContact']);
      const share = shareMet(need(t, 'firstContact', 'firstContact'));
      if (share === undefined) throw fail.na('noFirstContact');
      return share;
    },
  }),
  defineFunction({
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
  }),
  defineFunction({
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
        description:
          'Months the tickets cover; with a table, default (last − first created) ÷ (365.25/12), at least 1.',
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
      let months = monthsArg;
      if (monthsArg === null && table) {
        const created = need(table, 'created', 'created');
        let first = Infinity;
        let last = -Infinity;
        for (const c of created) {
          if (c < first) first = c;
          if (c > last) last = c;
        }
        if (first === Infinity) throw fail.na('noMonthsCovered', { arg: 'months' });
        months = Math.max(1, (last - first) / DAYS_PER_MONTH);
      }
      return evalExpr(TPE_SCALAR, { tickets: count, endpoints, months });
    },
  }),
  defineFunction({
    id: 'TICKETSBYPERIOD',
    family: 'servicedesk',
    description: 'Spills a table of tickets per month, week or day: opened, resolved, backlog, SLA and response times.',
    params: [
      tickets,
      {
        name: 'interval',
        kind: 'text',
        optional: true,
        description: '"month" (default), "week" (ISO, from Monday) or "day".',
      },
    ],
    unit: 'table',
    columns: BY_PERIOD_COLUMNS,
    notes:
      'One row per period from the first creation to the last creation or resolution, empty periods included. Opened and Resolved count creations and resolutions in the period; ' +
      'Backlog is what is open at its end; SLA met, Avg first response (h) and Avg resolution (h) are over the tickets opened in the period. ' +
      'Resolved, Net and Backlog are "" without a resolved column; other cells are "" where the period has no data. Tickets without a creation date are left out. ' +
      'More than 50 000 periods is #NUM! naming the first and last dates (almost always a mistyped year).',
    examples: [
      {
        formula: '=MSP.TICKETSBYPERIOD(A1:D5, "day")',
        args: [SLA_EXAMPLE, 'day'],
        // 3 March: 2 opened, 1 resolved, backlog 1, SLA 1 met of 2; 4 March: 2 opened, 2 resolved, backlog 1, SLA: 3 met, 4 past due.
        // Avg resolution: 3 March (3 + 25) ÷ 2 = 14, 4 March 6. No first-response column: "".
        result: [BY_PERIOD_HEADER, [45719, 2, 1, 1, 1, 0.5, '', 14], [45720, 2, 2, 0, 1, 0.5, '', 6]],
      },
    ],
    compute: ticketsByPeriod,
  }),
  defineFunction({
    id: 'TICKETSBYCLIENT',
    family: 'servicedesk',
    description:
      'Spills a table per client: tickets, open, hours, average resolution time and SLA share, most tickets first.',
    params: [tickets],
    unit: 'table',
    columns: BY_CLIENT_COLUMNS,
    notes:
      'Clients are grouped ignoring case and accents and shown as first written; blank clients are "(blank)". Ties are sorted by client name, "(blank)" last. ' +
      'Open is "" without a resolved or status column, Hours "" without an hours column; Avg resolution (h) and SLA met are "" where a client has no data.',
    examples: [
      {
        formula: '=MSP.TICKETSBYCLIENT(A1:H4)',
        args: [FLAG_EXAMPLE],
        result: [BY_CLIENT_HEADER, ['Acme', 2, 0, 4.5, 14, 0.5], ['Brix', 1, 1, 0.5, '', '']],
      },
    ],
    compute: ticketsByClient,
  }),
  defineFunction({
    id: 'CSAT',
    family: 'servicedesk',
    description: 'Customer satisfaction: share of positive survey answers.',
    params: [
      {
        name: 'responses',
        kind: 'range',
        description: 'Survey answers: scores (1–5) or words such as positive/neutral/negative, good/bad, 👍/👎.',
      },
      {
        name: 'positive_min',
        kind: 'number',
        optional: true,
        defaultValue: 4,
        description: 'Lowest score counted as positive (default 4, on a 1–5 scale).',
      },
    ],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      share: true,
      healthy: { value: 0.75 },
      best: { value: 0.9 },
      unit: 'percent',
      source: LOGMEIN,
    },
    scorecard: { share: ['csatPositive', 'csatResponses'], inputs: [85, 100] },
    notes:
      'Blanks are ignored, 0 included (survey scales start at 1); Zendesk\'s "Offered"/"Unoffered" (no answer) too. TRUE/FALSE are yes/no answers. ' +
      'A first row of text that holds no answer is taken as the column header. No answers → #DIV/0!.',
    examples: [
      { formula: '=MSP.CSAT(A1:A5)', args: [[[5], [4], [2], ['good'], ['😞']]], result: 0.6 },
      { formula: '=MSP.CSAT(A1:A3, 3)', args: [[[5], [3], [2]], 3], result: 2 / 3 },
    ],
    compute: (grid, positiveMin) => {
      const { scores, atLeast, words } = tallyAnswers('responses', grid, true, positiveMin);
      const positive = atLeast + words.positive;
      const answers = scores + words.positive + words.neutral + words.negative;
      if (answers === 0) throw fail.div0('noSurveyAnswer', { arg: 'responses' });
      return positive / answers;
    },
  }),
  defineFunction({
    id: 'CES',
    family: 'servicedesk',
    description: 'Customer effort score: the average of the effort scores.',
    params: [{ name: 'scores', kind: 'range', description: 'Effort scores (numbers, e.g. 1–7).' }],
    unit: 'number',
    notes:
      'Blanks (and 0, which no effort scale uses) are ignored; a first row of text is taken as the header. No scores → #DIV/0!, like AVERAGE.',
    examples: [{ formula: '=MSP.CES(A1:A4)', args: [[[2], [3], [null], [7]]], result: 4 }],
    compute: (grid) => {
      const { scores, sum } = tallyAnswers('scores', grid, false);
      if (scores === 0) throw fail.div0('noScores', { arg: 'scores' });
      return sum / scores;
    },
  }),
];
