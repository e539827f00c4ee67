import type ExcelJS from 'exceljs';
import { partsFromSerial } from '../../core/dates';
import { absA1, sheetPrefix } from '../../templates/a1';
import type { ChartPlan, RangeRef } from '../../templates/sheetPlan';

/**
 * A ChartPlan resolved against the cells written: the ranges as sheet references and the values
 * they hold, so the chart part can cache them for viewers that do not recalculate. The mapping is
 * the wizard's (src/taskpane/excel/applyPlan.ts): series by columns, header row = series names,
 * category axis = the plan's `categories` or else the source's first column.
 */

export type Point = number | string | null;

export interface CachedRange {
  /** `'Sheet'!$B$5:$B$20`. */
  readonly ref: string;
  readonly points: readonly Point[];
  readonly formatCode: string;
}

export interface ChartSpec {
  readonly type: ChartPlan['type'];
  readonly title: string;
  readonly anchor: RangeRef;
  readonly categories: CachedRange;
  /** Excel's rule: date-formatted numbers make a date axis; `months` when every date is a 1st. */
  readonly dateUnit: 'days' | 'months' | null;
  readonly series: readonly { readonly name: CachedRange; readonly values: CachedRange }[];
}

/** A number format that shows a date: y or d outside quoted text, escapes and [colour] brackets. */
const isDateFormat = (format: string): boolean => /[yd]/i.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));

function pointOf(cell: ExcelJS.Cell): Point {
  const v = cell.value;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  return null;
}

/** One column of `sheet`, rows `row` … `row + rows − 1`. */
function column(ws: ExcelJS.Worksheet, sheet: string, col: number, row: number, rows: number): CachedRange {
  const cells = Array.from({ length: rows }, (_, i) => ws.getCell(row + i + 1, col + 1));
  const ref = rows === 1 ? absA1(row, col) : `${absA1(row, col)}:${absA1(row + rows - 1, col)}`;
  return {
    ref: sheetPrefix(sheet) + ref,
    points: cells.map(pointOf),
    formatCode: cells.find((c) => c.numFmt)?.numFmt ?? 'General',
  };
}

function dateUnit(categories: CachedRange): ChartSpec['dateUnit'] {
  const present = categories.points.filter((p) => p !== null);
  if (!present.length || !present.every((p) => typeof p === 'number') || !isDateFormat(categories.formatCode))
    return null;
  return present.every((p) => partsFromSerial(p).day === 1) ? 'months' : 'days';
}

/** The chart of `plan` on sheet `sheet`, with the values `ws` holds. */
export function chartSpec(ws: ExcelJS.Worksheet, sheet: string, plan: ChartPlan): ChartSpec {
  const { source } = plan;
  // Templates plan a chart only on a table with data; a header alone would make an empty range.
  if (source.rows < 2 || (plan.categories && plan.categories.rows < 1))
    throw new Error(`Chart "${plan.title}" on ${sheet} has no data rows to chart.`);
  const dataRow = source.row + 1;
  const dataRows = source.rows - 1;
  const categories = plan.categories
    ? column(ws, sheet, plan.categories.col, plan.categories.row, plan.categories.rows)
    : column(ws, sheet, source.col, dataRow, dataRows);
  const firstSeries = plan.categories ? source.col : source.col + 1;
  const series = Array.from({ length: source.col + source.cols - firstSeries }, (_, i) => ({
    name: column(ws, sheet, firstSeries + i, source.row, 1),
    values: column(ws, sheet, firstSeries + i, dataRow, dataRows),
  }));
  return {
    type: plan.type,
    title: plan.title,
    anchor: plan.anchor,
    categories,
    dateUnit: dateUnit(categories),
    series,
  };
}
