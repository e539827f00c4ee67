import { performance } from 'node:perf_hooks';
import { serialFromParts } from '../src/core/dates';
import { randomInt, seededRandom } from '../src/samples/prng';
import { type Calendar, businessHoursColumn, makeCalendar, parseBusinessHours } from '../src/core/time/calendar';
import { parseHolidays } from '../src/core/time/holidays';
import type { Arg, Grid } from '../src/core/cells';
import { evaluate } from '../src/core/evaluate';
import { FUNCTIONS } from '../src/core/registry';
import { ticketGrid } from './data';
import { freshRange, paired, sampler } from './measure';

/**
 * Business hours per ticket (SPEC §2.3) against the wall-clock duration the functions compute
 * without a calendar: the same loop over typed created / resolved columns (as the ticket table
 * holds them), once subtracting, once asking the calendar. The calendar is built before the loop,
 * as a function builds it once per call; its build time is shown apart. For scale, MSP.TTR on a
 * ticket table of as many rows (all of its reading and statistics) is timed in the same process.
 */

const TICKETS = 100_000;
const RUNS = 15;
const MINUTE = 1 / 1440;

/** A year of tickets: created at any minute of 2025, resolved minutes to a week later. */
function columns(): { created: Float64Array; resolved: Float64Array } {
  const random = seededRandom(7);
  const start = serialFromParts(2025, 1, 1);
  const created = new Float64Array(TICKETS);
  const resolved = new Float64Array(TICKETS);
  for (let i = 0; i < TICKETS; i++) {
    created[i] = start + randomInt(random, 0, 364 * 1440) * MINUTE;
    resolved[i] = created[i]! + Math.round(10 + random() ** 3 * 7 * 1440) * MINUTE;
  }
  return { created, resolved };
}

/** Belgian public holidays of 2025. */
const HOLIDAYS = [
  '2025-01-01',
  '2025-04-21',
  '2025-05-01',
  '2025-05-29',
  '2025-06-09',
  '2025-07-21',
  '2025-08-15',
  '2025-11-01',
  '2025-11-11',
  '2025-12-25',
];

function calendar(text: string): Calendar {
  const hours = parseBusinessHours(text);
  const holidays = parseHolidays(HOLIDAYS.map((d) => [d]));
  if (!hours.ok || !holidays.ok) throw new Error(`Bench calendar ${text} does not parse.`);
  return makeCalendar(hours.value, holidays.value);
}

let sink = 0;

/** What a function computes without a calendar: the hours column. */
function wallClock(c: Float64Array, r: Float64Array): number {
  const hours = new Float64Array(c.length);
  for (let i = 0; i < c.length; i++) hours[i] = (r[i]! - c[i]!) * 24;
  return (sink += hours[0]!);
}

/** The same column in business hours, the timestamps read as the ticket table's are: local, or all instants. */
function business(cal: Calendar, utc: boolean): (c: Float64Array, r: Float64Array) => number {
  const instants = utc ? { bits: new Uint8Array(TICKETS).fill(3), start: 1, end: 2 } : undefined;
  return (c, r) => (sink += businessHoursColumn(cal, c, r, instants)[0]!);
}

const CASES: readonly { name: string; text: string; utc: boolean }[] = [
  { name: 'office hours, 10 holidays', text: 'Mon-Fri 08:00-18:00', utc: false },
  { name: 'lunch break, 10 holidays', text: 'Mon-Fri 08:00-12:00, 13:00-17:00', utc: false },
  { name: 'office hours in Europe/Paris, local timestamps', text: 'Mon-Fri 08:00-18:00 Europe/Paris', utc: false },
  { name: 'office hours in Europe/Paris, UTC timestamps', text: 'Mon-Fri 08:00-18:00 Europe/Paris', utc: true },
  { name: '24x7 in Europe/Paris (DST), local timestamps', text: '24x7 Europe/Paris', utc: false },
];

/** Milliseconds of MSP.TTR on a ticket table of TICKETS rows, as the range-function table measures it. */
function ttrMs(): number {
  const spec = FUNCTIONS.find((f) => f.id === 'TTR');
  if (!spec) return NaN;
  const grid = ticketGrid(TICKETS);
  const call = sampler(
    () => freshRange(grid),
    (g) => evaluate(spec, [g]),
  );
  return paired(call, call, 5).ms;
}

export function businessHoursTable(): string {
  const { created, resolved } = columns();
  const input = (): [Float64Array, Float64Array] => [created, resolved];
  const reference = sampler(input, ([c, r]) => wallClock(c, r));
  const ttr = ttrMs();
  const lines = [
    `| Calendar | Wall-clock column (ms) | Business-hours column (ms) | Ratio | Per ticket (ns) | Added to MSP.TTR (× its ${ttr.toFixed(1)} ms) | Building the calendar (ms) |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const c of CASES) {
    const t0 = performance.now();
    const cal = calendar(c.text);
    // A zone's daylight-saving changes are learnt on its first use in the process (then kept): count that as building.
    businessHoursColumn(cal, created.subarray(0, 1), resolved.subarray(0, 1));
    const buildMs = performance.now() - t0;
    const f = business(cal, c.utc);
    const m = paired(
      sampler(input, ([cr, re]) => f(cr, re)),
      reference,
      RUNS,
    );
    lines.push(
      `| ${c.name} | ${m.referenceMs.toFixed(2)} | ${m.ms.toFixed(2)} | ${m.ratio.toFixed(1)} | ${((m.ms * 1e6) / TICKETS).toFixed(1)} | ${((m.ms - m.referenceMs) / ttr).toFixed(2)} | ${buildMs.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

/** The functions' own cost of the clock: each called on the same table with and without a calendar. */
const CLOCKED: readonly { id: string; wall: readonly Arg[]; clock: (text: string, holidays: Grid) => Arg[] }[] = [
  { id: 'TTR', wall: [], clock: (text, holidays) => [null, text, holidays] },
  { id: 'SLA', wall: [24], clock: (text, holidays) => [24, text, holidays] },
];

const CLOCK_TARGET = 2;

/**
 * MSP.TTR and MSP.SLA (target 24 h) on a ticket table of TICKETS rows, on the office-hours
 * calendar with the holidays, against the same call in wall-clock hours: the whole function as
 * Excel calls it (parse, clock, statistic), so the ratio is what a user sees.
 */
export function clockedFunctionsTable(): string {
  const grid = ticketGrid(TICKETS);
  const holidays: Grid = HOLIDAYS.map((d) => [d]);
  const lines = [
    `| Function | Calendar | Wall-clock (ms) | Business hours (ms) | Ratio (target ≤ ${CLOCK_TARGET}) |`,
    '|---|---|---:|---:|---:|',
  ];
  for (const { id, wall, clock } of CLOCKED) {
    const spec = FUNCTIONS.find((f) => f.id === id)!;
    const call = (args: readonly Arg[]) =>
      sampler(
        () => freshRange(grid),
        (g) => evaluate(spec, [g, ...args]),
      );
    for (const c of CASES.slice(0, 3)) {
      const m = paired(call(clock(c.text, holidays)), call(wall), 7);
      const ratio = m.ratio > CLOCK_TARGET ? `**${m.ratio.toFixed(2)}** ✗` : m.ratio.toFixed(2);
      lines.push(`| MSP.${id} | ${c.name} | ${m.referenceMs.toFixed(1)} | ${m.ms.toFixed(1)} | ${ratio} |`);
    }
  }
  return lines.join('\n');
}
