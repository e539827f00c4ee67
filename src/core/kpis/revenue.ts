import { checkBounds, sumArg } from '../args';
import {
  type Cell,
  type Grid,
  type OutCell,
  type Scalar,
  errorOf,
  isBlankText,
  metEveryCell,
  parseNumberText,
  rowError,
} from '../cells';
import { type Located, fail } from '../errors';
import { COHORT_COLUMNS, cohortTable } from '../ledger/cohorts';
import { ledgerMovements, periodMovements } from '../ledger/movements';
import { type Ledger, parseLedger } from '../ledger/parse';
import { resolvePeriod } from '../ledger/period';
import { periodTotals } from '../ledger/totals';
import {
  customerChurn,
  customerRetention,
  grossRetention,
  mrrChurn,
  netRetention,
  readWindow,
  windowStats,
} from '../ledger/windows';
import { BASIS_WORDS, type Basis, BILLING_MONTHS, BILLING_WORDS, matchOption, readOption } from '../options';
import { type SpillColumn, defineFunction, headerRow } from '../spec';
import { ratio } from './ratio';
import { LOGMEIN, PULSEWAY } from '../benchmarks/sources';
import { arg, div, evalExpr, mul, share, sub } from '../formula/expr';

const ledgerParam = {
  name: 'ledger',
  kind: 'range',
  description:
    'Subscription ledger with its header row: customers × periods (wide) or one row per customer and date with an amount (long).',
} as const;
const periodParam = {
  name: 'period',
  kind: 'scalar',
  optional: true,
  description: 'The period: 1 to N counts the period columns, or a header label or date; default the last period.',
} as const;
const monthsParam = {
  name: 'months',
  kind: 'number',
  optional: true,
  integer: true,
  min: 1,
  defaultValue: 1,
  description: 'Length of the window in periods (k); default 1.',
} as const;
const marginParam = {
  name: 'gross_margin',
  kind: 'number',
  optional: true,
  greaterThan: 0,
  max: 1,
  defaultValue: 1,
  description: 'Gross margin as a fraction in (0, 1]; default 1 (revenue).',
} as const;

const LEDGER_NOTES =
  'Ledger layout (wide or long) is detected from the header (SPEC §2.1); long ledgers are bucketed by calendar month, every month from the first to the last being a period. Customers are matched trimmed and case-insensitively, like a pivot table. A negative or text amount is #VALUE! naming the cell.';
const PERIOD_NOTES =
  '`period`: a whole number 1 to N picks the N-th period column; otherwise it is matched to a header label (case-insensitive) or, for a date, to the header of the same day or the only header in the same calendar month (any day of March 2025 finds 2025-03); an unknown period is #N/A.';
const WINDOW_NOTES = `${PERIOD_NOTES} The window of \`months\` periods ends at \`period\` and looks at the customers active at its start (new and reactivated customers are left out). A window starting before the first period is #N/A; a cohort with no customers or no MRR is #DIV/0!.`;

/** Hand-worked in the examples: Alpha expands, Beta contracts then churns, Gamma is new in March, Delta churns and comes back. */
const EXAMPLE_LEDGER: Grid = [
  ['Customer', '2025-01', '2025-02', '2025-03'],
  ['Alpha', 100, 120, 120],
  ['Beta', 200, 150, 0],
  ['Gamma', 0, 0, 80],
  ['Delta', 50, null, 60],
];

/** A ledger needs two periods before anything moves. */
function requireMovements(ledger: Ledger): void {
  if (ledger.periods.length < 2) throw fail.na('singlePeriod');
}

/** Where a billing_months cell is, for messages: the argument alone for a single value (row -1). */
const billingAt = (r: number, c: number): Located =>
  r < 0 ? { arg: 'billing_months' } : { arg: 'billing_months', row: r, col: c };

/**
 * Months a billing_months cell stands for: a number > 0, a number as text or a billing word;
 * blank (null, "" or 0) is the default, monthly. Undefined = one-time, not recurring. `texts`
 * remembers each text already read (0 for one-time): the same few words repeat down a column.
 */
