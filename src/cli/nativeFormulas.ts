import { findBenchmark, type BenchmarkRow, type Threshold } from '../core/benchmarks/catalog';
import type { Arg, Out } from '../core/cells';
import { isKpiError } from '../core/errors';
import { evaluate } from '../core/evaluate';
import { getFunction } from '../core/registry';
import type { Node, RefNode } from './formula';

/**
 * Rewrites `MSP.*` calls into plain Excel so a workbook written without the add-in still
 * recalculates in Excel, LibreOffice or Google Sheets when its inputs change. Only KPIs whose
 * definition is a scalar formula are rewritten, each mirroring the core's checks in the same order
 * (negative → #NUM!, zero denominator → #DIV/0!, part larger than its whole → #NUM!); anything
 * reading a range as a table (tickets, ledgers) stays an add-in formula. A LibreOffice test checks
 * every rewrite against the registry's worked examples.
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

/** A numeric argument: a range is summed as the core sums it; an omitted one reads as 0. */
const amount = (n: Node | null | undefined): Node =>
  n === null || n === undefined ? num(0) : isRange(n) ? call('SUM', n) : n;

/** `IF(OR(x<0,…),#NUM!,then)`: the core's "cannot be negative" check. */
function nonNegative(values: readonly Node[], then: Node): Node {
  if (values.length === 0) return then;
  const tests = values.map((v) => bin('<', v, num(0)));
  return call('IF', tests.length === 1 ? tests[0]! : call('OR', ...tests), NUM_ERROR, then);
}

interface RatioShape {
  /** The numerator may be negative (margins). */
  readonly signed?: boolean;
  /** Part of a whole: larger than the denominator is #NUM!. */
  readonly partOfWhole?: boolean;
  /** Amounts checked for negatives before the ratio's own checks (GROSSMARGIN's cogs). */
  readonly first?: readonly Node[];
}

/** The core's `ratio()` in Excel: the same checks in the same order. */
function ratio(n: Node, d: Node, shape: RatioShape = {}): Node {
  let body: Node = bin('/', n, d);
  if (shape.partOfWhole) body = call('IF', bin('>', n, d), NUM_ERROR, body);
  body = call('IF', bin('=', d, num(0)), DIV0_ERROR, body);
  body = nonNegative([...(shape.signed ? [] : [n]), d], body);
  return shape.first ? nonNegative(shape.first, body) : body;
}

type Rewrite = (a: readonly (Node | null)[]) => Node | undefined;

/** A fraction a ÷ b with the core's checks. */
const plainRatio =
  (shape: Omit<RatioShape, 'first'> = {}): Rewrite =>
  (a) =>
    ratio(amount(a[0]), amount(a[1]), shape);

/** An optional number: omitted, blank or "" takes the default, as the core reads `null`. */
function optional(n: Node | null | undefined, fallback: number): Node {
  if (n === null || n === undefined) return num(fallback);
  if (n.k !== 'ref') return n;
  return call('IF', bin('=', n, str('')), num(fallback), isRange(n) ? call('SUM', n) : n);
}

/** A single value (not a range) where the function would read a range as a table. */
const single = (n: Node | null | undefined): n is Node => n !== null && n !== undefined && !isRange(n);

/** `IF(OR(m<=0,m>1,…),#NUM!,then)`: the core's gross margin check with the other #NUM! checks. */
function marginChecked(m: Node, negatives: readonly Node[], extra: readonly Node[], then: Node): Node {
  const tests = [bin('<=', m, num(0)), bin('>', m, num(1)), ...extra, ...negatives.map((v) => bin('<', v, num(0)))];
  return call('IF', call('OR', ...tests), NUM_ERROR, then);
}

const difference: Rewrite = (a) => nonNegative([amount(a[0]), amount(a[1])], bin('-', amount(a[0]), amount(a[1])));

/** Per registry id: its plain-Excel equivalent (undefined = this call needs the add-in). */
const REWRITES: Readonly<Record<string, Rewrite>> = {
  // Finance
  COGS: (a) => {
    const parts = [amount(a[0]), amount(a[1]), amount(a[2])];
    return nonNegative(parts, bin('+', bin('+', parts[0]!, parts[1]!), parts[2]!));
  },
  GROSSMARGIN: (a) =>
    ratio(bin('-', amount(a[0]), amount(a[1])), amount(a[0]), { signed: true, first: [amount(a[1])] }),
  NOI: difference,
  NOIMARGIN: (a) => ratio(bin('-', amount(a[0]), amount(a[1])), amount(a[0]), { signed: true, first: [amount(a[1])] }),
  ADMINRATIO: plainRatio(),
  WORKINGCAPITAL: difference,
  // Sales, people, operations
  CPL: plainRatio(),
  CONVERSION: plainRatio({ partOfWhole: true }),
  COSTPERHIRE: plainRatio(),
  TURNOVER: plainRatio(),
  UTILIZATION: plainRatio(),
  AVAILABILITY: (a) => {
    const r = ratio(amount(a[0]), amount(a[1]), { partOfWhole: true });
    return bin('-', num(1), r);
  },
  PROACTIVERATE: plainRatio({ partOfWhole: true }),
  ACTIVERATIO: plainRatio({ partOfWhole: true }),
  // Revenue (scalar forms)
  CHURNRATE: plainRatio({ partOfWhole: true }),
  CAC: plainRatio(),
  LTVCAC: plainRatio({ signed: true }),
  CLV: (a) => {
    const [arpa, churn, m] = [amount(a[0]), amount(a[1]), optional(a[2], 1)];
    // All #NUM! checks come before the zero-churn #DIV/0! in the core too.
    return marginChecked(
      m,
      [arpa, churn],
      [bin('>', churn, num(1))],
      call('IF', bin('=', churn, num(0)), DIV0_ERROR, bin('/', bin('*', arpa, m), churn)),
    );
  },
  PAYBACK: (a) => {
    const [cac, arpa, m] = [amount(a[0]), amount(a[1]), optional(a[2], 1)];
    const den = bin('*', arpa, m);
    return marginChecked(m, [arpa, cac], [], call('IF', bin('=', den, num(0)), DIV0_ERROR, bin('/', cac, den)));
  },
  // ARPA(mrr, customers); a range first argument may be a ledger, which needs the add-in.
  ARPA: (a) => (single(a[0]) && a[1] ? ratio(amount(a[0]), amount(a[1])) : undefined),
  RECURRINGSHARE: plainRatio({ partOfWhole: true }),
  CUSTOMERVALUE: difference,
  CONTRIBUTION: difference,
  // Service desk (scalar form)
  SLARATE: plainRatio({ partOfWhole: true }),
  // TICKETSPERENDPOINT(count, endpoints, [months]); a ticket table needs the add-in.
  TICKETSPERENDPOINT: (a) => {
    if (!single(a[0])) return undefined;
    const months = optional(a[2], 1);
    const perMonth = bin('/', ratio(amount(a[0]), amount(a[1])), months);
    return nonNegative([months], call('IF', bin('=', months, num(0)), DIV0_ERROR, perMonth));
  },
};

/** Functions this module can write as plain Excel (for a given call shape). */
export const NATIVE_IDS: readonly string[] = [...Object.keys(REWRITES), 'BENCHMARK', 'ADVICE'];

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
    ? bin('>=', v, bound(h - 0.2 * Math.abs(h)))
    : bin('<=', v, bound(h + 0.2 * Math.abs(h)));
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
      return REWRITES[id]?.(args);
    }
  }
}
