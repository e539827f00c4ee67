import type { ArgsOf, ParamSpec } from './args';
import type { Arg, Out } from './cells';
import type { ErrorCode } from './errors';
import { type Expr, evalExpr } from './formula/expr';
import { type Language, type SpillLabel, spillHeader } from './i18n';

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

export type Better = 'higher' | 'lower';

/** What a benchmark threshold is measured in; the i18n `units` section names each one. */
export type BenchmarkUnit = 'percent' | 'percentPerYear' | 'usd' | 'ratio' | 'perEndpointMonth';

/** Why a threshold carries less authority than the row's source, shown beside it on sheets. */
export type ThresholdBasis = 'secondary' | 'projectDefault';

export interface Threshold {
  readonly value: number;
  /** `<` / `>` instead of `≤` / `≥` (TURNOVER `< 15 %`, TICKETSPERENDPOINT `< 1`). */
  readonly strict?: boolean;
  readonly basis?: ThresholdBasis;
}

/** A row of the benchmark catalogue (SPEC §4): how the function's result is rated. */
export interface Benchmark {
  readonly better: Better;
  readonly healthy: Threshold;
  readonly best?: Threshold;
  readonly unit: BenchmarkUnit;
  /**
   * The window, in months, the thresholds were published for (SPEC §3.5): 12 for annual figures
   * (churn, NRR, turnover), 1 for monthly ones; absent when the KPI has no window.
   */
  readonly windowMonths?: number;
  /** The value is a share of a whole, so above 1 it must be a 0–100 percentage typed by mistake. */
  readonly share?: boolean;
  /** The value may be negative (a margin of a loss-making period); otherwise negative is impossible. */
  readonly signed?: boolean;
  /** Citation shown on the benchmark sheet and in `MSP.KPIS` (names of publishers, not translated). */
  readonly source: string;
}

/** The scorecard's input labels for a KPI computed as a plain share of two inputs (i18n `sheet.inputLabels`). */
export type ScorecardInput = 'csatPositive' | 'csatResponses' | 'fcrFirstContact' | 'fcrTickets';

/** How a rated KPI appears on the Scorecard, whose inputs are typed by the user. */
export interface ScorecardEntry {
  /** The function that computes it from input cells (a scalar form, e.g. SLARATE for SLA); default: itself. */
  readonly via?: string;
  /** With no scalar function (CSAT, FCR are functions of tables): the plain share of two labelled inputs. */
  readonly share?: readonly [ScorecardInput, ScorecardInput];
  /** Prefilled inputs, from the seeds' worked examples, so the sheet opens with real ratings. */
  readonly inputs?: readonly number[];
}

/**
 * A column of a spilled table: templates and the CLI address columns by id, never by position; its
 * header in each language is the i18n `spillHeaders[<function id>][<column id>]`.
 */
export interface SpillColumn {
  readonly id: string;
  /** What its values are, for the number format a sheet gives the column (`period`: a ledger's period label). */
  readonly unit: Unit | 'date' | 'period';
  /** Labels the function writes in this column among the data, in English (see SpillLabel). */
  readonly labels?: readonly SpillLabel[];
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
  /** Its row of the benchmark catalogue, when the result is rated. */
  readonly benchmark?: Benchmark;
  /** Its place on the Scorecard (rated KPIs only). */
  readonly scorecard?: ScorecardEntry;
  /**
   * The value as an expression of its numeric parameters (a scalar KPI): the computation when no
   * `compute` is given, and the native Excel formula the CLI writes for it.
   */
  readonly scalar?: Expr;
  /** A spilled result's columns, header row first. */
  readonly columns?: readonly SpillColumn[];
  /** Receives arguments already read per declaration; throws KpiError for bad input. */
  readonly compute?: (...args: ArgsOf<P>) => Out;
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
  readonly benchmark?: Benchmark;
  readonly scorecard?: ScorecardEntry;
  readonly scalar?: Expr;
  readonly columns?: readonly SpillColumn[];
  readonly compute: (...args: readonly unknown[]) => Out;
}

/**
 * Declares a function; the generic keeps `compute`'s argument types tied to `params`. A scalar KPI
 * may give only its expression: its computation is the expression on the parameters' values.
 */
export function defineFunction<const P extends readonly ParamSpec[]>(def: FunctionDef<P>): FunctionSpec {
  const { scalar, compute } = def;
  if (compute) return def as unknown as FunctionSpec;
  if (!scalar) throw new Error(`MSP.${def.id} declares neither compute nor scalar`);
  // Every parameter of a scalar KPI is a number with a value: required ones read blank as 0 (as
  // SUM does), optional ones declare their default (checked for every declaration by a test).
  const names = def.params.map((p) => p.name);
  return {
    ...def,
    compute: (...args: readonly unknown[]) =>
      evalExpr(scalar, Object.fromEntries(names.map((n, i) => [n, args[i] as number | null]))),
  } as FunctionSpec;
}

/** The position of a spilled table's column, by id: templates and the CLI never count columns by hand. */
export function columnIndex(spec: FunctionSpec, id: string): number {
  const i = spec.columns?.findIndex((c) => c.id === id) ?? -1;
  if (i < 0) throw new Error(`MSP.${spec.id} has no column "${id}"`);
  return i;
}

/** A spilled table's header row, from its column schema, in a language. */
export const headerRow = (id: string, columns: readonly SpillColumn[], lang: Language = 'en'): string[] =>
  columns.map((c) => spillHeader(lang, id, c.id));
