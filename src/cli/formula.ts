import { type ErrorCode, cellName, toErrorCode } from '../core/errors';

/**
 * The formula language SheetPlans use (Excel's English syntax with `,` separators), parsed to a
 * tree so the CLI can both compute a formula with the core and rewrite its `MSP.*` calls into
 * native Excel. Covers what templates write: literals, cell and range references (sheet-qualified,
 * `$` anchors, `A1#` spill references), function calls, arithmetic, `&` and comparisons.
 */

export type BinaryOp = '=' | '<>' | '<' | '>' | '<=' | '>=' | '&' | '+' | '-' | '*' | '/' | '^';

export type Node =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'err'; readonly v: ErrorCode }
  | {
      readonly k: 'ref';
      readonly sheet?: string;
      readonly row: number;
      readonly col: number;
      readonly row2?: number;
      readonly col2?: number;
      readonly spill?: boolean;
    }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly (Node | null)[] }
  | { readonly k: 'neg'; readonly a: Node }
  | { readonly k: 'pct'; readonly a: Node }
  | { readonly k: 'bin'; readonly op: BinaryOp; readonly a: Node; readonly b: Node };

export type RefNode = Extract<Node, { k: 'ref' }>;

export class FormulaSyntaxError extends Error {}

const PRECEDENCE: Record<BinaryOp, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)/;
const SHEET = /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*(?=\s*\()/;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const ERROR = /^#(DIV\/0!|N\/A|NUM!|VALUE!|REF!|NAME\?|NULL!)/i;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const n = this.comparison();
    this.ws();
    if (this.i < this.s.length) throw this.error('unexpected text');
    return n;
  }

  private error(what: string): FormulaSyntaxError {
    return new FormulaSyntaxError(`${what} at position ${this.i + 1} of "${this.s}"`);
  }

  private ws(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  private rest(): string {
    this.ws();
    return this.s.slice(this.i);
  }

  private take(token: string): boolean {
    if (this.rest().startsWith(token)) {
      this.i += token.length;
      return true;
    }
    return false;
  }

  private binary(level: number, next: () => Node, ops: readonly BinaryOp[]): Node {
    let a = next();
    for (;;) {
      // Longest operators first so `<=` is not read as `<`.
      const op = [...ops].sort((x, y) => y.length - x.length).find((o) => this.rest().startsWith(o));
      if (!op || PRECEDENCE[op] !== level) return a;
      this.i += op.length;
      a = { k: 'bin', op, a, b: next() };
    }
  }

  private comparison = (): Node => this.binary(1, this.concat, ['<=', '>=', '<>', '=', '<', '>']);
  private concat = (): Node => this.binary(2, this.additive, ['&']);
  private additive = (): Node => this.binary(3, this.term, ['+', '-']);
  private term = (): Node => this.binary(4, this.unary, ['*', '/']);

  private unary = (): Node => {
    if (this.take('-')) return { k: 'neg', a: this.unary() };
    if (this.take('+')) return this.unary();
    return this.binary(5, this.postfix, ['^']);
  };

  private postfix = (): Node => {
    let a = this.primary();
    while (this.take('%')) a = { k: 'pct', a };
    return a;
  };

  private primary(): Node {
    const r = this.rest();
    if (this.take('(')) {
      const inner = this.comparison();
      if (!this.take(')')) throw this.error('missing )');
      return inner;
    }
    if (r.startsWith('"')) return this.string();
    const err = ERROR.exec(r);
    if (err) {
      this.i += err[0].length;
      return { k: 'err', v: toErrorCode(err[0])! };
    }
    const num = NUMBER.exec(r);
    if (num) {
      this.i += num[0].length;
      return { k: 'num', v: Number(num[0]) };
    }
    const name = NAME.exec(r);
    if (name) {
      this.i += name[0].length;
      this.take('(');
      return { k: 'call', name: name[0].toUpperCase(), args: this.args() };
    }
    const ref = this.reference();
    if (ref) return ref;
    if (/^(TRUE|FALSE)\b/i.test(r)) {
      this.i += r[0]!.toUpperCase() === 'T' ? 4 : 5;
      return { k: 'bool', v: r[0]!.toUpperCase() === 'T' };
    }
    throw this.error('unexpected token');
  }

  private string(): Node {
    let out = '';
    this.i++; // opening quote
    for (;;) {
      const ch = this.s[this.i++];
      if (ch === undefined) throw this.error('unterminated text');
      if (ch === '"') {
        if (this.s[this.i] !== '"') return { k: 'str', v: out };
        this.i++;
      }
      out += ch;
    }
  }

  private args(): (Node | null)[] {
    const args: (Node | null)[] = [];
    if (this.take(')')) return args;
    for (;;) {
      const r = this.rest();
      args.push(r.startsWith(',') || r.startsWith(')') ? null : this.comparison());
      if (this.take(')')) return args;
      if (!this.take(',')) throw this.error('expected , or )');
    }
  }

  private reference(): RefNode | undefined {
    let r = this.rest();
    const start = this.i;
    let sheet: string | undefined;
    const sh = SHEET.exec(r);
    if (sh) {
      sheet = sh[1] !== undefined ? sh[1].replace(/''/g, "'") : sh[2];
      this.i += sh[0].length;
      r = this.s.slice(this.i);
    }
    const a = CELL.exec(r);
    if (!a) {
      this.i = start;
      return undefined;
    }
    this.i += a[0].length;
    const row = Number(a[2]) - 1;
    const col = colIndex(a[1]!);
    const base = sheet === undefined ? {} : { sheet };
    if (this.s[this.i] === ':') {
      const b = CELL.exec(this.s.slice(this.i + 1));
      if (!b) throw this.error('bad range');
      this.i += 1 + b[0].length;
      const row2 = Number(b[2]) - 1;
      const col2 = colIndex(b[1]!);
      return {
        k: 'ref',
        ...base,
        row: Math.min(row, row2),
        col: Math.min(col, col2),
        row2: Math.max(row, row2),
        col2: Math.max(col, col2),
      };
    }
    if (this.s[this.i] === '#') {
      this.i++;
      return { k: 'ref', ...base, row, col, spill: true };
    }
    return { k: 'ref', ...base, row, col };
  }
}

