import type { Grid } from '../core/cells';
import type { Messages } from '../core/i18n/en';
import { dataPriorities, priorityKey } from '../core/tickets/priority';
import { absA1 } from './a1';
import { type CallArg, val } from './blocks';
import { DATE, HOURS } from './formats';
import type { Block, BuildSettings, PriorityTarget, RangeRef } from './sheetPlan';

/**
 * The Service desk sheet's contract clock as input cells (SPEC §5): business hours (a text cell),
 * holidays (a row of date cells) and, when the data has priorities, the SLA targets table. The KPI
 * formulas reference these cells, so an edit on the sheet recalculates them.
 */

/** Targets prefilled by priority rank (SPEC §5): P1 1/4, P2 2/8, P3 4/24, P4 8/40; lower ones as P4. */
export const DEFAULT_TARGETS: readonly (readonly [response: number, resolution: number])[] = [
  [1, 4],
  [2, 8],
  [4, 24],
  [8, 40],
];

/** Holiday cells on the sheet: a year of public holidays fits. */
export const HOLIDAY_CELLS = 16;

/** The sheet row of the business-hours cell (below the endpoints input); holidays and targets follow. */
export const CONTRACT_ROW = 5;
/** Targets rows Refresh reads back from a built sheet (more priorities than any PSA has). */
const MAX_TARGET_ROWS = 40;

/**
 * The cells Refresh reads from a built Service desk sheet before rebuilding it, so the user's edits
 * of the business hours, holidays and targets survive: labels in column A, inputs from column B.
 */
export const CONTRACT_AREA: RangeRef = {
  row: CONTRACT_ROW,
  col: 0,
  rows: 5 + MAX_TARGET_ROWS,
  cols: 1 + HOLIDAY_CELLS,
};

/**
 * The contract options as a built sheet holds them now (CONTRACT_AREA's values): the business-hours
 * text, the holiday dates, and the targets rows down to the first one without a priority. Rows
 * whose hours are not positive numbers are dropped (the rebuild prefills their priority again).
 */
export function contractFromCells(
  cells: readonly (readonly unknown[])[],
): Pick<BuildSettings['options'], 'businessHours' | 'holidays' | 'targets'> {
  const hours = cells[0]?.[1];
  const holidays = (cells[1] ?? [])
    .slice(1)
    .filter((d): d is number => typeof d === 'number' && d > 1)
    .map(Math.floor);
  const targets: PriorityTarget[] = [];
  for (const row of cells.slice(5)) {
    const [priority, response, resolution] = row;
    if (priority === null || priority === undefined || String(priority).trim() === '') break;
    if (typeof response === 'number' && response > 0 && typeof resolution === 'number' && resolution > 0)
      targets.push({ priority: String(priority).trim(), response, resolution });
  }
  return {
    businessHours: typeof hours === 'string' ? hours.trim() : '',
    holidays,
    targets,
  };
}

/**
 * The targets table's rows: the user's own (stored settings), then every priority of the data not
 * among them, prefilled by its rank. None when the data has no priority column.
 */
export function sheetTargets(grid: Grid, stored: readonly PriorityTarget[] = []): PriorityTarget[] {
  const priorities = dataPriorities(grid);
  if (priorities.length === 0) return [];
  const out = [...stored];
  const known = new Set(stored.map((t) => priorityKey(t.priority)));
  priorities.forEach((priority, rank) => {
    if (known.has(priorityKey(priority))) return;
    const [response, resolution] = DEFAULT_TARGETS[Math.min(rank, DEFAULT_TARGETS.length - 1)]!;
    out.push({ priority, response, resolution });
  });
  return out;
}

export interface ContractInputs {
  readonly blocks: Block[];
  /** Rows used from `row` on (a blank row after included). */
  readonly rows: number;
  readonly businessHours: CallArg;
  readonly holidays: CallArg;
  /** The targets table with its header row, or null without priorities. */
  readonly targets: CallArg | null;
}

/** The input blocks from `row` on (labels in column A, inputs from column B). */
export function contractInputs(
  row: number,
  t: Messages['sheet'],
  hoursText: string,
  holidays: readonly number[],
  targets: readonly PriorityTarget[],
): ContractInputs {
  const blocks: Block[] = [];
  blocks.push({ row, col: 0, cells: [[val(t.businessHours)], [val(t.holidays)]], style: 'label' });
  blocks.push({ row, col: 1, cells: [[val(hoursText || null)]], style: 'input' });
  const days = Array.from({ length: HOLIDAY_CELLS }, (_, i) => holidays[i] ?? null);
  blocks.push({
    row: row + 1,
    col: 1,
    cells: [days.map(val)],
    numberFormats: [days.map(() => DATE)],
    style: 'input',
  });
  const businessHours: CallArg = { value: hoursText.trim() || null, ref: absA1(row, 1) };
  const holidaysArg: CallArg = {
    value: [days],
    ref: `${absA1(row + 1, 1)}:${absA1(row + 1, HOLIDAY_CELLS)}`,
  };
  if (targets.length === 0) return { blocks, rows: 3, businessHours, holidays: holidaysArg, targets: null };
  const at = row + 3;
  blocks.push({ row: at, col: 0, cells: [[val(t.targetsTitle)]], style: 'subtitle' });
  const header = [t.targetPriority, t.targetResponse, t.targetResolution];
  blocks.push({ row: at + 1, col: 0, cells: [header.map(val)], style: 'header' });
  const body = targets.map((x) => [x.priority, x.response, x.resolution] as const);
  blocks.push({
    row: at + 2,
    col: 0,
    cells: body.map((r) => r.map(val)),
    numberFormats: body.map(() => [null, HOURS, HOURS]),
    style: 'input',
  });
  return {
    blocks,
    rows: 3 + 2 + body.length + 1,
    businessHours,
    holidays: holidaysArg,
    targets: {
      value: [header, ...body.map((r) => [...r])],
      ref: `${absA1(at + 1, 0)}:${absA1(at + 1 + body.length, 2)}`,
    },
  };
}
