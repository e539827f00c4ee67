/**
 * A SheetPlan is everything a template wants written, as plain data: no Office calls. One applier
 * turns it into Excel.run batches (src/taskpane/excel/applyPlan.ts), another into .xlsx (src/cli), and
 * tests evaluate its formulas in HyperFormula. Coordinates are 0-based, relative to the sheet.
 */

import type { Language } from '../core/i18n';
import type { Out } from '../core/cells';
import type { KpiError } from '../core/errors';
import type { Interval } from '../core/options';
import type { Unit } from '../core/spec';

export type { Language };

/** The wizard's templates, in the order it offers them. */
export const TEMPLATE_IDS = ['scorecard', 'servicedesk', 'revenue', 'benchmarks'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** A cell the plan writes: a constant or a formula (English function names, `,` separators). */
export type PlanCell = { readonly value: string | number | boolean | null } | { readonly formula: string };

/** How a rectangle looks; appliers map these to fonts/fills so templates stay style-agnostic. */
export type CellStyle = 'title' | 'subtitle' | 'header' | 'label' | 'input' | 'kpi' | 'note' | 'source';

/** A rectangle written in one go: values/formulas, and optionally one number format per cell. */
export interface Block {
  readonly row: number;
  readonly col: number;
  /** Rows of equal length. */
  readonly cells: readonly (readonly PlanCell[])[];
  /** Same shape as `cells`; `null` keeps Excel's General format. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly style?: CellStyle;
}

/**
 * A formula at `row,col` that spills; the wizard computed its size from the data with the core,
 * so charts and formats can use fixed ranges.
 */
export interface SpillPlan {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  /** Including the header row. */
  readonly rows: number;
  readonly cols: number;
  /** Number formats per spilled column (header row excluded). */
  readonly columnFormats?: readonly (string | null)[];
  /** Number formats per body cell (rows − 1 × cols), when a column mixes units; wins over columnFormats. */
  readonly cellFormats?: readonly (readonly (string | null)[])[];
}

export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type ConditionalFormatPlan =
  /** Rating text → green (best/healthy), amber (watch), red (act now), in the sheet's language. */
  | {
      readonly kind: 'rating';
      readonly range: RangeRef;
      readonly good: readonly string[];
      readonly watch: string;
      readonly bad: string;
    }
  /** Red → yellow → green colour scale (cohort retention). */
  | { readonly kind: 'colorScale'; readonly range: RangeRef };

export interface ChartPlan {
  readonly type: 'line' | 'columnClustered' | 'columnStacked';
  readonly title: string;
  /** Header row + data rows; series are columns, the first column is the category axis. */
  readonly source: RangeRef;
  /**
   * When the category column is not next to the series (e.g. Period, then the movement columns
   * further right): `source` holds only the series (header + data) and this the category labels
   * (data rows only, one column).
   */
  readonly categories?: RangeRef;
  /** Where the chart sits (top-left cell) and its size in cells. */
  readonly anchor: RangeRef;
}

/** One row of the Service desk sheet's targets table. */
export interface PriorityTarget {
  readonly priority: string;
  readonly response: number;
  readonly resolution: number;
}

/** What the wizard stores in the workbook so Refresh rebuilds the same sheet (for anyone). */
export interface BuildSettings {
  readonly version: 1;
  readonly template: TemplateId;
  readonly language: Language;
  /** Where the data lives: an address such as `'Tickets'!A1:K301`, a table name, or none. */
  readonly source: { readonly kind: 'range' | 'table' | 'none'; readonly ref: string };
  readonly options: {
    readonly currency?: string;
    readonly endpoints?: number;
    /** Period label/index for window KPIs; null = the latest. */
    readonly period?: string | number | null;
    readonly months?: number;
    /** Grouping of the service-desk period table; default month. */
    readonly interval?: Interval;
    /** The service desk's contract clock (SPEC §2.3): business hours as text (blank = 24x7) and holidays as date serials. */
    readonly businessHours?: string;
    readonly holidays?: readonly number[];
    /** SLA targets per priority in hours, as the user set them (the sheet prefills the data's priorities). */
    readonly targets?: readonly PriorityTarget[];
  };
}

/**
 * A KPI the sheet shows, with the value the core computes for its formula on the same data: the
 * CLI prints and rates these, so the terminal, the JSON and the workbook say the same thing.
 */
export interface PlanKpi {
  /** Stable across languages: the function id, or a key such as CHURN12 where one function gives two lines. */
  readonly key: string;
  readonly label: string;
  readonly unit: Unit;
  /** The catalogue row rating it, when the value is of the window the benchmark was published for. */
  readonly kpi?: string;
  readonly value: Out | KpiError;
}

export interface SheetPlan {
  /** Desired name; the applier adds ` (2)`, ` (3)` … when it is taken. ≤ 31 chars, no []:*?/\ */
  readonly sheetName: string;
  /** The KPI lines of the sheet, in sheet order (none on the scorecard and the benchmark reference). */
  readonly kpis: readonly PlanKpi[];
  /** The KPI lines the data cannot give, each with the core's error (the sheet names them in a note). */
  readonly notComputed: readonly PlanKpi[];
  readonly blocks: readonly Block[];
  readonly spills: readonly SpillPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartPlan[];
  /** Column widths in characters, by column index. */
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly settings: BuildSettings;
}
