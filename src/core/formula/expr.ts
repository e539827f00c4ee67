import { fail } from '../errors';

/**
 * A scalar KPI's definition as a small expression of its parameters, declared once in the KPI's
 * declaration: the core evaluates it (`evalExpr`), and the CLI writes the same tree as a native
 * Excel formula, so a workbook written without the add-in computes what the function computes.
 * Parameter bounds (`min`, `max` … on the declaration) are checked before an expression runs, by
 * the evaluator and by the native formula alike; the expression adds only what arithmetic itself
 * can refuse: a zero denominator (#DIV/0!) and a part larger than its whole (#NUM!).
 */
export type Expr =
  | { readonly k: 'arg'; readonly name: string; readonly ifOmitted?: number }
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: '+' | '-' | '*'; readonly a: Expr; readonly b: Expr; readonly name?: string }
  | {
      readonly k: '/';
      readonly a: Expr;
      readonly b: Expr;
      /** A part of a whole: a numerator larger than the denominator is #NUM!. */
      readonly partOfWhole?: boolean;
    };

/**
 * A parameter by its declared name. `ifOmitted`: its value in this expression when the argument is
 * not given, where the function reads an omitted argument otherwise in another form (TICKETSPERENDPOINT
 * measures the months a ticket table covers, and takes a count as one month).
 */
export const arg = (name: string, ifOmitted?: number): Expr => ({ k: 'arg', name, ifOmitted });
export const num = (v: number): Expr => ({ k: 'num', v });
/** `name`: how messages call the result when it is the part or the whole of a ratio (a catalogue quantity). */
export const add = (a: Expr, b: Expr, name?: string): Expr => ({ k: '+', a, b, name });
export const sub = (a: Expr, b: Expr, name?: string): Expr => ({ k: '-', a, b, name });
export const mul = (a: Expr, b: Expr, name?: string): Expr => ({ k: '*', a, b, name });
export const div = (a: Expr, b: Expr): Expr => ({ k: '/', a, b });
/** a ÷ b where a is a part of b (lost ≤ at start, met ≤ total). */
export const share = (a: Expr, b: Expr): Expr => ({ k: '/', a, b, partOfWhole: true });

/** How messages name an operand: the parameter, the quantity it was declared as, or nothing better. */
export function exprName(e: Expr): string {
  if (e.k === 'arg') return e.name;
  if (e.k === 'num') return String(e.v);
  return ('name' in e && e.name) || '?';
}

/** The parameters an expression reads, in order of first use. */
export function exprArgs(e: Expr): string[] {
  if (e.k === 'arg') return [e.name];
  if (e.k === 'num') return [];
  return [...new Set([...exprArgs(e.a), ...exprArgs(e.b)])];
}

/** Evaluates an expression on parameter values (numbers already read and bounds-checked; null: omitted). */
export function evalExpr(e: Expr, env: Readonly<Record<string, number | null>>): number {
  switch (e.k) {
    case 'arg': {
      const v = env[e.name] ?? e.ifOmitted;
      if (v === undefined) throw new Error(`expression reads "${e.name}", which is not given`);
      return v;
    }
    case 'num':
      return e.v;
    case '+':
      return evalExpr(e.a, env) + evalExpr(e.b, env);
    case '-':
      return evalExpr(e.a, env) - evalExpr(e.b, env);
    case '*':
      return evalExpr(e.a, env) * evalExpr(e.b, env);
    case '/':
      return divide([exprName(e.a), evalExpr(e.a, env)], [exprName(e.b), evalExpr(e.b, env)], e.partOfWhole);
  }
}

/**
 * a ÷ b, named for messages (a parameter or a catalogue quantity such as `mrrAtStart`): a zero
 * denominator is #DIV/0!, and for a part of a whole a part larger than the whole is #NUM!. The one
 * division of the core: expressions use it, and so do ratios of quantities the core computes itself
 * (churn of a window, quick ratio).
 */
export function divide([aName, a]: [string, number], [bName, b]: [string, number], partOfWhole = false): number {
  if (b === 0) throw fail.div0('zero', { arg: bName });
  if (partOfWhole && a > b) throw fail.num('exceeds', { arg: aName, value: a, arg2: bName, value2: b });
  return a / b;
}
