import type { Grid } from '../core/cells';
import { isKpiError } from '../core/errors';
import { errorMessage, format, kpiName, messages } from '../core/i18n';
import { type Ledger, headerText, parseLedger } from '../core/ledger/parse';
import { resolvePeriod } from '../core/ledger/period';
import { a1 } from './a1';
import {
  type CallArg,
  type KpiLine,
  callLine,
  kpiTable,
  sourcesBlock,
  spillCall,
  str,
  titleBlocks,
  val,
} from './blocks';
import { column, fn } from './compute';
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
  const ledgerArg: CallArg = { value: grid, ref: src };
  const periodArg: CallArg | null =
    period === null ? null : { value: period, ref: typeof period === 'number' ? String(period) : str(period) };
  const monthsArg: CallArg | null = k === 1 ? null : { value: k, ref: String(k) };

  const moves = spillCall('MRRMOVES', [ledgerArg]);
  if (isKpiError(moves.table)) throw moves.table;
  const movesTable = moves.table;
  const lastLabel = headerText(ledger.periods[ledger.periods.length - 1]);

  const blocks: Block[] = titleBlocks(t.titles.recurringRevenue, [
    format(t.asOf, { date: period === null ? lastLabel : String(period) }),
    format(t.dataSource, { source: settings.source.ref }),
    ...(k !== 1 ? [format(t.window, { months: k })] : []),
  ]);

  const kpiRow = 4;
  const pIndex = resolvePeriod(ledger, period);
  /** A line whose formula refers to other cells of the sheet, known once positions are. */
  type Line = Omit<KpiLine, 'formula'> & {
    readonly formula: string | ((at: { movesAt: number; rowOf: (key: string) => number }) => string);
  };
  const candidates: Line[] = [];
  if (pIndex >= 1) {
    // Ending MRR on the period's row of the movements table (the baseline period has no row).
    const ending = column('MRRMOVES', 'endingMrr');
    candidates.push({
      key: 'MRR',
      label: t.kpiLabels.MRR,
      unit: 'currency',
      value: movesTable[pIndex]![ending]!,
      formula: ({ movesAt }) => `=${a1(movesAt + pIndex, ending)}`,
    });
  }
  const churn = callLine({ key: 'CHURN', label: format(t.kpiLabels.churnWindow, { months: k }), window: k }, 'CHURN', [
    ledgerArg,
    periodArg,
    monthsArg,
  ]);
  candidates.push(churn);
  if (k !== 12 && monthly(ledger)) {
    const year = callLine({ key: 'CHURN12', label: t.kpiLabels.churnYear, window: 12 }, 'CHURN', [
      ledgerArg,
      periodArg,
      { value: 12, ref: '12' },
    ]);
    const c = churn.value;
    candidates.push(
      !isKpiError(year.value) || isKpiError(c)
        ? year
        : {
            // Less than a year of history: the window's churn compounded to a year, 1 − (1 − c)^(12/k).
            key: 'ANNUALISED',
            label: t.kpiLabels.churnAnnualised,
            unit: 'percent',
            kpi: 'CHURN',
            note: t.annualisedNote,
            value: typeof c === 'number' ? 1 - (1 - c) ** (12 / k) : c,
            formula: ({ rowOf }) => `=1-(1-${a1(rowOf('CHURN'), 1)})^(12/${k})`,
          },
    );
  }
  // NRR and GRR of the chosen window, labelled with it, and over the last 12 months: the catalogue's
  // NRR thresholds are annual (SPEC §3.5), so only the 12-month figure is rated.
  const retention = (id: 'NRR' | 'GRR', name: string): KpiLine[] => [
    callLine({ key: id, label: format(t.kpiLabels.windowed, { kpi: name, months: k }), window: k }, id, [
      ledgerArg,
      periodArg,
      monthsArg,
    ]),
    ...(k !== 12 && monthly(ledger)
      ? [
          callLine({ key: `${id}12`, label: format(t.kpiLabels.lastYear, { kpi: name }), window: 12 }, id, [
            ledgerArg,
            periodArg,
            { value: 12, ref: '12' },
          ]),
        ]
      : []),
  ];
  candidates.push(
    ...retention('NRR', kpiName(m, 'NRR')),
    ...retention('GRR', t.kpiLabels.GRR),
    callLine({ key: 'QUICKRATIO', label: kpiName(m, 'QUICKRATIO') }, 'QUICKRATIO', [ledgerArg, periodArg]),
    callLine({ key: 'ARPA', label: t.kpiLabels.ARPA }, 'ARPA', [ledgerArg, periodArg]),
  );
  // A KPI the data cannot give for this period (nothing lost → no quick ratio …) is named, not shown as an error.
  const notes: string[] = [];
  const notComputed: Line[] = [];
  const kept = candidates.filter((l) => {
    if (!isKpiError(l.value)) return true;
    notes.push(format(t.notComputed, { kpi: l.label, reason: errorMessage(l.value, lang) || l.value.code }));
    notComputed.push(l);
    return false;
  });
  const rowOf = (key: string): number => kpiRow + 1 + kept.findIndex((l) => l.key === key);
  let row = kpiRow + kept.length + 2;
  if (notes.length) {
    blocks.push({ row, col: 0, cells: notes.map((n) => [val(n)]), style: 'note' });
    row += notes.length + 1;
  }
  const movesAt = row + 1;
  const lines: KpiLine[] = kept.map((l) => ({
    ...l,
    formula: typeof l.formula === 'string' ? l.formula : l.formula({ movesAt, rowOf }),
  }));
  const table = kpiTable(lines, kpiRow, 0, lang, cur);
  blocks.push(...table.blocks);

  const spills: SpillPlan[] = [];
  const charts: ChartPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [...table.conditionalFormats];
  blocks.push({ row, col: 0, cells: [[val(t.movementsTitle)]], style: 'subtitle' });
  spills.push({
    row: row + 1,
    col: 0,
    formula: moves.formula,
    rows: movesTable.length,
    cols: movesTable[0]!.length,
    columnFormats: columnFormats(fn('MRRMOVES').columns!, cur),
  });
  if (movesTable.length > 1) {
    const newCol = column('MRRMOVES', 'new');
    charts.push({
      type: 'columnStacked',
      title: t.movementsTitle,
      // New … Churn (contraction and churn negative, so losses stack below the axis), by period.
      source: { row: row + 1, col: newCol, rows: movesTable.length, cols: column('MRRMOVES', 'churn') - newCol + 1 },
      categories: { row: row + 2, col: column('MRRMOVES', 'period'), rows: movesTable.length - 1, cols: 1 },
      anchor: { row: row + 1, col: movesTable[0]!.length + 1, rows: 16, cols: 9 },
    });
  }
  row += 1 + Math.max(movesTable.length, 16) + 1;

  const { formula: cohortsFormula, table: cohorts } = spillCall('COHORTS', [ledgerArg]);
  if (!isKpiError(cohorts)) {
    blocks.push({ row, col: 0, cells: [[val(t.cohortsTitle)]], style: 'subtitle' });
    const cols = cohorts[0]!.length;
    spills.push({
      row: row + 1,
      col: 0,
      formula: cohortsFormula,
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
    kpis: lines,
    notComputed,
    blocks,
    spills,
    conditionalFormats,
    charts,
    columnWidths: { 0: 34, 1: 14, 2: 14, 3: 14, 4: 14, 5: 60 },
    settings,
  };
}