function billingMonths(cell: Cell, r: number, c: number, texts: Map<string, number>): number | undefined {
  if (typeof cell === 'string') {
    const seen = texts.get(cell);
    if (seen !== undefined) return seen === 0 ? undefined : seen;
  }
  if (cell === null || cell === 0 || (typeof cell === 'string' && isBlankText(cell))) return remember(texts, cell, 1);
  let months: number | undefined;
  if (typeof cell === 'number') months = cell;
  else if (typeof cell === 'string') {
    months = parseNumberText(cell);
    if (months === undefined) {
      const term = matchOption(cell, BILLING_WORDS);
      if (term === undefined) {
        const accepted = Object.keys(BILLING_WORDS)
          .map((w) => `"${w}"`)
          .join(', ');
        throw fail.value('billingNotWord', { cell: billingAt(r, c), value: cell, accepted });
      }
      return remember(texts, cell, BILLING_MONTHS[term]);
    }
  } else throw fail.value('billingNotNumber', { cell: billingAt(r, c), value: String(cell).toUpperCase() });
  if (!(months > 0)) throw fail.num('billingNotPositive', { cell: billingAt(r, c), value: months });
  return remember(texts, cell, months);
}

/** Keeps the months of a text cell for the next time it is met; returns them. */
function remember(texts: Map<string, number>, cell: Cell, months: number | undefined): number | undefined {
  if (typeof cell === 'string') texts.set(cell, months ?? 0);
  return months;
}

function mrr(amounts: Grid, billing: Grid): number {
  const texts = new Map<string, number>();
  if (billing.length === 1 && billing[0]!.length === 1) {
    const months = billingMonths(billing[0]![0]!, -1, -1, texts);
    const total = sumArg('amounts', amounts);
    return months === undefined ? 0 : total / months;
  }
  const rows = amounts.length;
  const cols = amounts[0]?.length ?? 0;
  if (billing.length !== rows || billing.some((r) => r.length !== cols)) {
    throw fail.value('billingShape', {
      arg: 'billing_months',
      arg2: 'amounts',
      rows,
      cols,
      gotRows: billing.length,
      gotCols: billing[0]?.length ?? 0,
    });
  }
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const amountRow = amounts[r]!;
    const billingRow = billing[r]!;
    // Every cell of both ranges is met here.
    const extra = amountRow.length > cols ? rowError(amountRow, cols) : undefined;
    if (extra) throw extra;
    for (let c = 0; c < cols; c++) {
      const amount = amountRow[c];
      const term = billingRow[c]!;
      if (typeof term === 'object' && term !== null) throw errorOf(term);
      // SUM semantics: only numbers in the amounts range count.
      if (typeof amount !== 'number') {
        if (typeof amount === 'object' && amount !== null) throw errorOf(amount);
        continue;
      }
      const months = typeof term === 'number' && term > 0 ? term : billingMonths(term, r, c, texts);
      if (months !== undefined) total += amount / months;
    }
  }
  metEveryCell(amounts);
  metEveryCell(billing);
  return total;
}

/** MSP.MRRMOVES's columns (SPEC §3.1). */
const MOVES_COLUMNS: readonly SpillColumn[] = [
  { id: 'period', unit: 'period' },
  { id: 'startingMrr', unit: 'currency' },
  { id: 'new', unit: 'currency' },
  { id: 'expansion', unit: 'currency' },
  { id: 'reactivation', unit: 'currency' },
  { id: 'contraction', unit: 'currency' },
  { id: 'churn', unit: 'currency' },
  { id: 'endingMrr', unit: 'currency' },
  { id: 'customers', unit: 'count' },
  { id: 'churnedCustomers', unit: 'count' },
  { id: 'customerChurn', unit: 'percent' },
];
const MOVES_HEADER: OutCell[] = headerRow('MRRMOVES', MOVES_COLUMNS);

