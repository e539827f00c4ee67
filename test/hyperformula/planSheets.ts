import { DetailedCellError, type HyperFormula } from 'hyperformula';
import type { Arg, Cell, Grid, Out } from '../../src/core/cells';
import { KpiError, isKpiError } from '../../src/core/errors';
import { evaluate } from '../../src/core/evaluate';
import { getFunction } from '../../src/core/registry';
import { a1, parseRangeA1, splitAddress } from '../../src/templates/a1';
import type { SheetPlan } from '../../src/templates/sheetPlan';
import { type SheetValue, buildEngine } from './mspPlugin';

/**
 * Lays a SheetPlan out as a HyperFormula sheet (blocks and spill anchors at their cells) beside the
 * data sheet it refers to, and works out, formula by formula, the value the core gives when called
 * directly on the same grid — the two must agree for every formula the plan writes.
 */

export const PLAN_SHEET = 'Plan';

export function layPlan(plan: SheetPlan): SheetValue[][] {
  const rows: SheetValue[][] = [];
  const put = (r: number, c: number, v: SheetValue): void => {
    while (rows.length <= r) rows.push([]);
    rows[r]![c] = v;
  };
  for (const b of plan.blocks)
    b.cells.forEach((row, i) =>
      row.forEach((cell, j) => put(b.row + i, b.col + j, 'formula' in cell ? cell.formula : cell.value)),
    );
  for (const s of plan.spills) put(s.row, s.col, s.formula);
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

export function planEngine(plan: SheetPlan, data: Record<string, Grid>): HyperFormula {
  return buildEngine({ ...(data as Record<string, SheetValue[][]>), [PLAN_SHEET]: layPlan(plan) });
}

/** Every formula of a plan with its cell. */
export function planFormulas(plan: SheetPlan): { row: number; col: number; formula: string }[] {
  const out: { row: number; col: number; formula: string }[] = [];
  for (const b of plan.blocks)
    b.cells.forEach((row, i) =>
      row.forEach(
        (cell, j) => 'formula' in cell && out.push({ row: b.row + i, col: b.col + j, formula: cell.formula }),
      ),
    );
  for (const s of plan.spills) out.push({ row: s.row, col: s.col, formula: s.formula });
  return out;
}

/** Splits a formula's argument list at top-level commas (quotes and parentheses respected). */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && ch === ',') {
      args.push(current);
      current = '';
    } else current += ch;
  }
  args.push(current);
  return args.map((a) => a.trim());
}

/** The value the core gives for one formula of the plan, resolving its references directly. */
export function expectedValue(plan: SheetPlan, data: Record<string, Grid>, formula: string): Out | KpiError {
  const cells = new Map<string, SheetValue>();
  layPlan(plan).forEach((row, r) => row.forEach((v, c) => v !== null && cells.set(a1(r, c), v)));
  const spillAt = (ref: string): Out | KpiError | undefined => {
    const p = parseRangeA1(ref)!;
    for (const s of plan.spills) {
      if (p.row >= s.row && p.row < s.row + s.rows && p.col >= s.col && p.col < s.col + s.cols) {
        const table = valueOf(s.formula);
        if (isKpiError(table) || !Array.isArray(table)) return table;
        return table[p.row - s.row]![p.col - s.col]!;
      }
    }
    return undefined;
  };
  const cell = (ref: string): Out | KpiError => {
    const local = ref.replace(/\$/g, '');
    const v = cells.get(local);
    if (typeof v === 'string' && v.startsWith('=')) return valueOf(v);
    if (v !== undefined) return v as Out;
    return spillAt(local) ?? '';
  };
  const number = (v: Out | KpiError): number => {
    if (isKpiError(v)) throw v;
    return Number(v);
  };
  const arg = (text: string): Arg => {
    if (text === '') return null;
    if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    const { sheet, local } = splitAddress(text);
    if (sheet !== null) {
      const grid = data[sheet]!;
      const r = parseRangeA1(local)!;
      // Templates read the whole data: all of it, or one column's data rows (CSAT answers).
      const whole = r.row === 0 && r.col === 0 && r.rows === grid.length && r.cols === grid[0]!.length;
      const column = r.row === 1 && r.rows === grid.length - 1 && r.cols === 1;
      if (!whole && !column) throw new Error(`${text} does not cover the data sheet (${grid.length} rows)`);
      return grid.slice(r.row, r.row + r.rows).map((row) => row.slice(r.col, r.col + r.cols));
    }
    const range = parseRangeA1(text.replace(/\$/g, ''));
    if (range && (range.rows > 1 || range.cols > 1)) {
      // A range of the plan's own sheet (the Service desk inputs): its cells, blanks as null.
      return Array.from({ length: range.rows }, (_, i) =>
        Array.from({ length: range.cols }, (_, j) => {
          const v = cell(a1(range.row + i, range.col + j));
          return v === '' ? null : (v as Arg as Cell);
        }),
      );
    }
    const v = cell(text);
    if (isKpiError(v)) return v;
    return v as Arg;
  };
  function valueOf(f: string): Out | KpiError {
    try {
      let m = /^=MSP\.([A-Z.]+)\((.*)\)$/.exec(f);
      if (m) {
        const args = splitArgs(m[2]!).map(arg);
        const err = args.find(isKpiError);
        return err ?? evaluate(getFunction(m[1]!)!, args);
      }
      if ((m = /^=(\$?[A-Z]+\$?\d+)$/.exec(f))) return cell(m[1]!);
      // The plain share the scorecard writes where no scalar function exists (CSAT, FCR).
      if ((m = /^=([A-Z]+\d+)\/([A-Z]+\d+)$/.exec(f))) {
        const d = number(cell(m[2]!));
        return d === 0 ? new KpiError('#DIV/0!') : number(cell(m[1]!)) / d;
      }
      // Churn annualised: 1 − (1 − c)^(12/k).
      if ((m = /^=1-\(1-([A-Z]+\d+)\)\^\(12\/(\d+)\)$/.exec(f)))
        return 1 - (1 - number(cell(m[1]!))) ** (12 / Number(m[2]));
      throw new Error(`formula shape not handled by the test harness: ${f}`);
    } catch (e) {
      if (isKpiError(e)) return e;
      throw e;
    }
  }
  return valueOf(formula);
}

