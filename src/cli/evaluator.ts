import { type Cell, type Grid, type OutCell, errorOf, isErrorCell } from '../core/cells';
import { KpiError, isKpiError } from '../core/errors';
import { evaluateIn } from '../core/evaluate';
import type { Language } from '../core/i18n';
import { getFunction } from '../core/registry';
import { type Node, type RefNode, parseFormula } from './formula';

/**
 * A workbook held in memory (data sheets and plan sheets) whose formulas are computed on demand:
 * `MSP.*` calls go through the core's `evaluate`, exactly like the add-in, and the handful of
 * native functions templates combine them with are done here. This gives the xlsx writer a value
 * for every formula cell (the static value of an add-in formula, the cached result of a native one)
 * without a spreadsheet engine in the shipped code.
 */

/** A formula using something this evaluator does not do: written without a cached value. */
export class Unsupported extends Error {}

type Value = Cell | Grid;

interface FormulaEntry {
  readonly text: string;
  state?: 'busy' | 'done';
  result?: Cell;
}

export interface Spill {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  /** Filled when computed: the table, or the error the anchor shows. */
  result?: OutCell[][] | KpiError;
}

const key = (row: number, col: number): string => `${row},${col}`;

const toNumber = (v: Cell): number | KpiError => {
  if (isErrorCell(v)) return errorOf(v);
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : new KpiError('#VALUE!');
};

const toText = (v: Cell): string => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));

/** Excel orders numbers < text < logicals; text compares case-insensitively. */
function compare(a: Cell, b: Cell): number {
  const rank = (v: Cell): number => (typeof v === 'boolean' ? 2 : typeof v === 'string' ? 1 : 0);
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0) : b;
  if (rank(x as Cell) !== rank(y as Cell)) return rank(x as Cell) - rank(y as Cell);
  if (typeof x === 'string') return x.toLowerCase().localeCompare(String(y).toLowerCase());
  return Number(x) - Number(y);
}

export class WorkbookModel {
  /** The report's language: spilled tables get their headers in it, as Excel shows them to its user. */
  constructor(private readonly lang: Language = 'en') {}

  private readonly values = new Map<string, Map<string, Cell>>();
  private readonly formulas = new Map<string, Map<string, FormulaEntry>>();
  private readonly spillAreas: { spill: Spill; rows: number; cols: number }[] = [];

  private sheetMap<T>(m: Map<string, Map<string, T>>, sheet: string): Map<string, T> {
    let s = m.get(sheet);
    if (!s) m.set(sheet, (s = new Map()));
    return s;
  }

  setValue(sheet: string, row: number, col: number, value: Cell): void {
    this.sheetMap(this.values, sheet).set(key(row, col), value);
  }

  setFormula(sheet: string, row: number, col: number, text: string): void {
    this.sheetMap(this.formulas, sheet).set(key(row, col), { text });
  }

  /** A spilling formula and the area the plan reserved for it (found by `A1#` and by reads inside it). */
  addSpill(spill: Spill, rows: number, cols: number): void {
    this.spillAreas.push({ spill, rows, cols });
  }

  spillAt(sheet: string, row: number, col: number): { spill: Spill; rows: number; cols: number } | undefined {
    return this.spillAreas.find((a) => a.spill.sheet === sheet && a.spill.row === row && a.spill.col === col);
  }

  /** The computed table of a spill (or its error). */
  spillResult(spill: Spill): OutCell[][] | KpiError {
    if (!spill.result) {
      const v = this.evalNode(parseFormula(spill.formula), spill.sheet);
      spill.result = isErrorCell(v)
        ? errorOf(v)
        : Array.isArray(v)
          ? v.map((r) => r.map((c) => (c === null || isErrorCell(c) ? '' : c)))
          : [[v === null ? '' : v]];
    }
    return spill.result;
  }

  /** The value of a formula cell; throws Unsupported when it cannot be computed here. */
  formulaResult(sheet: string, row: number, col: number): Cell {
    const entry = this.formulas.get(sheet)?.get(key(row, col));
    if (!entry) throw new Error(`No formula at ${sheet}!${key(row, col)}`);
    if (entry.state === 'done') return entry.result!;
    if (entry.state === 'busy') return new KpiError('#REF!', { text: 'circular reference' });
    entry.state = 'busy';
    try {
      const v = this.evalNode(parseFormula(entry.text), sheet);
      entry.result = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
      entry.state = 'done';
      return entry.result;
    } catch (e) {
      entry.state = undefined;
      throw e;
    }
  }

  valueAt(sheet: string, row: number, col: number): Cell {
    if (this.formulas.get(sheet)?.has(key(row, col))) return this.formulaResult(sheet, row, col);
    const v = this.values.get(sheet)?.get(key(row, col));
    if (v !== undefined) return v;
    for (const area of this.spillAreas) {
      const s = area.spill;
      if (s.sheet !== sheet || row < s.row || col < s.col || row >= s.row + area.rows || col >= s.col + area.cols)
        continue;
      const result = this.spillResult(s);
      if (isKpiError(result)) return row === s.row && col === s.col ? result : null;
      return result[row - s.row]?.[col - s.col] ?? null;
    }
    return null;
  }

