import type { Grid } from '../core/cells';
import { formatSerial } from '../core/dates';
import { isKpiError } from '../core/errors';
import { errorMessage, format, kpiName, messages } from '../core/i18n';
import { readTickets } from '../core/tickets/table';
import { absA1 } from './a1';
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
import { CONTRACT_ROW, contractInputs, sheetTargets } from './contractInputs';
import { csatColumn } from './csat';
import { COUNT, columnFormats } from './formats';
import type { PlanRequest } from './request';
import { columnRef, sourceRef } from './sourceRef';
import type { Block, ChartPlan, SheetPlan, SpillPlan } from './sheetPlan';

/**
 * Service desk: the KPI table computed from a ticket export, the period and client tables the
 * functions spill, and a chart of tickets opened and resolved per period.
 */
/**
 * The as-of time of the title line; NaN when the data gives none, or when a timestamp cannot be
 * read (that cell is then each timed KPI's own error, named on its line, and the sheet is still built).
 */
function latestTimestamp(grid: Grid): number {
  try {
    return readTickets(grid, ['asOf']).asOf;
  } catch (e) {
    if (isKpiError(e)) return NaN;
    throw e;
  }
}

export function serviceDeskPlan({ settings, data }: PlanRequest): SheetPlan {
  const grid: Grid = data ?? [[]];
  const lang = settings.language;
  const m = messages(lang);
  const t = m.sheet;
  const src = sourceRef(settings.source);
  const endpoints = settings.options.endpoints ?? null;
  const interval = settings.options.interval ?? 'month';

  const asOf = latestTimestamp(grid);
  const blocks: Block[] = titleBlocks(t.titles.serviceDesk, [
    ...(Number.isFinite(asOf) ? [format(t.asOf, { date: formatSerial(asOf) })] : []),
    format(t.dataSource, { source: settings.source.ref }),
  ]);

  // The endpoints count is an input the user can change later; the KPI reads it from its cell.
  const endpointsRow = 4;
  blocks.push({ row: endpointsRow, col: 0, cells: [[val(t.endpoints)]], style: 'label' });
  blocks.push({ row: endpointsRow, col: 1, cells: [[val(endpoints)]], numberFormats: [[COUNT]], style: 'input' });
  const endpointsRef = absA1(endpointsRow, 1);
  const contract = contractInputs(
    CONTRACT_ROW,
    t,
    settings.options.businessHours ?? '',
    settings.options.holidays ?? [],
    sheetTargets(grid, settings.options.targets),
  );
  blocks.push(...contract.blocks);
  const clock = [contract.businessHours, contract.holidays];

  const csat = csatColumn(grid[0] ?? []);
  const table: CallArg = { value: grid, ref: src };
  const line = (id: string, label: string): { key: string; label: string } => ({ key: id, label });
  const candidates: { line: KpiLine; always?: boolean }[] = [
    { line: callLine(line('SLA', kpiName(m, 'SLA')), 'SLA', [table, contract.targets, ...clock]) },
    {
      line: callLine(line('RESPONSESLA', t.kpiLabels.RESPONSESLA), 'RESPONSESLA', [table, contract.targets, ...clock]),
    },
    { line: callLine(line('FRT', t.kpiLabels.FRT), 'FRT', [table, null, ...clock]) },
    { line: callLine(line('TTR', t.kpiLabels.TTR), 'TTR', [table, null, ...clock]) },
    { line: callLine(line('FCR', kpiName(m, 'FCR')), 'FCR', [table]) },
    { line: callLine(line('BACKLOG', t.kpiLabels.BACKLOG), 'BACKLOG', [table]) },
    {
      line: callLine(line('TICKETSPERENDPOINT', kpiName(m, 'TICKETSPERENDPOINT')), 'TICKETSPERENDPOINT', [
        table,
        { value: endpoints, ref: endpointsRef },
      ]),
      // Shown even before the endpoints count is typed in: it computes as soon as the cell is filled.
      always: true,
    },
    ...(csat
      ? [
          {
            line: callLine(line('CSAT', kpiName(m, 'CSAT')), 'CSAT', [
              {
                value: grid.slice(1).map((r) => [r[csat.index] ?? null]),
                ref: columnRef(settings.source, csat.index, csat.header),
              },
            ]),
          },
        ]
      : []),
  ];
  // A KPI the data cannot give (no first-contact column …) is left out and said why, not shown as an error.
  const notes: string[] = [];
  const notComputed: KpiLine[] = [];
  const lines = candidates.flatMap((c) => {
    const out = c.line.value;
    if (!isKpiError(out) || c.always) return [c.line];
    notes.push(format(t.notComputed, { kpi: c.line.label, reason: errorMessage(out, lang) || out.code }));
    notComputed.push(c.line);
    return [];
  });
  const kpiRow = CONTRACT_ROW + contract.rows;
  const kpis = kpiTable(lines, kpiRow, 0, lang, settings.options.currency);
  blocks.push(...kpis.blocks);
  let row = kpiRow + kpis.rows + 1;
  if (notes.length) {
    blocks.push({ row, col: 0, cells: notes.map((n) => [val(n)]), style: 'note' });
    row += notes.length + 1;
  }

  const spills: SpillPlan[] = [];
  const charts: ChartPlan[] = [];
  const { formula: byPeriodFormula, table: byPeriod } = spillCall('TICKETSBYPERIOD', [
    table,
    interval === 'month' ? null : { value: interval, ref: str(interval) },
  ]);
  if (!isKpiError(byPeriod)) {
    blocks.push({ row, col: 0, cells: [[val(t.ticketsByPeriodTitle)]], style: 'subtitle' });
    const at = row + 1;
    const cols = byPeriod[0]!.length;
    spills.push({
      row: at,
      col: 0,
      formula: byPeriodFormula,
      rows: byPeriod.length,
      cols,
      columnFormats: columnFormats(fn('TICKETSBYPERIOD').columns!, settings.options.currency),
    });
    if (byPeriod.length > 1) {
      charts.push({
        type: 'columnClustered',
        title: t.ticketsByPeriodTitle,
        // Period start (the categories), Opened, Resolved.
        source: {
          row: at,
          col: column('TICKETSBYPERIOD', 'periodStart'),
          rows: byPeriod.length,
          cols: column('TICKETSBYPERIOD', 'resolved') + 1,
        },
        anchor: { row: at, col: cols + 1, rows: 16, cols: 8 },
      });
    }
    row = at + Math.max(byPeriod.length, 16) + 1;
  }
  if (contract.targets) {
    const { formula: byPriorityFormula, table: byPriority } = spillCall('TICKETSBY', [
      table,
      { value: 'Priority', ref: str('Priority') },
      contract.targets,
      ...clock,
    ]);
    if (!isKpiError(byPriority)) {
      blocks.push({ row, col: 0, cells: [[val(t.ticketsByPriorityTitle)]], style: 'subtitle' });
      const at = row + 1;
      const cols = byPriority[0]!.length;
      spills.push({
        row: at,
        col: 0,
        formula: byPriorityFormula,
        rows: byPriority.length,
        cols,
        columnFormats: columnFormats(fn('TICKETSBY').columns!, settings.options.currency),
      });
      charts.push({
        type: 'columnClustered',
        title: t.ticketsByPriorityTitle,
        // Group and Tickets, without the Total row.
        source: { row: at, col: column('TICKETSBY', 'group'), rows: byPriority.length - 1, cols: 2 },
        anchor: { row: at, col: cols + 1, rows: 12, cols: 8 },
      });
      row = at + Math.max(byPriority.length, 12) + 1;
    }
  }
  const { formula: byClientFormula, table: byClient } = spillCall('TICKETSBYCLIENT', [table]);
  if (!isKpiError(byClient)) {
    blocks.push({ row, col: 0, cells: [[val(t.ticketsByClientTitle)]], style: 'subtitle' });
    spills.push({
      row: row + 1,
      col: 0,
      formula: byClientFormula,
      rows: byClient.length,
      cols: byClient[0]!.length,
      columnFormats: columnFormats(fn('TICKETSBYCLIENT').columns!, settings.options.currency),
    });
    row += byClient.length + 2;
  } else {
    blocks.push({
      row,
      col: 0,
      cells: [
        [
          val(
            format(t.notComputed, {
              kpi: t.ticketsByClientTitle,
              reason: errorMessage(byClient, lang) || byClient.code,
            }),
          ),
        ],
      ],
      style: 'note',
    });
    row += 2;
  }

  const rated = lines.flatMap((l) => (l.kpi ? [l.kpi] : []));
  blocks.push(sourcesBlock(rated, row, lang));
  return {
    sheetName: t.titles.serviceDesk,
    kpis: lines,
    notComputed,
    blocks,
    spills,
    conditionalFormats: kpis.conditionalFormats,
    charts,
    columnWidths: { 0: 34, 1: 14, 2: 14, 3: 14, 4: 14, 5: 60, 6: 16, 7: 16 },
    settings,
  };
}
