import { KpiError, fail, toErrorCode } from './errors';

/** A single value as Excel hands it over: blank cells may be `null`, `""` or `0` by platform. */
export type Scalar = number | string | boolean | null;
/**
 * An error cell as Excel's runtime hands it over (a CustomFunctions.Error-like object, with
 * `capturesCalculationErrors`): its code, and sometimes a message. The core reads these where it
 * reads cells (`errorOf`), so the Excel adapter passes Excel's arrays through untouched.
 */
export interface ExcelError {
  readonly code: string;
  readonly message?: string;
}
/** A value inside an input range: a scalar or the Excel error that cell holds (ours, or Excel's object). */
export type Cell = Scalar | KpiError | ExcelError;
/** A range, row-major. */
export type Grid = Cell[][];
/** What a function receives for one argument: a scalar, a range, or nothing (omitted). */
export type Arg = Cell | Grid | undefined;
/** A value a function may put in a cell. */
export type OutCell = number | string | boolean;
/** What a function returns: a value, or a spilled table (header row first, `""` in empty cells). */
export type Out = OutCell | OutCell[][];

export const isGrid = (v: Arg): v is Grid => Array.isArray(v);

/** Omitted optional arguments arrive as `null` (or `undefined` from some hosts). */
export const isOmitted = (v: Arg): boolean =>
  v === null || v === undefined || (isGrid(v) && v.length === 1 && v[0]!.length === 1 && v[0]![0] === null);

/**
 * Text with nothing in it: `null`, `""` or spaces only (Unicode spaces too). Text starting with a
 * visible ASCII character is decided without trimming: this runs on every cell of a ticket table.
 */
export const isBlankText = (v: Cell): boolean =>
  v === null ||
  (typeof v === 'string' && (v.length === 0 || ((v.charCodeAt(0) <= 32 || v.charCodeAt(0) > 126) && v.trim() === '')));

/**
 * A blank cell in any of Excel's spellings: blank text or `0` (what some platforms hand over for an
 * empty cell). For table rows, where a zero alone makes no record; `isBlankText` where 0 is a value.
 */
export const isBlank = (v: Cell): boolean => v === 0 || isBlankText(v);

/** A scalar or a range as a grid, so range code has one shape to handle. */
export function asGrid(v: Arg): Grid {
  if (v === undefined) return [[null]];
  return isGrid(v) ? v : [[v]];
}

/** Excel's error objects met so far, each with its KpiError: the same cell gives the same error. */
const excelErrors = new WeakMap<object, KpiError>();

/**
 * Whether a cell holds an Excel error, ours or Excel's object: only blanks (null) and errors are
 * objects, so a loop over cells makes this test inline and calls `errorOf` only then.
 */
export const isErrorCell = (cell: Arg): cell is KpiError | ExcelError =>
  typeof cell === 'object' && cell !== null && !Array.isArray(cell);

/** What an object cell that is no error is, for a message: the `type` of Excel's data types (`Entity` …), else `object`. */
function typeName(cell: object): string {
  const { type } = cell as { type?: unknown };
  return typeof type === 'string' && type !== '' ? type : 'object';
}

/**
 * The error an error cell holds, as the core's KpiError. An object that is neither a KpiError nor
 * carries a known error code is no value Excel sends: #VALUE!.
 */
export function errorOf(cell: KpiError | ExcelError): KpiError {
  if (cell instanceof KpiError) return cell;
  let err = excelErrors.get(cell);
  if (err === undefined) {
    const { code, message } = cell as { code?: unknown; message?: unknown };
    const known = toErrorCode(code);
    err = known
      ? new KpiError(known, { text: String(message ?? '') })
      : fail.value('unsupportedCell', { value: typeName(cell) });
    excelErrors.set(cell, err);
  }
  return err;
}

/**
 * Ranges a reader has met every cell of without finding an Excel error. Excel's rule is that an
 * error anywhere in a range argument is the result: `evaluate` scans each range argument for one,
 * except those a function's own reading already covered (they say so with `metEveryCell`), so a
 * function that reads the whole range pays for no second pass.
 */
const errorFree = new WeakSet<Grid>();

/** Says that every cell of `grid` has been read and none holds an Excel error. */
export function metEveryCell(grid: Grid): void {
  errorFree.add(grid);
}

/** The range's first Excel error row by row, unless a reader has met every cell and found none. */
export const rangeError = (grid: Grid): KpiError | undefined => (errorFree.has(grid) ? undefined : firstError(grid));

/** The first Excel error in a range, scanned row by row, as Excel propagates errors. */
export function firstError(grid: Grid): KpiError | undefined {
  for (let r = 0; r < grid.length; r++) {
    const err = rowError(grid[r]!);
    if (err) return err;
  }
  return undefined;
}

/** The first Excel error in a row of a range, from column `from` on. */
export function rowError(row: readonly Cell[], from = 0): KpiError | undefined {
  for (let c = from; c < row.length; c++) {
    const cell = row[c];
    // Only blanks and errors are objects: the typeof test alone settles almost every cell, where a
    // call per cell (through a bundler's module getter) costs several times the scan.
    if (typeof cell === 'object' && cell !== null) return errorOf(cell);
  }
  return undefined;
}

/**
 * Text as a number: plain numbers with `.` or `,` as the decimal mark, an optional trailing `%`.
 * Thousands separators are not guessed at: "1.234,5" is not a number here.
 */
export function parseNumberText(text: string): number | undefined {
  const t = text.trim().replace(/\u00a0/g, '');
  const m = /^([+-]?)(\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE]([+-]?\d+))?\s*(%?)$/.exec(t);
  if (!m) return undefined;
  const n = Number(`${m[1]}${m[2]!.replace(',', '.')}${m[3] ? `e${m[3]}` : ''}`);
  return m[4] ? n / 100 : n;
}
