import ExcelJS from 'exceljs';
import { type Cell, type Grid, errorOf, isErrorCell } from '../core/cells';
import { type KpiError, cellName, isKpiError } from '../core/errors';
import { format } from '../core/i18n';
import type { CellStyle, ConditionalFormatPlan, SheetPlan } from '../templates/sheetPlan';
import { Unsupported, WorkbookModel } from './evaluator';
import { type Node, type RefNode, parseFormula, printFormula } from './formula';
import { cliMessages } from './i18n';
import { toNative } from './nativeFormulas';
import { chartSpec } from './xlsx/chartData';
import { type SheetCharts, addCharts } from './xlsx/charts';

/**
 * SheetPlan → .xlsx with ExcelJS. Every formula cell gets a value computed with the core; where
 * the formula has a plain-Excel equivalent it is written as that formula (with the value cached),
 * so the file recalculates anywhere; where it needs the add-in, the value is written with a note
 * giving the `MSP.*` formula the add-in keeps live. Spilled tables are written as static values.
 * Charts are added to the file ExcelJS writes (it cannot create them): see `xlsxBytes`.
 */

/** Input data copied into the workbook so the plans' references resolve. */
export interface DataSheet {
  readonly name: string;
  readonly grid: Grid;
  readonly dateColumns?: ReadonlySet<number>;
}

/** What happened to one formula cell: the LibreOffice tests compare these with recalculated values. */
export interface WrittenFormula {
  readonly sheet: string;
  readonly address: string;
  /** The formula the plan asked for (what the add-in writes). */
  readonly planFormula: string;
  /** `native`: a plain-Excel formula; `constant`: a value that cannot change (MSP.TARGET); `static`: the add-in's value, with a note. */
  readonly kind: 'native' | 'constant' | 'static';
  /** The plain-Excel formula written (kind `native`). */
  readonly nativeFormula?: string;
  /** The value computed with the core (cached result or static value); undefined if not computable here. */
  readonly value: Cell | undefined;
}

export interface WrittenWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** Sheet names as written (a taken name gets ` (2)` …), in plan order. */
  readonly sheetNames: readonly string[];
  readonly formulas: readonly WrittenFormula[];
  /** The plans' charts, with the values of the cells they chart. */
  readonly charts: readonly SheetCharts[];
}

const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

const FILLS = {
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
  watch: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
} as const;

const STYLES: Readonly<Record<CellStyle, Partial<ExcelJS.Style>>> = {
  title: { font: { bold: true, size: 16 } },
  subtitle: { font: { italic: true, color: { argb: 'FF595959' } } },
  header: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
    border: { bottom: { style: 'thin' } },
  },
  label: {},
  input: {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } },
    border: { bottom: { style: 'hair' } },
  },
  kpi: { font: { bold: true } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  source: { font: { size: 9, color: { argb: 'FF7F7F7F' } } },
};

function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = wanted.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

type XlsxError = ExcelJS.CellErrorValue['error'];
const XLSX_ERRORS: readonly string[] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];
/** Error cells the file format has; newer ones (#SPILL!, #CALC! …) are stored as #VALUE!. */
const xlsxError = (v: KpiError): ExcelJS.CellErrorValue => ({
  error: (XLSX_ERRORS.includes(v.code) ? v.code : '#VALUE!') as XlsxError,
});

/** An ExcelJS cell value for a core value (errors as Excel error cells, blanks as empty). */
function excelValue(v: Cell | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  return isErrorCell(v) ? xlsxError(errorOf(v)) : v;
}

function cachedResult(v: Cell | undefined): ExcelJS.CellFormulaValue['result'] {
  if (v === undefined || v === null) return undefined;
  return isErrorCell(v) ? xlsxError(errorOf(v)) : v;
}

const hasReferences = (n: Node): boolean => {
  switch (n.k) {
    case 'ref':
      return true;
    case 'call':
      return n.args.some((a) => a !== null && hasReferences(a));
    case 'neg':
    case 'pct':
      return hasReferences(n.a);
    case 'bin':
      return hasReferences(n.a) || hasReferences(n.b);
    default:
      return false;
  }
};

function conditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan): void {
  const ref = `${cellName(cf.range.row, cf.range.col)}:${cellName(cf.range.row + cf.range.rows - 1, cf.range.col + cf.range.cols - 1)}`;
  if (cf.kind === 'colorScale') {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
          color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
    return;
  }
  const rule = (
    text: string,
    look: (typeof FILLS)[keyof typeof FILLS],
    priority: number,
  ): ExcelJS.ConditionalFormattingRule => ({
    type: 'cellIs',
    operator: 'equal',
    priority,
    formulae: [`"${text.replace(/"/g, '""')}"`],
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: look.fill } },
      font: { color: { argb: look.font } },
    },
  });
  ws.addConditionalFormatting({
    ref,
    rules: [
      ...cf.good.map((g, i) => rule(g, FILLS.good, i + 1)),
      rule(cf.watch, FILLS.watch, cf.good.length + 1),
      rule(cf.bad, FILLS.bad, cf.good.length + 2),
    ],
  });
}

