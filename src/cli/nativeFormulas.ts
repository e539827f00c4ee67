import { WATCH_MARGIN, findBenchmark, type BenchmarkRow, type Threshold } from '../core/benchmarks/catalog';
import type { Arg, Out } from '../core/cells';
import { isKpiError } from '../core/errors';
import { evaluate } from '../core/evaluate';
import type { ParamSpec } from '../core/args';
import { type Expr, exprArgs } from '../core/formula/expr';
import { FUNCTIONS, getFunction } from '../core/registry';
import type { FunctionSpec } from '../core/spec';
import type { Node, RefNode } from './formula';

/**
 * Rewrites `MSP.*` calls into plain Excel so a workbook written without the add-in still
 * recalculates in Excel, LibreOffice or Google Sheets when its inputs change. Only KPIs whose
 * declaration gives a scalar expression are rewritten, from that expression and the parameters'
 * declared bounds, so the formula checks what the core checks in the same order (bounds → #NUM!,
 * zero denominator → #DIV/0!, part larger than its whole → #NUM!); anything reading a range as a
 * table (tickets, ledgers) stays an add-in formula. A LibreOffice test checks every rewrite against
 * the registry's worked examples.
 */

/** How the workbook resolves `A1#` spill references to the fixed area written for them. */
export type SpillResolver = (ref: RefNode) => RefNode | undefined;

const num = (v: number): Node => ({ k: 'num', v });
const str = (v: string): Node => ({ k: 'str', v });
const bin = (op: Extract<Node, { k: 'bin' }>['op'], a: Node, b: Node): Node => ({ k: 'bin', op, a, b });
const call = (name: string, ...args: Node[]): Node => ({ k: 'call', name, args });
const NUM_ERROR: Node = { k: 'err', v: '#NUM!' };
const DIV0_ERROR: Node = { k: 'err', v: '#DIV/0!' };
const VALUE_ERROR: Node = { k: 'err', v: '#VALUE!' };

const isRange = (n: Node): boolean =>
  n.k === 'ref' && (n.spill === true || (n.row2 !== undefined && (n.row2 !== n.row || n.col2 !== n.col)));

/** A numeric argument as the core reads it: a range summed, a blank cell read as `ifBlank`. */
function amount(n: Node | null | undefined, ifBlank: number | undefined): Node {
  if (n === null || n === undefined) return num(ifBlank ?? 0);
  if (isRange(n)) return call('SUM', n);
  // A blank referenced cell takes the parameter's default, as the core reads "" and null.
  return ifBlank !== undefined && n.k === 'ref' ? call('IF', bin('=', n, str('')), num(ifBlank), n) : n;
}

/** `OR(...)` of a parameter's declared bounds broken, or undefined when it declares none. */
function boundsBroken(p: ParamSpec, v: Node): Node[] {
  return [
    ...(p.min !== undefined ? [bin('<', v, num(p.min))] : []),
    ...(p.greaterThan !== undefined ? [bin('<=', v, num(p.greaterThan))] : []),
    ...(p.max !== undefined ? [bin('>', v, num(p.max))] : []),
    ...(p.integer ? [bin('<>', v, call('INT', v))] : []),
  ];
}

/** The declared expression as a formula tree: a zero denominator #DIV/0!, a part above its whole #NUM!. */
function exprNode(e: Expr, env: ReadonlyMap<string, Node>): Node {
  switch (e.k) {
    case 'arg':
      return env.get(e.name)!;
    case 'num':
      return num(e.v);
    case '/': {
      const a = exprNode(e.a, env);
      const b = exprNode(e.b, env);
      const quotient = bin('/', a, b);
      return call(
        'IF',
        bin('=', b, num(0)),
        DIV0_ERROR,
        e.partOfWhole ? call('IF', bin('>', a, b), NUM_ERROR, quotient) : quotient,
      );
    }
    default:
      return bin(e.k, exprNode(e.a, env), exprNode(e.b, env));
  }
}

