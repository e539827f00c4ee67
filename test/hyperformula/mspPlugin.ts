import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import type { Ast } from 'hyperformula/typings/parser';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { Arg, Cell, Out } from '../../src/core/cells';
import { KpiError, isKpiError, toErrorCode } from '../../src/core/errors';
import { evaluate } from '../../src/core/evaluate';
import { FUNCTIONS } from '../../src/core/registry';

/**
 * The registry's functions as a HyperFormula plugin with the same dotted names users type
 * (`MSP.SLA`), so tests evaluate real formulas, spills and dependants in a spreadsheet engine.
 * It goes through `evaluate`, exactly like the Excel adapter, with HyperFormula's own values
 * translated at the boundary (CellError ⇄ KpiError, EmptyValue → null).
 */

const HF_ERRORS: Record<string, ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#NUM!': ErrorType.NUM,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#N/A': ErrorType.NA,
  '#NAME?': ErrorType.NAME,
  '#REF!': ErrorType.REF,
  '#SPILL!': ErrorType.SPILL,
};

function toCell(v: unknown): Cell {
  if (v === EmptyValue || v === null || v === undefined) return null;
  if (v instanceof CellError)
    return new KpiError(
      toErrorCode(
        `#${v.type}`
          .replace('#DIV_BY_ZERO', '#DIV/0!')
          .replace('#NA', '#N/A')
          .replace('#NAME', '#NAME?')
          .replace(/#(VALUE|NUM|REF|NULL|SPILL|ERROR|CYCLE|LIC)$/, '#$1!'),
      ) ?? '#VALUE!',
      { text: v.message ?? '' },
    );
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'val' in v) return (v as { val: number }).val; // HyperFormula's typed numbers (dates, percents)
  return String(v);
}

function toArg(v: unknown): Arg {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toCell));
  return toCell(v);
}

function toHf(out: Out | KpiError): unknown {
  if (isKpiError(out)) return new CellError(HF_ERRORS[out.code] ?? ErrorType.VALUE, out.message);
  if (Array.isArray(out)) return SimpleRangeValue.onlyValues(out);
  return out;
}

class MspPlugin extends FunctionPlugin {
  /** Runs the registry function on the evaluated argument ASTs. */
  run(id: string, ast: { args: Ast[] }, state: InterpreterState): Out | KpiError {
    const spec = FUNCTIONS.find((f) => f.id === id)!;
    const args = ast.args.map((a) => (a.type === 'EMPTY' ? null : toArg(this.evaluateAst(a, state))));
    return evaluate(spec, args);
  }
}

const implemented: ImplementedFunctions = {};
for (const spec of FUNCTIONS) {
  const method = `fn_${spec.id.replace(/\./g, '_')}`;
  const sizeMethod = `${method}_size`;
  implemented[`MSP.${spec.id}`] = {
    method,
    // Spill size is only known from the data; inputs in these tests are plain values, which the
    // engine holds before any formula runs, so the size can be computed by running the function.
    sizeOfResultArrayMethod: spec.unit === 'table' ? sizeMethod : undefined,
    parameters: spec.params.map(() => ({ argumentType: 'ANY' as never })),
    vectorizationForbidden: true,
  } as ImplementedFunctions[string];
  (MspPlugin.prototype as unknown as Record<string, unknown>)[method] = function (
    this: MspPlugin,
    ast: { args: Ast[] },
    state: InterpreterState,
  ) {
    return toHf(this.run(spec.id, ast, state));
  };
  (MspPlugin.prototype as unknown as Record<string, unknown>)[sizeMethod] = function (
    this: MspPlugin,
    ast: { args: Ast[] },
    state: InterpreterState,
  ) {
    const out = this.run(spec.id, ast, state);
    return Array.isArray(out) ? new ArraySize(out[0]?.length ?? 1, out.length) : ArraySize.scalar();
  };
}
(MspPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;

const translations = { enGB: Object.fromEntries(FUNCTIONS.map((f) => [`MSP.${f.id}`, `MSP.${f.id}`])) };
HyperFormula.registerFunctionPlugin(MspPlugin as unknown as FunctionPluginDefinition, translations);

export type SheetValue = number | string | boolean | null;

/** A HyperFormula instance configured like Excel for our purposes, with MSP.* registered. */
export function buildEngine(sheets: Record<string, SheetValue[][]>): HyperFormula {
  // A spill's size is predicted when its formula is parsed, by running the function on the cells
  // it reads: so the plain values go in first and the formulas after, one by one in reading order
  // (a formula placed above its data, or reading an earlier formula's result, then sees them).
  const isFormula = (v: SheetValue) => typeof v === 'string' && v.startsWith('=');
  const values = Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [name, rows.map((r) => r.map((v) => (isFormula(v) ? null : v)))]),
  );
  const hf = HyperFormula.buildFromSheets(values, {
    licenseKey: 'gpl-v3',
    useArrayArithmetic: true,
    maxRows: 1_048_576,
    // Excel's date system: serial 1 = 1900-01-01 with the 1900 leap-year quirk.
    leapYear1900: true,
    nullDate: { year: 1899, month: 12, day: 30 },
    smartRounding: false,
  });
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = hf.getSheetId(name)!;
    rows.forEach((r, row) => r.forEach((v, col) => isFormula(v) && hf.setCellContents({ sheet, row, col }, v)));
  }
  return hf;
}

/** Value of one formula evaluated against data on Sheet1 (the formula goes in a free column). */
export function evalFormula(data: SheetValue[][], formula: string): unknown {
  const width = Math.max(1, ...data.map((r) => r.length));
  const rows = data.map((r) => [...r, ...Array<SheetValue>(width - r.length).fill(null)]);
  if (rows.length === 0) rows.push([null]);
  rows[0]![width + 1] = formula;
  const hf = buildEngine({ Sheet1: rows });
  const sheet = hf.getSheetId('Sheet1')!;
  return hf.getCellValue({ sheet, row: 0, col: width + 1 });
}
