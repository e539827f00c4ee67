/**
 * A small recording fake of the Excel JavaScript API, for the applier tests (office-addin-mock
 * mocks plain objects only, while these tests need Excel's batch semantics). Like Office.js:
 * operations are queued and run only at `context.sync()`; loaded properties are readable only after
 * the sync; a missing sheet or table, or a taken sheet name, makes the sync reject; a rejected
 * batch is not rolled back (what ran before the failing operation stays done, as in Excel).
 * It records each sync's payload size (bytes of JSON sent by writes) and every write.
 */
import { parseRangeA1, rangeA1 } from '../../src/templates/a1';
import type { RunFn } from '../../src/taskpane/excel/run';

type Value = string | number | boolean;

export interface SheetModel {
  id: string;
  name: string;
  cells: Map<string, Value>;
  formats: Map<string, string>;
  props: Map<string, string>;
  charts: { type: string; source: string; title?: string; categories?: string }[];
  conditionalFormats: { type: string; range: string; rule?: unknown; criteria?: unknown }[];
  activated: number;
}

export interface FakeOptions {
  sheets?: { name: string; data?: Value[][] }[];
  tables?: { name: string; sheet: string; address: string }[];
  selection?: { sheet: string; address: string };
  /** The n-th sync (1-based, over the fake's life) rejects after running the first half of its batch. */
  failAtSync?: number;
}

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const key = (r: number, c: number): string => `${r},${c}`;
const utf8 = new TextEncoder();

export class FakeExcel {
  sheets: SheetModel[] = [];
  tables: { name: string; sheet: string; address: string }[];
  selection: { sheet: string; address: string };
  syncs = 0;
  /** Bytes written per sync, in order. */
  payloads: number[] = [];
  writes: { sheet: string; address: string; kind: string }[] = [];
  /** The n-th sync (1-based) rejects after running the first half of its batch. */
  failAt: number | undefined;
  private nextId = 1;

  constructor(opts: FakeOptions = {}) {
    for (const s of opts.sheets ?? [{ name: 'Sheet1' }]) {
      const model = this.addSheet(s.name);
      (s.data ?? []).forEach((row, r) => row.forEach((v, c) => model.cells.set(key(r, c), v)));
    }
    this.tables = opts.tables ?? [];
    this.selection = opts.selection ?? { sheet: this.sheets[0]!.name, address: 'A1' };
    this.failAt = opts.failAtSync;
  }

  addSheet(name: string): SheetModel {
    const model: SheetModel = {
      id: `{S${this.nextId++}}`,
      name,
      cells: new Map(),
      formats: new Map(),
      props: new Map(),
      charts: [],
      conditionalFormats: [],
      activated: 0,
    };
    this.sheets.push(model);
    return model;
  }

  find(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase() || s.id === name);
  }

  /** A deep copy of a sheet's content, to prove it was not touched. */
  snapshot(name: string): unknown {
    const s = this.find(name)!;
    return JSON.stringify({
      name: s.name,
      cells: [...s.cells],
      formats: [...s.formats],
      props: [...s.props],
      charts: s.charts,
      cf: s.conditionalFormats,
    });
  }

  values(sheet: SheetModel, address: string): Value[][] {
    const r = parseRangeA1(address)!;
    return Array.from({ length: r.rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) => sheet.cells.get(key(r.row + i, r.col + j)) ?? ''),
    );
  }

  run: RunFn = async (batch) => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued when the batch returns.
    if (ctx.queue.length) await ctx.sync();
    return result;
  };

  /** Called by a context's sync: runs its queue (or half of it, then fails, when injected). */
  runQueue(queue: Op[]): void {
    this.syncs++;
    const failing = this.failAt === this.syncs;
    const upTo = failing ? Math.ceil(queue.length / 2) : queue.length;
    this.payloads.push(queue.reduce((n, op) => n + op.bytes, 0));
    for (let i = 0; i < upTo; i++) queue[i]!.apply();
    if (failing) throw new ExcelError('GeneralException', 'Injected failure');
  }
}

interface Op {
  bytes: number;
  apply: () => void;
}

class FakeContext {
  queue: Op[] = [];
  workbook: unknown;
  constructor(readonly fake: FakeExcel) {
    this.workbook = {
      worksheets: new Worksheets(this),
      tables: new Tables(this),
      getSelectedRange: () => {
        const s = fake.selection;
        return new Range(this, () => fake.find(s.sheet)!, s.address);
      },
    };
  }
  push(apply: () => void, bytes = 0): void {
    this.queue.push({ apply, bytes });
  }
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.fake.runQueue(queue);
  }
}

const notLoaded = (what: string): never => {
  throw new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
};