export function writeWorkbook(plans: readonly SheetPlan[], data: readonly DataSheet[]): WrittenWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'msp-kpi';
  // Excel recomputes native formulas on open; cached values serve viewers that do not calculate.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const taken = new Set(data.map((d) => d.name.toLowerCase()));
  const sheetNames = plans.map((p) => uniqueName(p.sheetName, taken));
  const model = new WorkbookModel(plans[0]?.settings.language);

  for (const d of data) d.grid.forEach((row, r) => row.forEach((v, c) => model.setValue(d.name, r, c, v)));
  plans.forEach((plan, i) => {
    const sheet = sheetNames[i]!;
    for (const b of plan.blocks) {
      b.cells.forEach((row, r) =>
        row.forEach((cell, c) =>
          'formula' in cell
            ? model.setFormula(sheet, b.row + r, b.col + c, cell.formula)
            : model.setValue(sheet, b.row + r, b.col + c, cell.value),
        ),
      );
    }
    for (const s of plan.spills) model.addSpill({ sheet, row: s.row, col: s.col, formula: s.formula }, s.rows, s.cols);
  });

  const formulas: WrittenFormula[] = [];
  const charts: SheetCharts[] = [];

  plans.forEach((plan, i) => {
    const sheet = sheetNames[i]!;
    const ws = workbook.addWorksheet(sheet);
    const notes = cliMessages(plan.settings.language).workbookNotes;
    const spillResolver = (ref: RefNode): RefNode | undefined => {
      const area = model.spillAt(ref.sheet ?? sheet, ref.row, ref.col);
      if (!area) return undefined;
      const table = model.spillResult(area.spill);
      if (isKpiError(table)) return undefined;
      return {
        k: 'ref',
        ...(ref.sheet === undefined ? {} : { sheet: ref.sheet }),
        row: ref.row,
        col: ref.col,
        row2: ref.row + table.length - 1,
        col2: ref.col + (table[0]?.length ?? 1) - 1,
      };
    };

    for (const b of plan.blocks) {
      b.cells.forEach((row, r) =>
        row.forEach((planCell, c) => {
          const target = ws.getCell(b.row + r + 1, b.col + c + 1);
          const numFmt = b.numberFormats?.[r]?.[c];
          if (b.style) target.style = { ...STYLES[b.style] };
          if (numFmt) target.numFmt = numFmt;
          if (!('formula' in planCell)) {
            target.value = planCell.value;
            return;
          }
          const address = cellName(b.row + r, b.col + c);
          let value: Cell | undefined;
          try {
            value = model.formulaResult(sheet, b.row + r, b.col + c);
          } catch (e) {
            if (!(e instanceof Unsupported)) throw e;
          }
          const native = toNative(parseFormula(planCell.formula), spillResolver);
          if (native && hasReferences(native)) {
            const text = printFormula(native);
            target.value = { formula: text, result: cachedResult(value) } as ExcelJS.CellFormulaValue;
            formulas.push({
              sheet,
              address,
              planFormula: planCell.formula,
              kind: 'native',
              nativeFormula: text,
              value,
            });
          } else if (native) {
            // A constant such as MSP.TARGET("SLA"): nothing to recalculate.
            target.value = excelValue(value);
            formulas.push({ sheet, address, planFormula: planCell.formula, kind: 'constant', value });
          } else {
            target.value = excelValue(value);
            target.note = format(notes.value, { formula: planCell.formula });
            formulas.push({ sheet, address, planFormula: planCell.formula, kind: 'static', value });
          }
        }),
      );
    }

    for (const s of plan.spills) {
      const table = model.spillResult(model.spillAt(sheet, s.row, s.col)!.spill);
      const anchor = ws.getCell(s.row + 1, s.col + 1);
      if (isKpiError(table)) {
        anchor.value = excelValue(table);
      } else {
        table.forEach((line, r) =>
          line.forEach((v, c) => {
            const cell = ws.getCell(s.row + r + 1, s.col + c + 1);
            cell.value = v === '' ? null : v;
            if (r === 0) cell.style = { ...STYLES.header };
            else if (s.columnFormats?.[c]) cell.numFmt = s.columnFormats[c]!;
          }),
        );
      }
      anchor.note = format(notes.table, { formula: s.formula });
    }

    for (const cf of plan.conditionalFormats) conditionalFormat(ws, cf);
    for (const [col, width] of Object.entries(plan.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
    // ExcelJS names a worksheet's part after its id.
    charts.push({
      sheet,
      part: `xl/worksheets/sheet${ws.id}.xml`,
      charts: plan.charts.map((c) => chartSpec(ws, sheet, c)),
    });
  });

  for (const d of data) {
    const ws = workbook.addWorksheet(d.name);
    d.grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = excelValue(v);
        if (r === 0) cell.style = { ...STYLES.header };
        else if (typeof v === 'number' && d.dateColumns?.has(c)) cell.numFmt = DATE_FORMAT;
      }),
    );
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }

  return { workbook, sheetNames, formulas, charts };
}

/** The .xlsx file: ExcelJS's workbook with the charts added. */
export async function xlsxBytes(written: WrittenWorkbook): Promise<Uint8Array> {
  return addCharts(new Uint8Array(await written.workbook.xlsx.writeBuffer()), written.charts);
}
