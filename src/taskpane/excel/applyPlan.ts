import { a1, rangeA1 } from '../../templates/a1';
import type {
  Block,
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  PlanCell,
  RangeRef,
  SheetPlan,
} from '../../templates/sheetPlan';
import { PAYLOAD_BUDGET } from './payload';

/**
 * Turns a SheetPlan into queued Excel operations on a sheet the caller has just created. Writes are
 * whole rectangles (`values` / `formulas` / `numberFormat` on one range per block), never cell by
 * cell. Excel on the web rejects a request above 5 MB, so operations are grouped into requests
 * under a budget and, only when a plan is that large, sent with a sync between groups; a template's
 * plan is a few kilobytes whatever the data size (its formulas refer to the data instead of
 * copying it), so in practice everything goes in the caller's one write sync.
 */

/** Rough bytes Office.js adds per queued operation (object path, action, property name). */
const OP_OVERHEAD = 256;

/** One queued action and what it adds to the request. */
interface Op {
  readonly bytes: number;
  readonly queue: (sheet: Excel.Worksheet) => void;
}

const utf8 = new TextEncoder();
const sizeOf = (payload: unknown): number => OP_OVERHEAD + utf8.encode(JSON.stringify(payload)).length;

/**
 * Text Excel would read as something else when "typed" (a number, a date, a formula) is written
 * with the apostrophe prefix Excel uses to keep text as text.
 */
function literal(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return /^[=+\-@]/.test(value) || /^[\d\s.,/:%$€£-]+$/.test(value) ? `'${value}` : value;
}

const cellInput = (c: PlanCell): string | number | boolean => ('formula' in c ? c.formula : literal(c.value));

const STYLE: Record<CellStyle, (f: Excel.RangeFormat) => void> = {
  title: (f) => {
    f.font.bold = true;
    f.font.size = 16;
  },
  subtitle: (f) => {
    f.font.italic = true;
    f.font.color = '#595959';
  },
  header: (f) => {
    f.font.bold = true;
    f.fill.color = '#DDEBF7';
  },
  label: () => undefined,
  // The usual "input cell" look: pale yellow, so users see where their numbers go.
  input: (f) => {
    f.fill.color = '#FFF2CC';
    f.font.color = '#1F3864';
  },
  kpi: (f) => {
    f.font.bold = true;
  },
  note: (f) => {
    f.font.italic = true;
    f.font.size = 9;
    f.font.color = '#595959';
  },
  source: (f) => {
    f.font.size = 9;
    f.font.color = '#595959';
  },
};