/** Records property sets and method calls on objects the fake does not model (fonts, fills, charts …). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a recorder stands in for any Office object
function recorder(ctx: FakeContext, path: string, onSet?: (prop: string, v: unknown) => void): any {
  const size = (v: unknown): number => {
    try {
      return utf8.encode(JSON.stringify(v) ?? '').length;
    } catch {
      return 64; // an API object passed as an argument (a range): a reference, not data
    }
  };
  return new Proxy(function () {}, {
    get: (_t, prop) => (prop === 'then' ? undefined : recorder(ctx, `${path}.${String(prop)}`)),
    set: (_t, prop, v: unknown) => {
      ctx.push(() => onSet?.(String(prop), v), size(v));
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      ctx.push(() => undefined, size(args));
      return recorder(ctx, `${path}()`);
    },
  });
}

class Worksheets {
  items: Worksheet[] = [];
  constructor(private readonly ctx: FakeContext) {}
  load(): this {
    this.ctx.push(() => {
      this.items = this.ctx.fake.sheets.map((m) => new Worksheet(this.ctx, () => m, { name: m.name }));
    });
    return this;
  }
  add(name: string): Worksheet {
    let model: SheetModel | undefined;
    this.ctx.push(() => {
      if (this.ctx.fake.find(name)) throw new ExcelError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      model = this.ctx.fake.addSheet(name);
    }, name.length);
    return new Worksheet(this.ctx, () => model ?? notFound(name));
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.fake.find(name) ?? notFound(name));
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.fake.find(name), undefined, true);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.fake.sheets[0]!);
  }
}

const notFound = (name: string): never => {
  throw new ExcelError('ItemNotFound', `The requested resource ${name} doesn't exist.`);
};

class Worksheet {
  private state: { id?: string; name?: string; position?: number; isNullObject?: boolean } = {};
  customProperties: unknown;
  charts: unknown;
  freezePanes: unknown;
  private bound: SheetModel | undefined;
  private readonly resolve: () => SheetModel | undefined;
  constructor(
    private readonly ctx: FakeContext,
    lookup: () => SheetModel | undefined,
    preset?: { name: string },
    private readonly nullable = false,
  ) {
    // Like an Office.js proxy, the object is bound to one sheet once found: renaming it, or giving
    // its old name to another sheet, does not change which sheet it is.
    this.resolve = () => (this.bound ??= lookup());
    if (preset) this.state = { ...preset };
    const model = (): SheetModel => this.resolve() ?? notFound('worksheet');
    this.customProperties = {
      add: (k: string, v: string) => ctx.push(() => model().props.set(k, v), utf8.encode(k + v).length),
      getItemOrNullObject: (k: string) => {
        const p: { value?: string; isNullObject?: boolean; load: () => unknown } = {
          load: () => (
            ctx.push(() => {
              const v = model().props.get(k);
              p.isNullObject = v === undefined;
              p.value = v;
            }),
            p
          ),
        };
        return p;
      },
    };
    this.charts = {
      add: (type: string, source: Range) => {
        const chart: SheetModel['charts'][number] = { type, source: source.address_ };
        ctx.push(() => model().charts.push(chart), 64);
        return recorder(ctx, 'chart', () => undefined);
      },
    };
    this.freezePanes = recorder(ctx, 'freezePanes');
  }
  get name(): string {
    return this.state.name ?? notLoaded('name');
  }
  set name(v: string) {
    this.ctx.push(() => {
      const m = this.resolve() ?? notFound('worksheet');
      if (this.ctx.fake.sheets.some((s) => s !== m && s.name.toUpperCase() === v.toUpperCase()))
        throw new ExcelError('ItemAlreadyExists', v);
      m.name = v;
    }, v.length);
  }
  get position(): number {
    return this.state.position ?? notLoaded('position');
  }
  set position(v: number) {
    this.ctx.push(() => {
      const m = this.resolve() ?? notFound('worksheet');
      const list = this.ctx.fake.sheets;
      list.splice(list.indexOf(m), 1);
      list.splice(v, 0, m);
    });
  }
  get id(): string {
    return this.state.id ?? notLoaded('id');
  }
  get isNullObject(): boolean {
    return this.state.isNullObject ?? notLoaded('isNullObject');
  }
  load(): this {
    this.ctx.push(() => {
      const m = this.resolve();
      if (!m && !this.nullable) notFound('worksheet');
      this.state = m
        ? { id: m.id, name: m.name, position: this.ctx.fake.sheets.indexOf(m), isNullObject: false }
        : { isNullObject: true };
    });
    return this;
  }
  activate(): void {
    this.ctx.push(() => (this.resolve() ?? notFound('worksheet')).activated++);
  }
  delete(): void {
    this.ctx.push(() => {
      const m = this.resolve() ?? notFound('worksheet');
      this.ctx.fake.sheets.splice(this.ctx.fake.sheets.indexOf(m), 1);
    });
  }
  getRange(address: string): Range {
    return new Range(this.ctx, () => this.resolve() ?? notFound('worksheet'), address);
  }
}

class Range {
  private loadedValues?: Value[][];
  private loadedAddress?: string;
  private loadedCount?: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a recorder (see above)
  format: any;
  conditionalFormats: unknown;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    readonly address_: string,
  ) {
    this.format = recorder(ctx, `range(${address_}).format`);
    this.conditionalFormats = {
      add: (type: string) => {
        const cf: SheetModel['conditionalFormats'][number] = { type, range: address_ };
        ctx.push(() => this.sheet().conditionalFormats.push(cf), 32);
        return {
          colorScale: recorder(ctx, 'colorScale', (p, v) => p === 'criteria' && (cf.criteria = v)),
          textComparison: {
            format: recorder(ctx, 'cf.format'),
            set rule(v: unknown) {
              ctx.push(() => (cf.rule = v), JSON.stringify(v).length);
            },
          },
        };
      },
    };
  }
  private write(kind: string, grid: unknown[][]): void {
    const r = parseRangeA1(this.address_)!;
    if (grid.length !== r.rows || grid.some((row) => row.length !== r.cols))
      throw new Error(`${kind} of ${this.address_} is not a whole rectangle of its size`);
    this.ctx.push(
      () => {
        const m = this.sheet();
        this.ctx.fake.writes.push({ sheet: m.name, address: this.address_, kind });
        grid.forEach((row, i) =>
          row.forEach((v, j) =>
            (kind === 'numberFormat' ? m.formats : m.cells).set(key(r.row + i, r.col + j), v as Value),
          ),
        );
      },
      utf8.encode(JSON.stringify(grid)).length,
    );
  }
  set values(v: Value[][]) {
    this.write('values', v);
  }
  get values(): Value[][] {
    return this.loadedValues ?? notLoaded('values');
  }
  set formulas(v: Value[][]) {
    this.write('formulas', v);
  }
  set numberFormat(v: string[][]) {
    this.write('numberFormat', v);
  }
  get address(): string {
    return this.loadedAddress ?? notLoaded('address');
  }
  get cellCount(): number {
    return this.loadedCount ?? notLoaded('cellCount');
  }
  load(): this {
    this.ctx.push(() => {
      const m = this.sheet();
      this.loadedValues = this.ctx.fake.values(m, this.address_);
      this.loadedAddress = `${/^[A-Za-z0-9_]+$/.test(m.name) ? m.name : `'${m.name.replace(/'/g, "''")}'`}!${this.address_}`;
      const r = parseRangeA1(this.address_)!;
      this.loadedCount = r.rows * r.cols;
    });
    return this;
  }
  getRow(i: number): Range {
    const r = parseRangeA1(this.address_)!;
    return new Range(this.ctx, this.sheet, rangeA1({ ...r, row: r.row + i, rows: 1 }));
  }
  getSurroundingRegion(): Range {
    // The fake's region: the rectangle of filled cells from A1 (enough for these tests).
    const m = (): SheetModel => this.sheet();
    const region = new Range(this.ctx, m, 'A1');
    const resolve = () => {
      let rows = 0;
      let cols = 0;
      for (const k of m().cells.keys()) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
      return rangeA1({ row: 0, col: 0, rows: Math.max(1, rows), cols: Math.max(1, cols) });
    };
    return Object.assign(region, {
      load: () => (
        this.ctx.push(
          () => ((region as unknown as { loadedAddress: string }).loadedAddress = `${m().name}!${resolve()}`),
        ),
        region
      ),
    });
  }
}

class Tables {
  items: { name: string; worksheet: { name: string } }[] = [];
  constructor(private readonly ctx: FakeContext) {}
  load(): this {
    this.ctx.push(
      () => (this.items = this.ctx.fake.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } }))),
    );
    return this;
  }
  getItem(name: string) {
    const table = () => this.ctx.fake.tables.find((t) => t.name.toUpperCase() === name.toUpperCase()) ?? notFound(name);
    const part = (which: 'header' | 'body') => {
      let range: Range | undefined;
      const lazy = {
        load: () => {
          this.ctx.push(() => {
            const t = table();
            const r = parseRangeA1(t.address)!;
            const sub = which === 'header' ? { ...r, rows: 1 } : { ...r, row: r.row + 1, rows: r.rows - 1 };
            range = new Range(this.ctx, () => this.ctx.fake.find(t.sheet)!, rangeA1(sub));
            // Load synchronously inside this sync: the range's own load op would run too late.
            const m = this.ctx.fake.find(t.sheet)!;
            Object.assign(range, {
              loadedValues: this.ctx.fake.values(m, rangeA1(sub)),
              loadedAddress: `${t.sheet}!${rangeA1(sub)}`,
            });
          });
          return lazy;
        },
        get values() {
          return range ? range.values : notLoaded('values');
        },
        get address() {
          return range ? range.address : notLoaded('address');
        },
      };
      return lazy;
    };
    return { getHeaderRowRange: () => part('header'), getDataBodyRange: () => part('body') };
  }
}