function mrrMoves(grid: Grid): OutCell[][] {
  const ledger = parseLedger(grid);
  requireMovements(ledger);
  const m = ledgerMovements(ledger);
  const rows: OutCell[][] = [MOVES_HEADER];
  for (let t = 1; t < ledger.periods.length; t++) {
    rows.push([
      ledger.periods[t]!,
      m.start[t]!,
      m.newMrr[t]!,
      m.expansion[t]!,
      m.reactivation[t]!,
      m.contraction[t]!,
      m.churn[t]!,
      m.end[t]!,
      m.customersEnd[t]!,
      m.churnedCustomers[t]!,
      m.customersStart[t]! > 0 ? m.churnedCustomers[t]! / m.customersStart[t]! : '',
    ]);
  }
  return rows;
}

/** Reads the ledger and window of the window functions (CHURN, RETENTION, NRR, GRR). */
function windowOf(grid: Grid, period: Scalar, months: number) {
  const ledger = parseLedger(grid);
  return windowStats(ledger, readWindow(ledger, period, months));
}

function quickRatio(grid: Grid, period: Scalar): number {
  const ledger = parseLedger(grid);
  const p = resolvePeriod(ledger, period);
  if (p === 0) throw fail.na('baselinePeriod');
  const m = periodMovements(ledger, p);
  const gained = m.newMrr[0]! + m.expansion[0]! + m.reactivation[0]!;
  const lost = -(m.contraction[0]! + m.churn[0]!);
  return ratio(['MRR gained (new + expansion + reactivation)', gained], ['MRR lost (contraction + churn)', lost]);
}

/** A range of at least 2 × 2 cells is a ledger (a header row and a customer column); anything smaller is an MRR amount. */
const isLedgerShape = (grid: Grid): boolean => grid.length >= 2 && (grid[0]?.length ?? 0) >= 2;

const arpaFirst = {
  name: 'mrr_or_ledger',
  kind: 'range',
  min: 0,
  unit: 'currency',
  description: 'MRR (a number, or a single row or column summed) — or a ledger range with its header row.',
} as const;
const arpaSecond = {
  name: 'customers_or_period',
  kind: 'scalar',
  optional: true,
  min: 0,
  description: 'With an MRR: the number of customers. With a ledger: the period (default the last).',
} as const;
/** ARPA(mrr, customers), the scalar form. */
const ARPA_SCALAR = div(arg(arpaFirst.name), arg(arpaSecond.name));

function arpa(first: Grid, second: Scalar): number {
  if (isLedgerShape(first)) {
    const ledger = parseLedger(first);
    const { mrr: total, customers } = periodTotals(ledger, resolvePeriod(ledger, second));
    return ratio(['periodMrr', total], ['activeCustomers', customers]);
  }
  return evalExpr(ARPA_SCALAR, {
    [arpaFirst.name]: checkBounds(arpaFirst, sumArg(arpaFirst.name, first)),
    [arpaSecond.name]: checkBounds(arpaSecond, second === null ? 0 : sumArg(arpaSecond.name, second)),
  });
}

