import type { Grid, OutCell } from '../../cells';
import { formatSerial, isoWeekStart, serialFromMonthIndex } from '../../dates';
import { fail } from '../../errors';
import { monthOfSerial } from '../../monthOfSerial';
import { INTERVAL_WORDS, type Interval, readOption } from '../../options';
import { type SpillColumn, defineFunction, headerRow } from '../../spec';
import { readSla } from '../../tickets/sla';
import { need } from '../../tickets/table';
import { tickets, avgOrBlank, SLA_EXAMPLE } from './shared';

/**
 * Most periods TICKETSBYPERIOD spills: 50 000 days is 137 years. More is a mistyped date, and a
 * million-row spill would freeze Excel before the user could find it.
 */
const MAX_PERIODS = 50_000;

/**
 * Period keys: integers that count periods, and the serial each starts on. Each key is cheap enough
 * to ask on every ticket, in any order: a month's is remembered per day (monthOfSerial).
 */
const PERIODS: Readonly<Record<Interval, { key: (serial: number) => number; start: (key: number) => number }>> = {
  month: { key: monthOfSerial, start: serialFromMonthIndex },
  // Serial 2 (1900-01-01) was a Monday: weeks are counted from it.
  week: { key: (s) => (isoWeekStart(s) - 2) / 7, start: (k) => k * 7 + 2 },
  day: { key: Math.floor, start: (k) => k },
};

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
 * is skipped; a blank value (NaN) is left out of its average.
 */
function tallyPeriods(
  created: Float64Array,
  resolvedAt: Float64Array | undefined,
  fr: Float64Array | undefined,
  res: Float64Array | undefined,
  sla: Int8Array,
  { key }: (typeof PERIODS)[Interval],
  k0: number,
  { opened, closed, met, judged, frSum, frN, resSum, resN }: PeriodSums,
): void {
  for (let i = 0; i < created.length; i++) {
    const c = created[i]!;
    if (Number.isNaN(c)) continue;
    const p = key(c) - k0;
    opened[p]!++;
    if (resolvedAt) {
      const r = resolvedAt[i]!;
      if (!Number.isNaN(r)) closed[key(r) - k0]!++;
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
  const { table: t, outcome: sla } = readSla(grid, {}, [
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

export const TICKETSBYPERIOD = defineFunction({
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
});