  private range(ref: RefNode, sheet: string): Grid {
    const s = ref.sheet ?? sheet;
    let { row2, col2 } = ref;
    if (ref.spill) {
      const area = this.spillAt(s, ref.row, ref.col);
      if (!area) return [[new KpiError('#REF!', { text: 'no spill there' })]];
      const result = this.spillResult(area.spill);
      if (isKpiError(result)) return [[result]];
      row2 = ref.row + result.length - 1;
      col2 = ref.col + (result[0]?.length ?? 1) - 1;
    }
    const grid: Grid = [];
    for (let r = ref.row; r <= (row2 ?? ref.row); r++) {
      const line: Cell[] = [];
      for (let c = ref.col; c <= (col2 ?? ref.col); c++) line.push(this.valueAt(s, r, c));
      grid.push(line);
    }
    return grid;
  }

  private isRange(n: RefNode): boolean {
    return n.spill === true || (n.row2 !== undefined && (n.row2 !== n.row || n.col2 !== n.col));
  }

  private scalar(n: Node, sheet: string): Cell {
    const v = this.evalNode(n, sheet);
    if (!Array.isArray(v)) return v;
    // A range where one value is expected: Excel's implicit intersection is out of scope; a 1×1 range is fine.
    if (v.length === 1 && v[0]!.length === 1) return v[0]![0]!;
    return new KpiError('#VALUE!', { text: 'a range where one value is expected' });
  }

  private evalNode(n: Node, sheet: string): Value {
    switch (n.k) {
      case 'num':
      case 'str':
      case 'bool':
        return n.v;
      case 'err':
        return new KpiError(n.v);
      case 'ref':
        return this.isRange(n) ? this.range(n, sheet) : this.valueAt(n.sheet ?? sheet, n.row, n.col);
      case 'neg':
      case 'pct': {
        const x = toNumber(this.scalar(n.a, sheet));
        if (isKpiError(x)) return x;
        return n.k === 'neg' ? -x : x / 100;
      }
      case 'bin':
        return this.binary(n.op, this.scalar(n.a, sheet), this.scalar(n.b, sheet));
      case 'call':
        return n.name.startsWith('MSP.') ? this.callMsp(n.name, n.args, sheet) : this.callNative(n.name, n.args, sheet);
    }
  }

  private binary(op: string, a: Cell, b: Cell): Cell {
    if (isKpiError(a)) return a;
    if (isKpiError(b)) return b;
    if (op === '&') return toText(a) + toText(b);
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const c = compare(a, b);
      return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op as '='];
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isKpiError(x)) return x;
    if (isKpiError(y)) return y;
    if (op === '/' && y === 0) return new KpiError('#DIV/0!');
    const r = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : x ** y;
    return Number.isFinite(r) ? r : new KpiError('#NUM!');
  }

  private callMsp(name: string, args: readonly (Node | null)[], sheet: string): Value {
    const spec = getFunction(name);
    if (!spec) return new KpiError('#NAME?', { text: `${name} is not an MSP function.` });
    const raw = args.map((a) => (a === null ? null : this.evalNode(a, sheet)));
    return evaluateIn(spec, raw, this.lang);
  }

  /** Numbers of a list of arguments, SUM-style: ranges keep numbers only, scalars are coerced. */
  private numbers(args: readonly (Node | null)[], sheet: string): number[] | KpiError {
    const out: number[] = [];
    for (const a of args) {
      if (a === null) continue;
      const v = this.evalNode(a, sheet);
      if (Array.isArray(v)) {
        for (const c of v.flat()) {
          if (isKpiError(c)) return c;
          if (typeof c === 'number') out.push(c);
        }
      } else {
        const x = toNumber(v);
        if (isKpiError(x)) return x;
        out.push(x);
      }
    }
    return out;
  }

  private callNative(name: string, args: readonly (Node | null)[], sheet: string): Value {
    const arg = (i: number): Cell => (args[i] ? this.scalar(args[i]!, sheet) : null);
    const truthy = (v: Cell): boolean | KpiError => {
      const x = toNumber(v);
      return isKpiError(x) ? x : x !== 0;
    };
    switch (name) {
      case 'SUM':
      case 'MIN':
      case 'MAX':
      case 'AVERAGE': {
        const xs = this.numbers(args, sheet);
        if (isKpiError(xs)) return xs;
        if (name === 'SUM') return xs.reduce((s, x) => s + x, 0);
        if (name === 'AVERAGE') return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : new KpiError('#DIV/0!');
        return xs.length ? (name === 'MIN' ? Math.min(...xs) : Math.max(...xs)) : 0;
      }
      case 'IF': {
        const t = truthy(arg(0));
        if (isKpiError(t)) return t;
        return t ? (args[1] ? this.evalNode(args[1], sheet) : true) : args[2] ? this.evalNode(args[2], sheet) : false;
      }
      case 'IFERROR': {
        const v = arg(0);
        return isKpiError(v) ? arg(1) : v;
      }
      case 'AND':
      case 'OR': {
        const vs = args.map((_, i) => truthy(arg(i)));
        const err = vs.find(isKpiError);
        if (err) return err;
        return name === 'AND' ? vs.every((v) => v === true) : vs.some((v) => v === true);
      }
      case 'NOT': {
        const t = truthy(arg(0));
        return isKpiError(t) ? t : !t;
      }
      case 'ISNUMBER':
        return typeof arg(0) === 'number';
      case 'ISTEXT':
        return typeof arg(0) === 'string';
      case 'ISBLANK':
        return arg(0) === null;
      case 'ABS': {
        const x = toNumber(arg(0));
        return isKpiError(x) ? x : Math.abs(x);
      }
      default:
        throw new Unsupported(`${name}() is not computed by the CLI`);
    }
  }
}