export const revenueFunctions = [
  defineFunction({
    id: 'MRR',
    family: 'revenue',
    description: 'Monthly recurring revenue: each amount divided by the months it pays for; one-time charges left out.',
    params: [
      {
        name: 'amounts',
        kind: 'range',
        description: 'Amounts billed: a number or a range (text and blanks inside it are ignored, like SUM).',
      },
      {
        name: 'billing_months',
        kind: 'range',
        optional: true,
        description:
          'Months each amount covers: a number, a word (monthly, quarterly, annual, one-time …) or a range the same shape as amounts; default 1.',
      },
    ],
    unit: 'currency',
    notes:
      'Billing words: monthly 1, quarterly 3, semiannual 6, annual/yearly 12, biennial 24, triennial 36, one-time (excluded), each also in French, Dutch, Italian and German (mensuel, kwartaal, annuale, jährlich, una tantum …). A blank billing cell (null, "" or 0) counts as monthly. Negative amounts (credit notes) reduce MRR as SUM would. A billing period of 0 or less is #NUM!; an unknown word is #VALUE! naming the cell.',
    examples: [
      { formula: '=MSP.MRR(3600, 12)', args: [3600, 12], result: 300 },
      // 300 ÷ 1 + 900 ÷ 3 + 1200 ÷ 12 = 300 + 300 + 100
      {
        formula: '=MSP.MRR(A2:A4, B2:B4)',
        args: [
          [[300], [900], [1200]],
          [['monthly'], ['trimestriel'], ['annual']],
        ],
        result: 700,
      },
      {
        formula: '=MSP.MRR(A2:A3, B2:B3)',
        args: [
          [[1200], [250]],
          [['jährlich'], ['one-time']],
        ],
        result: 100,
      },
      { formula: '=MSP.MRR(1200, "fortnightly")', args: [1200, 'fortnightly'], result: '#VALUE!' },
    ],
    compute: (amounts, billing) => mrr(amounts, billing),
  }),
  defineFunction({
    id: 'MRRMOVES',
    family: 'revenue',
    description:
      'MRR movements per period: starting MRR, new, expansion, reactivation, contraction, churn, ending MRR and customer churn (spills).',
    params: [ledgerParam],
    unit: 'table',
    columns: MOVES_COLUMNS,
    notes: `${LEDGER_NOTES} One row per period from the second; Starting MRR + New + Expansion + Reactivation + Contraction + Churn = Ending MRR, contraction and churn being negative. Customers = active at the end of the period; Customer churn = churned ÷ customers active at the start, "" when nobody was.`,
    examples: [
      {
        formula: '=MSP.MRRMOVES(A1:D5)',
        args: [EXAMPLE_LEDGER],
        // Feb: start 100+200+50 = 350; Alpha +20, Beta −50, Delta churns −50; end 120+150 = 270; 1 of 3 churned.
        // Mar: start 270; Gamma new +80, Delta back +60, Beta churns −150; end 120+80+60 = 260; 1 of 2 churned.
        result: [
          [...MOVES_HEADER],
          ['2025-02', 350, 0, 20, 0, -50, -50, 270, 2, 1, 1 / 3],
          ['2025-03', 270, 80, 0, 60, 0, -150, 260, 3, 1, 1 / 2],
        ],
      },
    ],
    compute: (ledger) => mrrMoves(ledger),
  }),
  defineFunction({
    id: 'CHURN',
    family: 'revenue',
    description:
      'Churn over a window: customers lost ÷ customers at the start ("customers"), or gross MRR churn ("mrr").',
    params: [
      ledgerParam,
      periodParam,
      monthsParam,
      {
        name: 'basis',
        kind: 'text',
        optional: true,
        description: '"customers" (default) or "mrr" for gross MRR churn (1 − GRR).',
      },
    ],
    unit: 'percent',
    benchmark: {
      better: 'lower',
      share: true,
      healthy: { value: 0.1 },
      best: { value: 0.05 },
      unit: 'percentPerYear',
      windowMonths: 12,
      source: `${PULSEWAY}; ${LOGMEIN}`,
    },
    scorecard: { via: 'CHURNRATE', inputs: [5, 100] },
    notes: `${LEDGER_NOTES} ${WINDOW_NOTES} For an annual churn rate from a monthly ledger, use months = 12.`,
    examples: [
      // Active in Feb: Alpha, Beta; Beta is gone in Mar → 1 ÷ 2.
      { formula: '=MSP.CHURN(A1:D5)', args: [EXAMPLE_LEDGER], result: 0.5 },
      // Active in Jan: Alpha, Beta, Delta; only Beta is gone in Mar → 1 ÷ 3.
      { formula: '=MSP.CHURN(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 1 / 3 },
      // Jan MRR 350; kept min(100,120) + min(200,0) + min(50,60) = 150; lost 200 ÷ 350.
      {
        formula: '=MSP.CHURN(A1:D5, "2025-03", 2, "mrr")',
        args: [EXAMPLE_LEDGER, '2025-03', 2, 'mrr'],
        result: 200 / 350,
      },
      { formula: '=MSP.CHURN(A1:D5, 1)', args: [EXAMPLE_LEDGER, 1], result: '#N/A' },
    ],
    compute: (ledger, period, months, basis) => {
      const s = windowOf(ledger, period, months);
      return readOption<Basis>('basis', basis, BASIS_WORDS, 'customers') === 'mrr' ? mrrChurn(s) : customerChurn(s);
    },
  }),
  defineFunction({
    id: 'CHURNRATE',
    family: 'revenue',
    description: 'Churn rate from counts: customers lost ÷ customers at the start of the period.',
    params: [
      {
        name: 'lost',
        kind: 'number',
        min: 0,
        description: 'Customers lost during the period (a number or a range, summed).',
      },
      {
        name: 'at_start',
        kind: 'number',
        min: 0,
        description: 'Customers at the start of the period (a number or a range, summed).',
      },
    ],
    unit: 'percent',
    examples: [
      { formula: '=MSP.CHURNRATE(5, 100)', args: [5, 100], result: 0.05 },
      { formula: '=MSP.CHURNRATE(12, 10)', args: [12, 10], result: '#NUM!' },
    ],
    scalar: share(arg('lost'), arg('at_start')),
  }),
  defineFunction({
    id: 'RETENTION',
    family: 'revenue',
    description: 'Customer retention over a window: 1 − customer churn.',
    params: [ledgerParam, periodParam, monthsParam],
    unit: 'percent',
    notes: `${LEDGER_NOTES} ${WINDOW_NOTES}`,
    examples: [
      { formula: '=MSP.RETENTION(A1:D5)', args: [EXAMPLE_LEDGER], result: 0.5 },
      { formula: '=MSP.RETENTION(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 2 / 3 },
    ],
    compute: (ledger, period, months) => customerRetention(windowOf(ledger, period, months)),
  }),
  defineFunction({
    id: 'NRR',
    family: 'revenue',
    description:
      'Net revenue retention: MRR at the end of the window of the customers active at its start ÷ their MRR at the start.',
    params: [ledgerParam, periodParam, monthsParam],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      healthy: { value: 1 },
      best: { value: 1.1 },
      unit: 'percent',
      windowMonths: 12,
      source: 'ChartMogul benchmarks (2023)',
    },
    notes: `${LEDGER_NOTES} ${WINDOW_NOTES} With months = 1 this is (start + expansion + contraction + churn) ÷ start, as ChartMogul defines it.`,
    examples: [
      // Jan cohort MRR 350; in Feb 120 + 150 + 0 = 270.
      { formula: '=MSP.NRR(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 270 / 350 },
      // In Mar 120 + 0 + 60 = 180 (Gamma, new, is left out).
      { formula: '=MSP.NRR(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 180 / 350 },
    ],
    compute: (ledger, period, months) => netRetention(windowOf(ledger, period, months)),
  }),
  defineFunction({
    id: 'GRR',
    family: 'revenue',
    description:
      'Gross revenue retention: as NRR, with each customer counted at most at its starting MRR (expansion ignored).',
    params: [ledgerParam, periodParam, monthsParam],
    unit: 'percent',
    notes: `${LEDGER_NOTES} ${WINDOW_NOTES} Gross MRR churn is 1 − GRR (MSP.CHURN with basis "mrr").`,
    examples: [
      // min(100,120) + min(200,150) + min(50,0) = 250 of 350.
      { formula: '=MSP.GRR(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 250 / 350 },
      { formula: '=MSP.GRR(A1:D5, 3, 2)', args: [EXAMPLE_LEDGER, 3, 2], result: 150 / 350 },
    ],
    compute: (ledger, period, months) => grossRetention(windowOf(ledger, period, months)),
  }),
  defineFunction({
    id: 'QUICKRATIO',
    family: 'revenue',
    description: 'SaaS quick ratio of a period: (new + expansion + reactivation) ÷ (contraction + churn).',
    params: [ledgerParam, periodParam],
    unit: 'number',
    benchmark: {
      better: 'higher',
      healthy: { value: 1, basis: 'secondary' },
      best: { value: 4, basis: 'secondary' },
      unit: 'ratio',
      source: 'SaaS practice',
    },
    notes: `${LEDGER_NOTES} ${PERIOD_NOTES} A period that lost no MRR is #DIV/0!; the first period (the baseline) is #N/A.`,
    examples: [
      // Mar: gained 80 + 0 + 60 = 140, lost 0 + 150 = 150.
      { formula: '=MSP.QUICKRATIO(A1:D5)', args: [EXAMPLE_LEDGER], result: 140 / 150 },
      // Feb: gained 20, lost 50 + 50 = 100.
      { formula: '=MSP.QUICKRATIO(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 0.2 },
    ],
    compute: (ledger, period) => quickRatio(ledger, period),
  }),
  defineFunction({
    id: 'COHORTS',
    family: 'revenue',
    description:
      'Cohort retention triangle: per starting period, the share of customers (or of MRR) still active 0, 1, 2 … periods later (spills).',
    params: [
      ledgerParam,
      { name: 'basis', kind: 'text', optional: true, description: '"customers" (default) or "mrr".' },
    ],
    unit: 'table',
    columns: COHORT_COLUMNS,
    notes: `${LEDGER_NOTES} A cohort is the customers whose first active period is that row's period (customers active in the first period form its cohort, whenever they really started). Every period has a row so the triangle keeps the ledger's calendar; a period nobody started in has 0 customers and "" cells, as are cells past the end of the data. A reactivated customer counts again in its first cohort.`,
    examples: [
      {
        formula: '=MSP.COHORTS(A1:D5)',
        args: [EXAMPLE_LEDGER],
        // Jan cohort Alpha, Beta, Delta: Feb Alpha+Beta 2/3, Mar Alpha+Delta 2/3. Mar cohort: Gamma.
        result: [
          ['Cohort', 'Customers', 'M0', 'M1', 'M2'],
          ['2025-01', 3, 1, 2 / 3, 2 / 3],
          ['2025-02', 0, '', '', ''],
          ['2025-03', 1, 1, '', ''],
        ],
      },
      {
        formula: '=MSP.COHORTS(A1:D5, "mrr")',
        args: [EXAMPLE_LEDGER, 'mrr'],
        // Jan cohort MRR 350 → 270 → 180.
        result: [
          ['Cohort', 'Customers', 'M0', 'M1', 'M2'],
          ['2025-01', 3, 1, 270 / 350, 180 / 350],
          ['2025-02', 0, '', '', ''],
          ['2025-03', 1, 1, '', ''],
        ],
      },
    ],
    compute: (ledger, basis) =>
      cohortTable(parseLedger(ledger), readOption<Basis>('basis', basis, BASIS_WORDS, 'customers')),
  }),
  defineFunction({
    id: 'ARPA',
    family: 'revenue',
    description: 'Average revenue per account: MRR ÷ active customers, from two numbers or from a ledger and a period.',
    params: [arpaFirst, arpaSecond],
    unit: 'currency',
    scalar: ARPA_SCALAR,
    notes: `Two forms. ARPA(mrr, customers): a first argument that is one cell, one row or one column is an MRR amount (summed like SUM) and the second the customer count (blank or 0 is #DIV/0!). ARPA(ledger, [period]): a first argument of at least 2 rows × 2 columns is a ledger, and ARPA is the period's MRR ÷ the customers active in it. ${LEDGER_NOTES} ${PERIOD_NOTES}`,
    examples: [
      { formula: '=MSP.ARPA(10000, 40)', args: [10000, 40], result: 250 },
      // Feb: (120 + 150) ÷ 2 active customers.
      { formula: '=MSP.ARPA(A1:D5, 2)', args: [EXAMPLE_LEDGER, 2], result: 135 },
      // Mar: (120 + 80 + 60) ÷ 3.
      { formula: '=MSP.ARPA(A1:D5)', args: [EXAMPLE_LEDGER], result: 260 / 3 },
      { formula: '=MSP.ARPA(10000, 0)', args: [10000, 0], result: '#DIV/0!' },
    ],
    compute: (first, second) => arpa(first, second),
  }),
  defineFunction({
    id: 'CLV',
    family: 'revenue',
    description: 'Customer lifetime value: ARPA × gross margin ÷ churn rate.',
    params: [
      {
        name: 'arpa',
        kind: 'number',
        min: 0,
        description: 'Average revenue per customer for one period (month or year).',
      },
      {
        name: 'churn',
        kind: 'number',
        min: 0,
        max: 1,
        description: 'Customer churn rate for the same period length, as a fraction in (0, 1].',
      },
      marginParam,
    ],
    unit: 'currency',
    notes:
      'ARPA and churn must be for the same period length (both monthly or both annual): 1 ÷ churn is the expected lifetime in those periods. Churn 0 is #DIV/0! (an infinite lifetime); churn above 1, a negative ARPA or a margin outside (0, 1] is #NUM!.',
    examples: [
      // Seed 002: 100 000 a year kept 5 years = 500 000, i.e. annual churn 1 ÷ 5 = 0.2.
      { formula: '=MSP.CLV(100000, 0.2)', args: [100000, 0.2], result: 500000 },
      { formula: '=MSP.CLV(1000, 0.02, 0.5)', args: [1000, 0.02, 0.5], result: 25000 },
      { formula: '=MSP.CLV(1000, 0)', args: [1000, 0], result: '#DIV/0!' },
      { formula: '=MSP.CLV(1000, 0.05, 1.2)', args: [1000, 0.05, 1.2], result: '#NUM!' },
    ],
    scalar: div(mul(arg('arpa'), arg('gross_margin')), arg('churn')),
  }),
  defineFunction({
    id: 'CUSTOMERVALUE',
    family: 'revenue',
    description: 'Simple customer value: revenue from a customer − the cost of acquiring it.',
    params: [
      {
        name: 'revenue',
        kind: 'number',
        min: 0,
        description: 'Revenue generated by the customer (a number or a range, summed).',
      },
      {
        name: 'acquisition_cost',
        kind: 'number',
        min: 0,
        description: 'Money spent to acquire the customer (a number or a range, summed).',
      },
    ],
    unit: 'currency',
    notes:
      'The seeds\' simple CLV ("revenue generated by a customer − initial money spent to acquire it"); a negative result means the customer has not paid back its acquisition.',
    examples: [{ formula: '=MSP.CUSTOMERVALUE(48000, 6000)', args: [48000, 6000], result: 42000 }],
    scalar: sub(arg('revenue'), arg('acquisition_cost')),
  }),
  defineFunction({
    id: 'CAC',
    family: 'revenue',
    description: 'Customer acquisition cost: acquisition spend ÷ new customers acquired.',
    params: [
      {
        name: 'acquisition_spend',
        kind: 'number',
        min: 0,
        description: 'Marketing and sales spend on acquiring new customers (a number or a range, summed).',
      },
      {
        name: 'new_customers',
        kind: 'number',
        min: 0,
        description: 'New customers acquired in the same period (a number or a range, summed).',
      },
    ],
    unit: 'currency',
    examples: [
      { formula: '=MSP.CAC(60000, 12)', args: [60000, 12], result: 5000 },
      { formula: '=MSP.CAC(60000, 0)', args: [60000, 0], result: '#DIV/0!' },
    ],
    scalar: div(arg('acquisition_spend'), arg('new_customers')),
  }),
  defineFunction({
    id: 'LTVCAC',
    family: 'revenue',
    description: 'LTV:CAC ratio: customer lifetime value ÷ customer acquisition cost.',
    params: [
      { name: 'clv', kind: 'number', description: 'Customer lifetime value (e.g. MSP.CLV).' },
      { name: 'cac', kind: 'number', min: 0, description: 'Customer acquisition cost (e.g. MSP.CAC).' },
    ],
    unit: 'number',
    benchmark: { better: 'higher', healthy: { value: 3 }, unit: 'ratio', source: 'ChartMogul, LTV guidance' },
    scorecard: {},
    notes: 'A negative CLV (a customer that costs more than it brings) gives a negative ratio rather than an error.',
    examples: [
      { formula: '=MSP.LTVCAC(15000, 5000)', args: [15000, 5000], result: 3 },
      { formula: '=MSP.LTVCAC(15000, 0)', args: [15000, 0], result: '#DIV/0!' },
    ],
    scalar: div(arg('clv'), arg('cac')),
  }),
  defineFunction({
    id: 'PAYBACK',
    family: 'revenue',
    description: 'CAC payback in months: CAC ÷ (monthly ARPA × gross margin).',
    params: [
      { name: 'cac', kind: 'number', min: 0, description: 'Customer acquisition cost.' },
      { name: 'arpa', kind: 'number', min: 0, description: 'Monthly revenue per customer (ARPA).' },
      marginParam,
    ],
    unit: 'months',
    notes: 'Give a monthly ARPA to get months. ARPA 0 is #DIV/0!; a margin outside (0, 1] is #NUM!.',
    examples: [
      { formula: '=MSP.PAYBACK(6000, 1000, 0.5)', args: [6000, 1000, 0.5], result: 12 },
      { formula: '=MSP.PAYBACK(6000, 0)', args: [6000, 0], result: '#DIV/0!' },
    ],
    scalar: div(arg('cac'), mul(arg('arpa'), arg('gross_margin'), 'arpaTimesMargin')),
  }),
  defineFunction({
    id: 'CONTRIBUTION',
    family: 'revenue',
    description: 'Customer contribution: average revenue per customer − average cost of goods sold per customer.',
    params: [
      { name: 'revenue_per_customer', kind: 'number', min: 0, description: 'Average revenue per customer.' },
      { name: 'cogs_per_customer', kind: 'number', min: 0, description: 'Average cost of goods sold per customer.' },
    ],
    unit: 'currency',
    notes:
      'Seed 000: "CC = average revenue per customer − average COGS". A negative result flags customers that cost more to serve than they pay.',
    examples: [
      { formula: '=MSP.CONTRIBUTION(2500, 1600)', args: [2500, 1600], result: 900 },
      { formula: '=MSP.CONTRIBUTION(1000, 1250)', args: [1000, 1250], result: -250 },
    ],
    scalar: sub(arg('revenue_per_customer'), arg('cogs_per_customer')),
  }),
  defineFunction({
    id: 'RECURRINGSHARE',
    family: 'revenue',
    description: 'Share of total revenue that is recurring.',
    params: [
      {
        name: 'recurring_revenue',
        kind: 'number',
        min: 0,
        description: 'Recurring revenue of the period (a number or a range, summed).',
      },
      {
        name: 'total_revenue',
        kind: 'number',
        min: 0,
        description: 'Total revenue of the same period (a number or a range, summed).',
      },
    ],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      share: true,
      healthy: { value: 0.5 },
      unit: 'percent',
      source: `${LOGMEIN}: MRR should be most of revenue`,
    },
    scorecard: {},
    notes: 'Recurring revenue above total revenue is #NUM!.',
    examples: [
      { formula: '=MSP.RECURRINGSHARE(360000, 500000)', args: [360000, 500000], result: 0.72 },
      { formula: '=MSP.RECURRINGSHARE(600000, 500000)', args: [600000, 500000], result: '#NUM!' },
    ],
    scalar: share(arg('recurring_revenue'), arg('total_revenue')),
  }),
];