/** HyperFormula's value as the core's: errors as KpiError codes, spills as their top-left cell. */
export function hfValue(hf: HyperFormula, row: number, col: number): Out | KpiError {
  const v = hf.getCellValue({ sheet: hf.getSheetId(PLAN_SHEET)!, row, col });
  if (v instanceof DetailedCellError) return new KpiError(v.value as never, { text: v.message });
  if (v === null) return '';
  return v as Out;
}

/** The value at the anchor of a formula: the top-left cell of a table result. */
export const topLeft = (v: Out | KpiError): Out | KpiError => (Array.isArray(v) ? v[0]![0]! : v);

/** A value as the tests compare it: numbers to 9 significant digits, errors by code. */
function comparable(v: Out | KpiError): unknown {
  if (isKpiError(v)) return { error: v.code };
  if (typeof v === 'number') return Number(v.toPrecision(9));
  return v;
}

/**
 * The core assertion of the template tests: every formula of the plan, evaluated by HyperFormula
 * in the laid-out sheet, equals the core's direct value; spilled tables cell by cell, at the size
 * the plan gave them. Returns how many formulas and spill cells were compared.
 */
export function expectPlanAgrees(plan: SheetPlan, data: Record<string, Grid>): number {
  const hf = planEngine(plan, data);
  let compared = 0;
  for (const { row, col, formula } of planFormulas(plan)) {
    const want = expectedValue(plan, data, formula);
    const spill = plan.spills.find((s) => s.row === row && s.col === col);
    if (spill) {
      expect(Array.isArray(want)).toBe(true);
      const table = want as Out[][];
      expect([table.length, table[0]!.length]).toEqual([spill.rows, spill.cols]);
      table.forEach((r, i) =>
        r.forEach((v, j) => {
          expect({ formula, i, j, v: comparable(hfValue(hf, row + i, col + j)) }).toEqual({
            formula,
            i,
            j,
            v: comparable(v),
          });
          compared++;
        }),
      );
      continue;
    }
    expect({ formula, v: comparable(hfValue(hf, row, col)) }).toEqual({ formula, v: comparable(topLeft(want)) });
    compared++;
  }
  return compared;
}

/** The HyperFormula value of the KPI line labelled `label` (value in the column after the label). */
export function lineValue(plan: SheetPlan, hf: HyperFormula, label: string, valueOffset = 1): Out | KpiError {
  for (const b of plan.blocks) {
    const i = b.cells.findIndex((r) => r.some((c) => 'value' in c && c.value === label));
    if (i >= 0) {
      const j = b.cells[i]!.findIndex((c) => 'value' in c && c.value === label);
      return hfValue(hf, b.row + i, b.col + j + valueOffset);
    }
  }
  throw new Error(`no line labelled ${label}`);
}
