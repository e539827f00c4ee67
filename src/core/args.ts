import {
  type Arg,
  type Grid,
  type Scalar,
  asGrid,
  errorOf,
  isErrorCell,
  firstError,
  isBlankText,
  isGrid,
  isOmitted,
  metEveryCell,
  parseNumberText,
} from './cells';
import { fail } from './errors';
import type { Unit } from './spec';

/**
 * How an argument is read, declared per parameter in the registry (the HyperFormula way: validation
 * comes from metadata, not from code in every function).
 * - `number`: a number; a range is summed like SUM (text, logicals and blanks inside it ignored).
 * - `scalar`: one value of any type (a one-cell range is unwrapped), e.g. a period label or index.
 * - `text`: one value read as text, e.g. an option word.
 * - `range`: a range kept as a grid (a single value becomes a 1×1 grid).
 */
export type ParamKind = 'number' | 'scalar' | 'text' | 'range';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional?: boolean;
  /** One line for Excel's autocomplete and the README. */
  readonly description: string;
  /** What the value measures (money, hours …): the README and the scorecard's input formats show it. */
  readonly unit?: Unit;
  /** `number`: the value used when the argument is omitted or blank (optional parameters only). */
  readonly defaultValue?: number;
  /** Bounds of a number (HyperFormula's argument metadata): outside them is #NUM!. */
  readonly min?: number;
  readonly greaterThan?: number;
  readonly max?: number;
  /** A whole number (a count of periods). */
  readonly integer?: true;
}

type Required<P extends ParamSpec, T> = P['optional'] extends true
  ? P['defaultValue'] extends number
    ? T
    : T | null
  : T;

/** The TypeScript type a compute function receives for a parameter of that declaration. */
export type ParamValue<P extends ParamSpec> = P['kind'] extends 'number'
  ? Required<P, number>
  : P['kind'] extends 'range'
    ? Grid
    : P['kind'] extends 'text'
      ? Required<P, string>
      : Scalar;

export type ArgsOf<P extends readonly ParamSpec[]> = { -readonly [K in keyof P]: ParamValue<P[K]> };

/** SUM semantics over a range; a lone scalar must be numeric (or blank, read as 0). */
export function sumArg(name: string, v: Arg): number {
  if (isGrid(v)) {
    if (v.length === 1 && v[0]!.length === 1) return sumArg(name, v[0]![0]);
    let total = 0;
    for (let r = 0; r < v.length; r++) {
      const row = v[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell === 'number') total += cell;
        else if (typeof cell === 'object' && cell !== null) throw errorOf(cell);
      }
    }
    metEveryCell(v);
    // Finite numbers can still add up past the largest double: Excel's SUM says #NUM! there too.
    if (!Number.isFinite(total)) throw fail.num('overflow', { arg: name });
    return total;
  }
  if (isErrorCell(v)) throw errorOf(v);
  if (v === undefined || v === null || isBlankText(v)) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = parseNumberText(v);
  if (n === undefined) throw fail.value('notANumber', { arg: name, value: v });
  return n;
}

/** One value out of a scalar or a one-cell range; blank becomes null. */
export function scalarArg(name: string, v: Arg): Scalar {
  if (isGrid(v)) {
    const err = firstError(v);
    if (err) throw err;
    if (v.length !== 1 || v[0]!.length !== 1) throw fail.value('notSingle', { arg: name });
    return scalarArg(name, v[0]![0]);
  }
  if (isErrorCell(v)) throw errorOf(v);
  if (v === undefined || isBlankText(v)) return null;
  return v;
}

/** Reads one raw argument as its declaration says. */
export function readArg(p: ParamSpec, v: Arg): unknown {
  // A range's Excel errors are evaluate's to find (`rangeError`): most functions meet every cell anyway.
  if (p.kind === 'range') return asGrid(v);
  if (isOmitted(v) || (!isGrid(v) && v !== undefined && !isErrorCell(v) && isBlankText(v))) {
    // "" and null both mean "not given" for optional parameters; for required numbers they read as 0 like SUM.
    if (p.optional) return p.defaultValue ?? null;
    if (p.kind === 'number') return 0;
    throw fail.value('required', { arg: p.name });
  }
  if (p.kind === 'number') return checkBounds(p, sumArg(p.name, v));
  const s = scalarArg(p.name, v);
  if (p.kind === 'text') return s === null ? null : String(s);
  return s;
}

/**
 * A number against its parameter's declared bounds: #NUM! naming the parameter when outside them.
 * The evaluator applies it to every `number` parameter; a function whose parameter takes two forms
 * (a count or a table) applies it to the number it reads.
 */
export function checkBounds(p: ParamSpec, value: number): number {
  if (p.min !== undefined && value < p.min)
    throw p.min === 0
      ? fail.num('negative', { arg: p.name, value })
      : fail.num('belowMin', { arg: p.name, min: p.min, value });
  if (p.greaterThan !== undefined && !(value > p.greaterThan))
    throw fail.num('notAbove', { arg: p.name, min: p.greaterThan, value });
  if (p.max !== undefined && value > p.max) throw fail.num('aboveMax', { arg: p.name, max: p.max, value });
  if (p.integer && !Number.isInteger(value)) throw fail.num('notWhole', { arg: p.name, value });
  return value;
}
