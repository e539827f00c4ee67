/**
 * Errors as values, in the manner of HyperFormula's CellError: the core never lets an exception
 * escape to Excel. Deep helpers `throw` a KpiError to stop early; `evaluate` catches it, stamps the
 * function it belongs to, and hands it back as the function's result; each adapter renders its
 * message in the user's language (`errorMessage` in `./i18n`).
 *
 * A message is a key of the catalogue (`errors` in `./i18n/en.ts` and its translations) with
 * parameters, never a sentence built here: the same error reads in English for the CLI and the
 * tests, and in French for a French Excel.
 */
import type { ErrorKey } from './i18n/en';
import { renderError } from './i18n/render';
import { en } from './i18n/en';

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

/**
 * A cell, or an argument, named in a message: the argument (a parameter name, shown in the
 * user's language), and for a cell inside a range its 0-based row and column and the column's
 * header. Rendered "tickets, row 4, column B (Created) of the range".
 */
export interface Located {
  readonly arg?: string;
  readonly row?: number;
  readonly col?: number;
  readonly header?: string;
}

/** A message parameter: plain text and numbers are shown as they are; `arg*` keys name parameters. */
export type MessageValue = string | number | Located;
export type MessageParams = Readonly<Record<string, MessageValue>>;

export class KpiError {
  constructor(
    readonly code: ErrorCode,
    /** The catalogue key, or a message that arrived from outside (an Excel error's own text). */
    readonly key?: ErrorKey | { readonly text: string },
    readonly params: MessageParams = {},
    /** The function the error belongs to, stamped by `evaluate`: messages start `MSP.<name>:`. */
    readonly fn?: string,
  ) {}

  /** The message in English (the CLI's default, logs and tests); adapters use `errorMessage`. */
  get message(): string {
    return renderError(en, this);
  }

  toString(): string {
    const m = this.message;
    return m ? `${this.code} ${m}` : this.code;
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

/** The error constructors, one per code the core raises: a catalogue key and its parameters. */
export const fail = {
  value: (key: ErrorKey, params?: MessageParams): KpiError => new KpiError('#VALUE!', key, params),
  num: (key: ErrorKey, params?: MessageParams): KpiError => new KpiError('#NUM!', key, params),
  div0: (key: ErrorKey, params?: MessageParams): KpiError => new KpiError('#DIV/0!', key, params),
  na: (key: ErrorKey, params?: MessageParams): KpiError => new KpiError('#N/A', key, params),
};

/** The same error, stamped with the function it was raised in (once: the innermost wins). */
export const withFunction = (e: KpiError, fn: string): KpiError =>
  e.fn !== undefined || typeof e.key !== 'string' ? e : new KpiError(e.code, e.key, e.params, fn);

export { cellName, columnName } from './cellName';
