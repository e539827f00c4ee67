import type { Arg, Grid } from '../core/cells';
import { isKpiError } from '../core/errors';
import { errorMessage, format, messages } from '../core/i18n';
import { type Ledger, headerText, parseLedger } from '../core/ledger/parse';
import { resolvePeriod } from '../core/ledger/period';
import { a1 } from './a1';
import { type KpiLine, kpiTable, sourcesBlock, str, titleBlocks, val } from './blocks';
import { column, compute, fn, spillTable } from './compute';
import { PERCENT, columnFormats } from './formats';
import type { PlanRequest } from './request';
import { sourceRef } from './sourceRef';
import type { Block, ChartPlan, ConditionalFormatPlan, SheetPlan, SpillPlan } from './sheetPlan';

/**
 * Periods are months when the ledger is long (bucketed by calendar month) or its period headers
 * are dates one calendar month apart: only then is an annual figure derived from them.
 */
function monthly(ledger: Ledger): boolean {
  if (ledger.layout === 'long') return true;
  const s = ledger.periodSerials;
  return (
    s.length > 1 && s.every((v, i) => v !== undefined && (i === 0 || (v - s[i - 1]! >= 28 && v - s[i - 1]! <= 31)))
  );
}

/** A formula argument list with trailing omitted arguments dropped and inner ones left empty. */
function argList(args: readonly (string | null)[]): string {
  const list = [...args];
  while (list.length && list[list.length - 1] === null) list.pop();
  return list.map((a) => a ?? '').join(',');
}

/**
 * Recurring revenue: MRR, churn (also over a year, or annualised, since the benchmark is annual),
 * NRR, GRR, quick ratio and ARPA for the chosen period; the MRR movements table with a stacked
 * chart of the movements, and the cohort triangle with a colour scale.
 */