/**
 * A scalar KPI as plain Excel, derived from its declaration: the parameters' bounds (#NUM!, checked
 * first, as the evaluator does), then its expression. A parameter that also takes a table (ARPA's
 * ledger, TICKETSPERENDPOINT's ticket table) must be a single value here; otherwise the call needs
 * the add-in.
 */
function scalarRewrite(spec: FunctionSpec, a: readonly (Node | null)[]): Node | undefined {
  const expr = spec.scalar;
  if (!expr) return undefined;
  const used = new Set(exprArgs(expr));
  const env = new Map<string, Node>();
  const broken: Node[] = [];
  for (const [i, p] of spec.params.entries()) {
    if (!used.has(p.name)) continue;
    const given = a[i] ?? null;
    if (p.kind !== 'number' && given !== null && isRange(given)) return undefined;
    const ifOmitted = p.defaultValue ?? argDefault(expr, p.name);
    const v = amount(given, given === null ? ifOmitted : p.optional ? ifOmitted : undefined);
    env.set(p.name, v);
    broken.push(...boundsBroken(p, v));
  }
  const body = exprNode(expr, env);
  if (broken.length === 0) return body;
  return call('IF', broken.length === 1 ? broken[0]! : call('OR', ...broken), NUM_ERROR, body);
}

/** The value an expression gives a parameter when its argument is omitted (`arg(name, ifOmitted)`). */
function argDefault(e: Expr, name: string): number | undefined {
  if (e.k === 'arg') return e.name === name ? e.ifOmitted : undefined;
  if (e.k === 'num') return undefined;
  return argDefault(e.a, name) ?? argDefault(e.b, name);
}

/** Functions this module can write as plain Excel (for a given call shape): every scalar KPI, and the ratings. */
export const NATIVE_IDS: readonly string[] = [
  ...FUNCTIONS.filter((f) => f.scalar).map((f) => f.id),
  'BENCHMARK',
  'ADVICE',
];

/** A threshold value rounded as Excel shows it, so `0.9 × 0.8` is written 0.72, not 0.7200000000000001. */
const bound = (v: number): Node => num(Number(v.toPrecision(12)));

function meets(row: BenchmarkRow, v: Node, t: Threshold): Node {
  const op = row.better === 'higher' ? (t.strict ? '>' : '>=') : t.strict ? '<' : '<=';
  return bin(op, v, bound(t.value));
}

/** SPEC §3.5's Watch band: missing the healthy threshold by at most 20 % of it. */
function watch(row: BenchmarkRow, v: Node): Node {
  const h = row.healthy.value;
  return row.better === 'higher'
    ? bin('>=', v, bound(h - WATCH_MARGIN * Math.abs(h)))
    : bin('<=', v, bound(h + WATCH_MARGIN * Math.abs(h)));
}

/** Excel caps a text constant at 255 characters: longer advice is joined from pieces. */
function longText(text: string): Node {
  const pieces: Node[] = [];
  for (let i = 0; i < text.length; i += 250) pieces.push(str(text.slice(i, i + 250)));
  return pieces.reduce((acc, p) => bin('&', acc, p));
}

/** The core's answer for constant arguments (labels and advice come from the core, in the requested language). */
function coreText(id: string, args: readonly Arg[]): string | undefined {
  const out = evaluate(getFunction(id)!, args);
  return typeof out === 'string' ? out : undefined;
}

