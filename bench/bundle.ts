import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Arg } from '../src/core/cells';
import { isKpiError } from '../src/core/errors';

/**
 * The built `dist/functions.js` loaded the way Excel's JavaScript runtime loads it: run on its own,
 * with a global `CustomFunctions` that records each `associate(id, fn)`, the functions then called
 * with arguments as the runtime hands them (blanks as null, error cells as plain `{ code, message }`
 * objects, every declared parameter, an invocation object last). What the bench times through here
 * is what a workbook pays: the adapter and the core as bundled and minified.
 *
 * The bundle runs in this realm, its globals (`CustomFunctions`, webpack's `self`) given as the
 * parameters of a wrapper function, not in a `vm` context of its own: there every global lookup
 * (`Math`, `Number` …) goes through Node's sandbox interceptors, which made TICKETSBYPERIOD 8×
 * slower than the same bundle outside, a cost no Excel runtime has.
 */

/** The runtime's error class: what a function throws to show an Excel error. */
class HostError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type ExcelFunction = (...args: unknown[]) => unknown;

/** The functions the bundle registers, by id; throws when the bundle is missing (run the build first). */
export function loadBundle(file = path.join(__dirname, '..', 'dist', 'functions.js')): Map<string, ExcelFunction> {
  const functions = new Map<string, ExcelFunction>();
  const host = { associate: (id: string, fn: ExcelFunction) => functions.set(id, fn), Error: HostError };
  const source = readFileSync(file, 'utf8');
  const run = vm.runInThisContext(`(function (CustomFunctions, self, window) {\n${source}\n})`, {
    filename: file,
  }) as (host: unknown, self: object, window: object) => void;
  const page = {};
  run(host, page, page);
  return functions;
}

/** A cell as Excel's runtime hands it: an error as a plain `{ code, message }` object, a blank as null. */
const toExcelCell = (c: unknown): unknown =>
  isKpiError(c) ? { code: c.code, message: c.message } : c === undefined ? null : c;

/** Arguments as Excel's runtime hands them (made once, before timing). */
export const toExcelArgs = (args: readonly Arg[]): unknown[] =>
  args.map((a) => (Array.isArray(a) ? a.map((row) => row.map(toExcelCell)) : toExcelCell(a)));

/** The invocation object Excel appends after the declared arguments. */
export const invocation = (id: string): unknown => ({ address: 'Sheet1!A1', functionName: `MSP.${id}` });

/** The function's result, or the error it threw, as text for the report. */
export function excelOutcome(fn: ExcelFunction, args: unknown[]): { error?: string } {
  try {
    fn(...args);
    return {};
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    return { error: `${String(err.code)} ${String(err.message ?? '')}` };
  }
}
