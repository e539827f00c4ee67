import type { ArgsOf, ParamSpec } from './args';
import type { Arg, Out } from './cells';
import type { ErrorCode } from './errors';

/** What a result measures; drives number formats, docs and template rows. */
export type Unit =
  | 'percent' // a fraction shown as %
  | 'currency' // money in the workbook's currency
  | 'number' // a plain number (ratios such as LTV:CAC, quick ratio)
  | 'count' // whole things: tickets, customers
  | 'hours'
  | 'days'
  | 'months'
  | 'text'
  | 'table'; // a spilled table

export type Family = 'revenue' | 'finance' | 'operations' | 'servicedesk' | 'benchmarks';

/** A worked example: shown in the README and checked by the registry-wide test. */
export interface Example {
  /** Arguments as Excel would pass them (ranges as row-major arrays). */
  readonly args: readonly Arg[];
  /** The expected result, worked by hand from the spec's definition, or the expected error code. */
  readonly result: Out | ErrorCode;
  /** How to write it in a cell, for the docs, e.g. `=MSP.SLARATE(300, 400)`. */
  readonly formula: string;
}

export interface FunctionDef<P extends readonly ParamSpec[]> {
  /** Stored in users' workbooks: never changes once shipped. Shown as `MSP.<id>`. */
  readonly id: string;
  readonly family: Family;
  /** One sentence for Excel's autocomplete; the README uses it too. */
  readonly description: string;
  readonly params: P;
  readonly unit: Unit;
  /** Extra reference notes for the README (edge cases, decisions where the spec is silent). */
  readonly notes?: string;
  readonly examples: readonly Example[];
  /** Receives arguments already read per declaration; throws KpiError for bad input. */
  readonly compute: (...args: ArgsOf<P>) => Out;
}

/** A registry entry with its parameter types erased, as adapters see it. */
export interface FunctionSpec {
  readonly id: string;
  readonly family: Family;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  readonly unit: Unit;
  readonly notes?: string;
  readonly examples: readonly Example[];
  readonly compute: (...args: readonly unknown[]) => Out;
}

/** Declares a function; the generic keeps `compute`'s argument types tied to `params`. */
export function defineFunction<const P extends readonly ParamSpec[]>(def: FunctionDef<P>): FunctionSpec {
  return def as unknown as FunctionSpec;
}