/** BENCHMARK and ADVICE for a literal kpi id (and language): the rating rule as nested IFs. */
function ratingRewrite(id: 'BENCHMARK' | 'ADVICE', a: readonly (Node | null)[]): Node | undefined {
  const kpi = a[0];
  const lang = a[2] ?? null;
  if (!kpi || kpi.k !== 'str' || (lang !== null && lang.k !== 'str')) return undefined;
  const row = findBenchmark(kpi.v);
  if (!row || a[1] === null || a[1] === undefined) return undefined;
  const v = a[1];
  const language = lang === null ? null : lang.v;
  // Values that land in each band, to read the core's own label (or advice) for it.
  const h = row.healthy.value;
  const worse = (share: number): number => h - (row.better === 'higher' ? 1 : -1) * share * Math.abs(h);
  const text = (value: number): string | undefined => coreText(id, [kpi.v, value, language]);
  const healthy = text(row.best ? (h + row.best.value) / 2 : worse(-0.5));
  const watched = text(worse(0.1));
  const act = text(worse(0.5));
  if (healthy === undefined || watched === undefined || act === undefined) return undefined;
  // The advice is the same for Watch and Act now: one copy of the text is enough.
  const missed = watched === act ? longText(act) : call('IF', watch(row, v), longText(watched), longText(act));
  let chain = call('IF', meets(row, v, row.healthy), str(healthy), missed);
  // ADVICE is "" from Healthy up; BENCHMARK tells Best in class apart.
  if (id === 'BENCHMARK' && row.best) {
    const best = text(row.best.value);
    if (best === undefined) return undefined;
    chain = call('IF', meets(row, v, row.best), str(best), chain);
  }
  // The core's value checks, in its order: not a number (text or blank) → #VALUE!; then a negative
  // value for a KPI that cannot be one, or a share above 100 % (95 typed for 95 %) → #NUM!.
  const impossible = [...(row.signed ? [] : [bin('<', v, num(0))]), ...(row.share ? [bin('>', v, num(1))] : [])];
  if (impossible.length)
    chain = call('IF', impossible.length === 1 ? impossible[0]! : call('OR', ...impossible), NUM_ERROR, chain);
  return call('IF', call('OR', call('ISTEXT', v), bin('=', v, str(''))), VALUE_ERROR, chain);
}

const isConstant = (n: Node | null): boolean => n === null || n.k === 'num' || n.k === 'str' || n.k === 'bool';

function constant(out: Out | ReturnType<typeof evaluate>): Node | undefined {
  if (isKpiError(out)) return { k: 'err', v: out.code };
  if (typeof out === 'number') return num(out);
  if (typeof out === 'string') return str(out);
  if (typeof out === 'boolean') return { k: 'bool', v: out };
  return undefined;
}

/**
 * The formula tree with every `MSP.*` call rewritten, or undefined when one of them has no
 * plain-Excel equivalent (the cell then keeps the add-in's value with a note).
 */
export function toNative(n: Node, spills: SpillResolver): Node | undefined {
  switch (n.k) {
    case 'num':
    case 'str':
    case 'bool':
    case 'err':
      return n;
    case 'ref':
      return n.spill ? spills(n) : n;
    case 'neg':
    case 'pct': {
      const a = toNative(n.a, spills);
      return a && { k: n.k, a };
    }
    case 'bin': {
      const a = toNative(n.a, spills);
      const b = toNative(n.b, spills);
      return a && b && { ...n, a, b };
    }
    case 'call': {
      const args: (Node | null)[] = [];
      for (const arg of n.args) {
        if (arg === null) {
          args.push(null);
          continue;
        }
        const t = toNative(arg, spills);
        if (!t) return undefined;
        args.push(t);
      }
      if (!n.name.startsWith('MSP.')) return { k: 'call', name: n.name, args };
      const id = n.name.slice(4);
      const spec = getFunction(id);
      if (!spec) return undefined;
      // TARGET("SLA"), BENCHMARK("SLA", 0.8): constant arguments give a constant.
      if (args.every(isConstant))
        return constant(
          evaluate(
            spec,
            args.map((a) => (a === null ? null : (a as { v: string | number | boolean }).v)),
          ),
        );
      if (id === 'BENCHMARK' || id === 'ADVICE') return ratingRewrite(id, args);
      return scalarRewrite(spec, args);
    }
  }
}
