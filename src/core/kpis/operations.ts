import { type Cell, type Grid, errorOf, isBlankText, metEveryCell, rowError } from '../cells';
import { type DateOrder, DateOrderEvidence, parseDateText } from '../dateOrder';
import { isNoDateSerial, isNoDateText } from '../noValue';
import { fail } from '../errors';
import { STATISTIC_WORDS, readOption } from '../options';
import { defineFunction } from '../spec';
import { summarize } from '../stats';
import { LOGMEIN } from '../benchmarks/sources';
import { arg, div, num, share, sub } from '../formula/expr';

const n = (name: string, description: string) => ({ name, kind: 'number', min: 0, description }) as const;

/** The day/month order of the numeric text dates of both ranges, decided once for the two (SPEC §1). */
function rangesDateOrder(ranges: readonly [Grid, string][]): DateOrder {
  const evidence = new DateOrderEvidence();
  for (const [grid, arg] of ranges) {
    evidence.locating((row, col) => ({ arg, row, col }));
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      if (!row) continue;
      for (let col = 0; col < row.length; col++) {
        const v = row[col];
        if (typeof v === 'string') evidence.note(v, r, col);
      }
    }
  }
  return evidence.decide().order;
}

/**
 * A start/go-live cell as a serial: numbers are serials, text is ISO-8601 or numeric in the two
 * ranges' order; blank, "no value" markers and no-date sentinels are null.
 */
function dateCell(v: Cell, r: number, c: number, param: string, order: DateOrder): number | null {
  if (typeof v === 'number') return isNoDateSerial(v) ? null : v;
  if (typeof v === 'object' && v !== null) throw errorOf(v);
  if (isBlankText(v) || (typeof v === 'string' && isNoDateText(v))) return null;
  const serial = typeof v === 'string' ? parseDateText(v, order) : undefined;
  if (serial === undefined)
    throw fail.value('cellNotADate', { cell: { arg: param, row: r, col: c }, value: String(v) });
  return serial;
}