export function recurringRevenuePlan({ settings, data }: PlanRequest): SheetPlan {
  const grid: Grid = data ?? [[]];
  const lang = settings.language;
  const m = messages(lang);
  const t = m.sheet;
  const cur = settings.options.currency;
  const src = sourceRef(settings.source);
  const ledger = parseLedger(grid);
  const period = settings.options.period ?? null;
  const k = settings.options.months ?? 1;
  const periodArg = period === null ? null : typeof period === 'number' ? String(period) : str(period);
  const monthsArg = k === 1 ? null : String(k);

  const moves = spillTable('MRRMOVES', [grid]);
  if (isKpiError(moves)) throw moves;
  const lastLabel = headerText(ledger.periods[ledger.periods.length - 1]);

  const blocks: Block[] = titleBlocks(t.titles.recurringRevenue, [
    format(t.asOf, { date: period === null ? lastLabel : String(period) }),
    format(t.dataSource, { source: settings.source.ref }),
    ...(k !== 1 ? [format(t.window, { months: k })] : []),
  ]);

  const kpiRow = 4;
  const pIndex = resolvePeriod(ledger, period);
  // Lines whose formula depends on where other things land get it once positions are known.
  interface Line {
    readonly key: string;
    readonly label: string;
    readonly unit: KpiLine['unit'];
    readonly kpi?: KpiLine['kpi'];
    readonly note?: string;
    /** The core call the formula makes, checked before the line is kept. */
    readonly check?: { readonly id: string; readonly args: Arg[] };
    readonly formula: (at: { movesAt: number; rowOf: (key: string) => number }) => string;
  }
  const windowArgs: Arg[] = [grid, period, k === 1 ? null : k];
  const candidates: Line[] = [];
  if (pIndex >= 1) {
    // Ending MRR on the period's row of the movements table (the baseline period has no row).
    candidates.push({
      key: 'MRR',
      label: t.kpiLabels.MRR,
      unit: 'currency',
      formula: ({ movesAt }) => `=${a1(movesAt + pIndex, column('MRRMOVES', 'endingMrr'))}`,
    });
  }
  candidates.push({
    key: 'CHURN',
    label: format(t.kpiLabels.churnWindow, { months: k }),
    unit: 'percent',
    ...(k === 12 ? { kpi: 'CHURN' as const } : {}),
    check: { id: 'CHURN', args: windowArgs },
    formula: () => `=MSP.CHURN(${argList([src, periodArg, monthsArg])})`,
  });
  if (k !== 12 && monthly(ledger)) {
    const yearArgs: Arg[] = [grid, period, 12];
    candidates.push(
      !isKpiError(compute('CHURN', yearArgs))
        ? {
            key: 'CHURN12',
            label: t.kpiLabels.churnYear,
            unit: 'percent',
            kpi: 'CHURN',
            check: { id: 'CHURN', args: yearArgs },
            formula: () => `=MSP.CHURN(${argList([src, periodArg, '12'])})`,
          }
        : {
            // Less than a year of history: the window's churn compounded to a year, 1 − (1 − c)^(12/k).
            key: 'ANNUALISED',
            label: t.kpiLabels.churnAnnualised,
            unit: 'percent',
            kpi: 'CHURN',
            note: t.annualisedNote,
            check: { id: 'CHURN', args: windowArgs },
            formula: ({ rowOf }) => `=1-(1-${a1(rowOf('CHURN'), 1)})^(12/${k})`,
          },
    );
  }
  candidates.push(
    {
      key: 'NRR',
      label: m.kpiNames.NRR,
      unit: 'percent',
      kpi: 'NRR',
      check: { id: 'NRR', args: windowArgs },
      formula: () => `=MSP.NRR(${argList([src, periodArg, monthsArg])})`,
    },
    {
      key: 'GRR',
      label: t.kpiLabels.GRR,
      unit: 'percent',
      check: { id: 'GRR', args: windowArgs },
      formula: () => `=MSP.GRR(${argList([src, periodArg, monthsArg])})`,
    },
    {
      key: 'QUICKRATIO',
      label: m.kpiNames.QUICKRATIO,
      unit: 'number',
      kpi: 'QUICKRATIO',
      check: { id: 'QUICKRATIO', args: [grid, period] },
      formula: () => `=MSP.QUICKRATIO(${argList([src, periodArg])})`,
    },
    {
      key: 'ARPA',
      label: t.kpiLabels.ARPA,
      unit: 'currency',
      check: { id: 'ARPA', args: [grid, period] },
      formula: () => `=MSP.ARPA(${argList([src, periodArg])})`,
    },
  );
  // A KPI the data cannot give for this period (nothing lost → no quick ratio …) is named, not shown as an error.
  const notes: string[] = [];
  const kept = candidates.filter((l) => {
    const out = l.check ? compute(l.check.id, l.check.args) : 0;
    if (!isKpiError(out)) return true;
    notes.push(format(t.notComputed, { kpi: l.label, reason: errorMessage(out, lang) || out.code }));
    return false;
  });
  const rowOf = (key: string): number => kpiRow + 1 + kept.findIndex((l) => l.key === key);
  let row = kpiRow + kept.length + 2;
  if (notes.length) {
    blocks.push({ row, col: 0, cells: notes.map((n) => [val(n)]), style: 'note' });
    row += notes.length + 1;
  }
  const movesAt = row + 1;
  const table = kpiTable(
    kept.map((l) => ({
      label: l.label,
      unit: l.unit,
      kpi: l.kpi,
      note: l.note,
      formula: l.formula({ movesAt, rowOf }),
    })),
    kpiRow,
    0,
    lang,
    cur,
  );
  blocks.push(...table.blocks);

  const spills: SpillPlan[] = [];
  const charts: ChartPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [...table.conditionalFormats];
  blocks.push({ row, col: 0, cells: [[val(t.movementsTitle)]], style: 'subtitle' });
  spills.push({
    row: row + 1,
    col: 0,
    formula: `=MSP.MRRMOVES(${src})`,
    rows: moves.length,
    cols: moves[0]!.length,
    columnFormats: columnFormats(fn('MRRMOVES').columns!, cur),
  });
  if (moves.length > 1) {
    const newCol = column('MRRMOVES', 'new');
    charts.push({
      type: 'columnStacked',
      title: t.movementsTitle,
      // New … Churn (contraction and churn negative, so losses stack below the axis), by period.
      source: { row: row + 1, col: newCol, rows: moves.length, cols: column('MRRMOVES', 'churn') - newCol + 1 },
      categories: { row: row + 2, col: column('MRRMOVES', 'period'), rows: moves.length - 1, cols: 1 },
      anchor: { row: row + 1, col: moves[0]!.length + 1, rows: 16, cols: 9 },
    });
  }
  row += 1 + Math.max(moves.length, 16) + 1;

  const cohorts = spillTable('COHORTS', [grid]);
  if (!isKpiError(cohorts)) {
    blocks.push({ row, col: 0, cells: [[val(t.cohortsTitle)]], style: 'subtitle' });
    const cols = cohorts[0]!.length;
    spills.push({
      row: row + 1,
      col: 0,
      formula: `=MSP.COHORTS(${src})`,
      rows: cohorts.length,
      cols,
      // The fixed columns from the schema, then one share per period since the cohort began.
      columnFormats: [
        ...columnFormats(fn('COHORTS').columns!, cur),
        ...Array<string>(cols - fn('COHORTS').columns!.length).fill(PERCENT),
      ],
    });
    if (cohorts.length > 1 && cols > 2)
      conditionalFormats.push({
        kind: 'colorScale',
        range: {
          row: row + 2,
          col: fn('COHORTS').columns!.length,
          rows: cohorts.length - 1,
          cols: cols - fn('COHORTS').columns!.length,
        },
      });
    row += cohorts.length + 2;
  }

  blocks.push(
    sourcesBlock(
      kept.flatMap((l) => (l.kpi ? [l.kpi] : [])),
      row,
      lang,
    ),
  );
  return {
    sheetName: t.titles.recurringRevenue,
    blocks,
    spills,
    conditionalFormats,
    charts,
    columnWidths: { 0: 34, 1: 14, 2: 14, 3: 14, 4: 14, 5: 60 },
    settings,
  };
}