/** A block as one or more row bands, each a whole-rectangle write under the budget. */
function blockOps(block: Block, budget: number): Op[] {
  const rows = block.cells.length;
  const cols = block.cells[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return [];
  const input = block.cells.map((r) => r.map(cellInput));
  const formats = block.numberFormats?.map((r) => r.map((f) => f ?? 'General'));
  const rowBytes = Math.ceil((sizeOf(input) + (formats ? sizeOf(formats) : 0)) / rows);
  const band = Math.max(1, Math.floor((budget - 2 * OP_OVERHEAD) / Math.max(1, rowBytes)));
  const ops: Op[] = [];
  for (let start = 0; start < rows; start += band) {
    const n = Math.min(band, rows - start);
    const ref: RangeRef = { row: block.row + start, col: block.col, rows: n, cols };
    const part = input.slice(start, start + n);
    const partFormats = formats?.slice(start, start + n);
    ops.push({
      bytes: sizeOf(part) + (partFormats ? sizeOf(partFormats) : 0),
      queue: (sheet) => {
        const range = sheet.getRange(rangeA1(ref));
        // Formats first: a date-looking constant must land in an already formatted cell.
        if (partFormats) range.numberFormat = partFormats;
        range.formulas = part;
        // The format object is only written to, so nothing needs loading (the rule cannot tell a write).
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        if (block.style) STYLE[block.style](range.format);
      },
    });
  }
  return ops;
}

function spillOps(plan: SheetPlan): Op[] {
  return plan.spills.flatMap((s) => {
    const ops: Op[] = [
      {
        bytes: sizeOf(s.formula),
        queue: (sheet) => {
          sheet.getRange(a1(s.row, s.col)).formulas = [[s.formula]];
          STYLE.header(sheet.getRange(rangeA1({ row: s.row, col: s.col, rows: 1, cols: s.cols })).format);
        },
      },
    ];
    const body = s.rows - 1;
    const source =
      s.cellFormats ?? (s.columnFormats ? Array.from({ length: body }, () => s.columnFormats!) : undefined);
    if (source && body > 0) {
      // The spill's cells are empty when we write, but formats stick to cells: the whole body at once.
      const formats = source.map((r) => r.map((f) => f ?? 'General'));
      ops.push({
        bytes: sizeOf(formats),
        queue: (sheet) => {
          sheet.getRange(
            rangeA1({ row: s.row + 1, col: s.col, rows: formats.length, cols: formats[0]!.length }),
          ).numberFormat = formats;
        },
      });
    }
    return ops;
  });
}

/** Excel's own Good / Neutral / Bad cell-style colours, which users already read as such. */
const RATING_COLOURS = {
  good: { fill: '#C6EFCE', font: '#006100' },
  watch: { fill: '#FFEB9C', font: '#9C5700' },
  bad: { fill: '#FFC7CE', font: '#9C0006' },
} as const;

function conditionalOp(cf: ConditionalFormatPlan): Op {
  return {
    bytes: sizeOf(cf),
    queue: (sheet) => {
      const range = sheet.getRange(rangeA1(cf.range));
      if (cf.kind === 'colorScale') {
        // Write-only, as above.
        // eslint-disable-next-line office-addins/load-object-before-read
        const scale = range.conditionalFormats.add('ColorScale' as Excel.ConditionalFormatType).colorScale;
        scale.criteria = {
          minimum: { type: 'LowestValue', formula: null as unknown as string, color: '#F8696B' },
          midpoint: { type: 'Percentile', formula: '50', color: '#FFEB84' },
          maximum: { type: 'HighestValue', formula: null as unknown as string, color: '#63BE7B' },
        };
        return;
      }
      const rules: [string, keyof typeof RATING_COLOURS][] = [
        ...cf.good.map((t): [string, 'good'] => [t, 'good']),
        [cf.watch, 'watch'],
        [cf.bad, 'bad'],
      ];
      for (const [text, kind] of rules) {
        // eslint-disable-next-line office-addins/load-object-before-read -- write-only, as above
        const rule = range.conditionalFormats.add('ContainsText' as Excel.ConditionalFormatType).textComparison;
        rule.format.fill.color = RATING_COLOURS[kind].fill;
        rule.format.font.color = RATING_COLOURS[kind].font;
        rule.rule = { operator: 'Contains', text };
      }
    },
  };
}

const CHART_TYPES: Record<ChartPlan['type'], Excel.ChartType> = {
  line: 'Line' as Excel.ChartType,
  columnClustered: 'ColumnClustered' as Excel.ChartType,
  columnStacked: 'ColumnStacked' as Excel.ChartType,
};

function chartOp(chart: ChartPlan): Op {
  return {
    bytes: sizeOf(chart),
    queue: (sheet) => {
      const c = sheet.charts.add(
        CHART_TYPES[chart.type],
        sheet.getRange(rangeA1(chart.source)),
        'Columns' as Excel.ChartSeriesBy,
      );
      c.title.text = chart.title;
      const a = chart.anchor;
      c.setPosition(a1(a.row, a.col), a1(a.row + a.rows - 1, a.col + a.cols - 1));
      if (chart.categories) {
        const categories = sheet.getRange(rangeA1(chart.categories));
        for (let i = 0; i < chart.source.cols; i++) c.series.getItemAt(i).setXAxisValues(categories);
      }
    },
  };
}

/** Excel column widths are in points; a character of the default font is about 7 px + 5 px padding. */
export const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

function widthOps(plan: SheetPlan): Op[] {
  return Object.entries(plan.columnWidths).map(([col, chars]) => ({
    bytes: OP_OVERHEAD,
    queue: (sheet: Excel.Worksheet) => {
      const letter = a1(0, Number(col)).replace(/\d+$/, '');
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(chars);
    },
  }));
}

/** Every operation of a plan, in an order where formats precede the charts that read them. */
export function planOps(plan: SheetPlan, budget = PAYLOAD_BUDGET): Op[] {
  return [
    ...plan.blocks.flatMap((b) => blockOps(b, budget)),
    ...spillOps(plan),
    ...plan.conditionalFormats.map(conditionalOp),
    ...plan.charts.map(chartOp),
    ...widthOps(plan),
  ];
}

/** Consecutive operations packed into requests of at most `budget` bytes (an oversized one alone). */
export function groupOps(ops: readonly Op[], budget = PAYLOAD_BUDGET): Op[][] {
  const groups: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Queues the whole plan on `sheet`. The last group stays queued for the caller's next sync (which
 * also carries whatever else the caller queued); earlier groups, which exist only for plans above
 * the budget, are each sent with their own sync. Returns how many syncs it made (0 for any template).
 */
export async function applyPlan(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  budget = PAYLOAD_BUDGET,
): Promise<number> {
  const groups = groupOps(planOps(plan, budget), budget);
  let syncs = 0;
  for (let i = 0; i < groups.length; i++) {
    if (i > 0) {
      // Only reached above the budget: one request per group is what the 5 MB cap forces.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    }
    for (const op of groups[i]!) op.queue(sheet);
  }
  return syncs;
}