export const operationsFunctions = [
  defineFunction({
    id: 'CPL',
    family: 'operations',
    description: 'Cost per lead: marketing spend ÷ number of leads.',
    params: [
      n('marketing_spend', 'Marketing spend of the period (a number or a range, summed).'),
      n('leads', 'Leads generated in the same period.'),
    ],
    unit: 'currency',
    benchmark: { better: 'lower', healthy: { value: 300 }, best: { value: 100 }, unit: 'usd', source: LOGMEIN },
    scorecard: { inputs: [100000, 500] },
    examples: [{ formula: '=MSP.CPL(100000, 500)', args: [100000, 500], result: 200 }],
    scalar: div(arg('marketing_spend'), arg('leads')),
  }),
  defineFunction({
    id: 'CONVERSION',
    family: 'operations',
    description: 'Conversion rate: conversions ÷ opportunities (visitors, leads, demos offered).',
    params: [
      n('conversions', 'People who took the action (demo request, form, signed contract).'),
      n('opportunities', 'People who had the chance to.'),
    ],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      share: true,
      healthy: { value: 0.02 },
      best: { value: 0.05 },
      unit: 'percent',
      source: LOGMEIN,
    },
    scorecard: { inputs: [50, 1000] },
    examples: [{ formula: '=MSP.CONVERSION(50, 1000)', args: [50, 1000], result: 0.05 }],
    scalar: share(arg('conversions'), arg('opportunities')),
  }),
  defineFunction({
    id: 'COSTPERHIRE',
    family: 'operations',
    description: 'Cost per hire: recruiting costs ÷ hires.',
    params: [
      n('hiring_costs', 'Recruiting costs of the period (a number or a range, summed).'),
      n('hires', 'Employees hired in the same period.'),
    ],
    unit: 'currency',
    benchmark: { better: 'lower', healthy: { value: 7000 }, best: { value: 4000 }, unit: 'usd', source: LOGMEIN },
    scorecard: { inputs: [60000, 12] },
    examples: [{ formula: '=MSP.COSTPERHIRE(60000, 12)', args: [60000, 12], result: 5000 }],
    scalar: div(arg('hiring_costs'), arg('hires')),
  }),
  defineFunction({
    id: 'TURNOVER',
    family: 'operations',
    description: 'Employee turnover: departures ÷ average headcount of the period.',
    params: [
      n('departures', 'Employees who left in the period.'),
      n('average_headcount', 'Average number of employees over the period.'),
    ],
    unit: 'percent',
    benchmark: {
      better: 'lower',
      healthy: { value: 0.15, strict: true },
      unit: 'percentPerYear',
      windowMonths: 12,
      source: LOGMEIN,
    },
    scorecard: { inputs: [5, 50] },
    notes:
      'More departures than the average headcount (above 100 %) is possible over a long period and is not an error.',
    examples: [{ formula: '=MSP.TURNOVER(5, 50)', args: [5, 50], result: 0.1 }],
    scalar: div(arg('departures'), arg('average_headcount')),
  }),
  defineFunction({
    id: 'UTILIZATION',
    family: 'operations',
    description: 'Resource utilisation: billable hours ÷ available hours.',
    params: [n('billable_hours', 'Hours billed to clients.'), n('available_hours', 'Hours the team was available.')],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      healthy: { value: 0.7, basis: 'secondary' },
      best: { value: 0.8, basis: 'secondary' },
      unit: 'percent',
      source: 'MSP industry blogs',
    },
    scorecard: {},
    notes: 'Billable hours above available hours (overtime) give more than 100 %, not an error.',
    examples: [{ formula: '=MSP.UTILIZATION(1200, 1600)', args: [1200, 1600], result: 0.75 }],
    scalar: div(arg('billable_hours'), arg('available_hours')),
  }),
  defineFunction({
    id: 'AVAILABILITY',
    family: 'operations',
    description: 'Service availability: 1 − downtime ÷ period, both in minutes.',
    params: [
      n('downtime_minutes', 'Minutes of downtime in the period.'),
      n('period_minutes', 'Minutes in the period (30 days = 43200).'),
    ],
    unit: 'percent',
    examples: [{ formula: '=MSP.AVAILABILITY(43.2, 43200)', args: [43.2, 43200], result: 0.999 }],
    scalar: sub(num(1), share(arg('downtime_minutes'), arg('period_minutes'))),
  }),
  defineFunction({
    id: 'ONBOARDINGTIME',
    family: 'operations',
    description: 'Days from onboarding start to go-live, per client, summarised (mean, median, p90 or max).',
    params: [
      {
        name: 'start_dates',
        kind: 'range',
        description: 'Onboarding start dates, one per client.',
      },
      {
        name: 'live_dates',
        kind: 'range',
        description: 'Go-live dates, same shape as start_dates.',
      },
      { name: 'statistic', kind: 'text', optional: true, description: '"mean" (default), "median", "p90" or "max".' },
    ],
    unit: 'days',
    notes:
      'Text dates may be ISO or numeric, one day/month order for both ranges (SPEC §1); "no value" markers are blanks. ' +
      'Pairs where either date is blank are left out (a client not live yet). A go-live before its start is #VALUE! naming the cell. No complete pair at all is #N/A.',
    examples: [
      {
        formula: '=MSP.ONBOARDINGTIME(A2:A4, B2:B4)',
        args: [
          [[45658], [45670], [45700]],
          [[45672], [45680], [45730]],
        ],
        result: 18,
      },
      {
        formula: '=MSP.ONBOARDINGTIME(A2:A4, B2:B4, "median")',
        args: [[[45658], [45670], [45700]], [[45672], [45680], [45730]], 'median'],
        result: 14,
      },
    ],
    compute: (starts, lives, statisticWord) => {
      const statistic = readOption('statistic', statisticWord, STATISTIC_WORDS, 'mean');
      if (starts.length !== lives.length || starts[0]!.length !== lives[0]!.length) {
        throw fail.value('sameShape', { arg: 'start_dates', arg2: 'live_dates' });
      }
      const order = rangesDateOrder([
        [starts, 'start_dates'],
        [lives, 'live_dates'],
      ]);
      let cells = 0;
      for (let r = 0; r < starts.length; r++) cells += starts[r]?.length ?? 0;
      const days = new Float64Array(cells);
      let n = 0;
      for (let r = 0; r < starts.length; r++) {
        // Holes (sparse arrays) are skipped, as forEach would.
        if (!(r in starts)) continue;
        const startRow = starts[r]!;
        const liveRow = lives[r]!;
        for (let c = 0; c < startRow.length; c++) {
          const startCell = startRow[c]!;
          if (startCell === undefined && !(c in startRow)) continue;
          const start = dateCell(startCell, r, c, 'start_dates', order);
          const live = dateCell(liveRow[c]!, r, c, 'live_dates', order);
          if (start === null || live === null) continue;
          if (live < start) throw fail.value('liveBeforeStart', { cell: { arg: 'live_dates', row: r, col: c } });
          days[n++] = live - start;
        }
        // Every cell of both ranges is met: a go-live row longer than its start row is checked too.
        const extra = liveRow.length > startRow.length ? rowError(liveRow, startRow.length) : undefined;
        if (extra) throw extra;
      }
      metEveryCell(starts);
      metEveryCell(lives);
      const result = summarize(days.subarray(0, n), statistic);
      if (result === undefined) throw fail.na('noOnboardingPair');
      return result;
    },
  }),
  defineFunction({
    id: 'PROACTIVERATE',
    family: 'operations',
    description: 'Share of issues resolved before they affected the user (proactive resolution).',
    params: [
      n('resolved_before_failure', 'Issues caught and fixed by monitoring before the user noticed.'),
      n('total_issues', 'All issues of the period.'),
    ],
    unit: 'percent',
    examples: [{ formula: '=MSP.PROACTIVERATE(120, 400)', args: [120, 400], result: 0.3 }],
    scalar: share(arg('resolved_before_failure'), arg('total_issues')),
  }),
  defineFunction({
    id: 'ACTIVERATIO',
    family: 'operations',
    description: 'Active user ratio: active users ÷ total users.',
    params: [n('active_users', 'Users active in the period.'), n('total_users', 'All licensed or registered users.')],
    unit: 'percent',
    examples: [{ formula: '=MSP.ACTIVERATIO(180, 240)', args: [180, 240], result: 0.75 }],
    scalar: share(arg('active_users'), arg('total_users')),
  }),
];
