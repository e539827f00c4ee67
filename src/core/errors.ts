/**
 * Errors as values, in the manner of HyperFormula's CellError: the core never lets an exception
 * escape to Excel. Deep helpers `throw` a KpiError to stop early; `evaluate` in the registry catches
 * it and hands it back as the function's result, and the Excel adapter turns it into
 * `CustomFunctions.Error`.
 */

/** The Excel error literals. The core raises the first four; any of them can arrive inside a range. */
export type ErrorCode =
  | '#VALUE!'
  | '#NUM!'
  | '#DIV/0!'
  | '#N/A'
  | '#NULL!'
  | '#NAME?'
  | '#REF!'
  | '#SPILL!'
  | '#CALC!'
  | '#BUSY!'
  | '#CONNECT!'
  | '#FIELD!'
  | '#BLOCKED!'
  | '#GETTING_DATA';

export const ERROR_CODES: readonly ErrorCode[] = [
  '#VALUE!',
  '#NUM!',
  '#DIV/0!',
  '#N/A',
  '#NULL!',
  '#NAME?',
  '#REF!',
  '#SPILL!',
  '#CALC!',
  '#BUSY!',
  '#CONNECT!',
  '#FIELD!',
  '#BLOCKED!',
  '#GETTING_DATA',
];

export class KpiError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string = '',
  ) {}

  toString(): string {
    return this.message ? `${this.code} ${this.message}` : this.code;
  }
}

// The typeof test first keeps this cheap on the numbers and blanks that fill ranges, where a bare
// instanceof costs several times a plain scan of the cell.
export const isKpiError = (v: unknown): v is KpiError => typeof v === 'object' && v !== null && v instanceof KpiError;

/** Parses an Excel error literal such as `#DIV/0!` (as text or as an error object's code). */
export function toErrorCode(text: unknown): ErrorCode | undefined {
  if (typeof text !== 'string') return undefined;
  const upper = text.trim().toUpperCase();
  return ERROR_CODES.find((c) => c === upper);
}

/**
 * The one catalogue of error constructors. Messages name the function and the argument, and for
 * ranges the cell (Excel shows messages for #VALUE! and #N/A only, but we give one everywhere: the
 * HyperFormula and CLI adapters show them all).
 */
export const fail = {
  value: (fn: string, message: string): KpiError => new KpiError('#VALUE!', `MSP.${fn}: ${message}`),
  num: (fn: string, message: string): KpiError => new KpiError('#NUM!', `MSP.${fn}: ${message}`),
  div0: (fn: string, message: string): KpiError => new KpiError('#DIV/0!', `MSP.${fn}: ${message}`),
  na: (fn: string, message: string): KpiError => new KpiError('#N/A', `MSP.${fn}: ${message}`),
};

/** Spreadsheet-style address of a 0-based cell inside an input range, relative to its top-left. */
export function cellName(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/** "row 5, column C (Created)" — how messages locate a cell inside a range argument. */
export function where(row: number, col: number, header?: string): string {
  const h = header ? ` (${header})` : '';
  return `row ${row + 1}, column ${cellName(0, col).replace(/\d+$/, '')}${h} of the range`;
}