/** Parses a formula (with or without its leading `=`). Throws FormulaSyntaxError. */
export function parseFormula(text: string): Node {
  return new Parser(text.replace(/^\s*=/, '')).parse();
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function refText(n: RefNode): string {
  const sheet = n.sheet === undefined ? '' : `${quoteSheet(n.sheet)}!`;
  const a = cellName(n.row, n.col);
  if (n.spill) return `${sheet}${a}#`;
  return n.row2 === undefined || n.col2 === undefined || (n.row2 === n.row && n.col2 === n.col)
    ? `${sheet}${a}`
    : `${sheet}${a}:${cellName(n.row2, n.col2)}`;
}

function numberText(v: number): string {
  // 15 significant digits, as Excel stores; no exponent for ordinary magnitudes.
  return String(Number(v.toPrecision(15)));
}

/** Prints a tree back as formula text (no leading `=`), with only the parentheses it needs. */
export function printFormula(n: Node, parentPrecedence = 0): string {
  switch (n.k) {
    case 'num':
      return numberText(n.v);
    case 'str':
      return `"${n.v.replace(/"/g, '""')}"`;
    case 'bool':
      return n.v ? 'TRUE' : 'FALSE';
    case 'err':
      return n.v;
    case 'ref':
      return refText(n);
    case 'call':
      return `${n.name}(${n.args.map((a) => (a === null ? '' : printFormula(a))).join(',')})`;
    case 'neg':
      return `-${printFormula(n.a, 6)}`;
    case 'pct':
      return `${printFormula(n.a, 7)}%`;
    case 'bin': {
      const p = PRECEDENCE[n.op];
      // Left-associative: the right operand of equal precedence needs brackets (a-(b-c)).
      const text = `${printFormula(n.a, p)}${n.op}${printFormula(n.b, p + 1)}`;
      return p < parentPrecedence ? `(${text})` : text;
    }
  }
}
