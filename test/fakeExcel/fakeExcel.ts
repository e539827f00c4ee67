/**
 * The one recording fake of the Excel JavaScript API, for the jest tests of the Excel code and (bundled
 * by test/fakeExcel/officeGlobals.ts) for the task pane page in the browser test. office-addin-mock
 * mocks plain objects only, while these tests need Excel's batch semantics.
 *
 * It behaves like Office.js where the add-in could get it wrong: operations are queued and run only
 * at `context.sync()`, in order; properties are readable only after load() + sync() (else it throws
 * PropertyNotLoaded); a missing sheet or table, or a taken sheet name, makes the sync reject; a
 * rejected batch is not rolled back (what ran before the failing operation stays done, as in Excel);
 * `*OrNullObject` gives isNullObject; an object is bound to one sheet once found (renaming it, or
 * giving its old name to another sheet, does not change which sheet it is); Excel.run sends what is
 * still queued when its batch returns. Like Excel on the web, it answers at most 5 MB per sync: a
 * sync whose loaded properties (as JSON) exceed that rejects with ResponsePayloadSizeLimitExceeded,
 * and a rejected sync loads nothing. Anything it does not model (fonts, fills, chart titles…) is
 * accepted and recorded.
 *
 * What it records: every sync (in all, per Excel.run, and those Excel.run made implicitly), each
 * sync's request and response in bytes, every cell write that reached the workbook, and every call
 * and property set as plain JSON (`log.ops`). Faults: `failAtSync` makes the n-th sync (1-based, over the fake's
 * life) reject after running the first half of its batch; `failAfterAdd` makes the first sync that
 * adds a sheet run its whole batch, then reject.
 */
import { EXCEL_WEB_PAYLOAD_CAP } from '../../src/taskpane/excel/payload';
import { parseRangeA1, rangeA1 } from '../../src/templates/a1';
import { CellGrid } from './cellGrid';
import type { RunFn } from '../../src/taskpane/excel/run';
import type { RangeRef } from '../../src/templates/sheetPlan';

export type Value = string | number | boolean;
/** What a range write sets. */
export type WriteKind = 'values' | 'formulas' | 'numberFormat';

export interface SheetModel {
  id: string;
  name: string;
  /** Values and formulas (without a calculation engine a formula reads as itself). */
  cells: CellGrid<Value>;
  /** Number formats by `row,col`. */
  formats: Map<string, string>;
  props: Map<string, string>;
  charts: { type: string; source: string }[];
  conditionalFormats: { type: string; range: string; rule?: unknown; criteria?: unknown }[];
  /** How many times activate() reached it. */
  activated: number;
  /** The selection Excel remembers for the sheet while another one is active. */
  selection: string;
}

export interface TableModel {
  name: string;
  sheet: string;
  address: string;
}

export interface FakeOptions {
  /** The workbook's sheets, each with data written from A1 (null: an empty cell) and custom properties. */
  sheets?: { name: string; data?: (Value | null)[][]; props?: Record<string, string> }[];
  tables?: TableModel[];
  selection?: { sheet: string; address: string };
  /** The n-th sync (1-based, over the fake's life) rejects after running the first half of its batch. */
  failAtSync?: number;
  /** The first sync that adds a sheet runs its whole batch, then rejects. */
  failAfterAdd?: boolean;
  /** Milliseconds a sync takes (a page under test gets time to render between requests). */
  latencyMs?: number;
}

/** One call or property set, as the add-in made it (in queueing order). */
export interface Op {
  /** Which Excel.run (1-based) and which batch of it (1 before its first sync). */
  run: number;
  batch: number;
  kind: 'set' | 'call';
  /** The object, as a path from the context (`worksheet("Data").getRange("A1").format.font`). */
  target: string;
  /** The sheet name the object was reached through, if any. */
  sheet: string | null;
  member: string;
  value?: unknown;
  args?: unknown[];
}

export interface FakeLog {
  ops: Op[];
  /** Every sync, explicit or made by Excel.run at its end. */
  syncs: number;
  /** The syncs Excel.run made because work was still queued when its batch returned. */
  implicitSyncs: number;
  runs: number;
  /** Syncs per Excel.run (1-based), implicit ones included. */
  runSyncs: Record<number, number>;
}

/** The workbook as plain JSON (what the browser test reads back from the page). */
export interface PlainWorkbook {
  sheets: { name: string; props: Record<string, string>; cells: Record<string, Value> }[];
  active: string | null;
}

const key = (r: number, c: number): string => `${r},${c}`;
const utf8 = new TextEncoder();
const WHOLE_COLUMN = 1_048_576;

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

/** 'A1:K301', '$A$1' or a whole column 'C:C' as a rectangle. */
function rect(local: string): RangeRef {
  const r = parseRangeA1(local);
  if (r) return r;
  const c = /^\$?([A-Z]{1,3})(?::\$?([A-Z]{1,3}))?$/i.exec(local);
  if (!c) throw officeError('InvalidArgument', `Bad address: ${local}`);
  const first = parseRangeA1(`${c[1]}1`)!.col;
  const last = parseRangeA1(`${c[2] ?? c[1]}1`)!.col;
  return { row: 0, col: Math.min(first, last), rows: WHOLE_COLUMN, cols: Math.abs(last - first) + 1 };
}

/** `Data!A1:B2`, or `'My sheet'!A1:B2` when the name needs quotes, as Excel spells addresses. */
const qualified = (sheet: string, local: string): string =>
  `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${local}`;

/** Excel's CurrentRegion: grow the rectangle while a filled cell touches its border. */
function currentRegion(sheet: SheetModel, r: RangeRef): RangeRef {
  const filled = (row: number, col: number): boolean => row >= 0 && col >= 0 && (sheet.cells.at(row, col) ?? '') !== '';
  let [top, left, bottom, right] = [r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1];
  for (let grown = true; grown;) {
    grown = false;
    for (let c = left - 1; c <= right + 1 && !grown; c++) {
      if (filled(top - 1, c)) [top, grown] = [top - 1, true];
      else if (filled(bottom + 1, c)) [bottom, grown] = [bottom + 1, true];
    }
    for (let row = top - 1; row <= bottom + 1 && !grown; row++) {
      if (filled(row, left - 1)) [left, grown] = [left - 1, true];
      else if (filled(row, right + 1)) [right, grown] = [right + 1, true];
    }
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

interface Queued {
  bytes: number;
  apply: () => void;
}

export class FakeExcel {
  sheets: SheetModel[] = [];
  tables: TableModel[];
  selection: { sheet: string; address: string };
  /** The n-th sync (1-based) rejects after running the first half of its batch. */
  failAt: number | undefined;
  readonly log: FakeLog = { ops: [], syncs: 0, implicitSyncs: 0, runs: 0, runSyncs: {} };
  /** Bytes written per sync (the request), in order. */
  readonly payloads: number[] = [];
  /** Bytes loaded per sync (the response, as JSON), in order, refused ones included. */
  readonly responses: number[] = [];
  /** Cell writes that reached the workbook, in order. */
  readonly writes: { sheet: string; address: string; kind: WriteKind }[] = [];
  private active: SheetModel | undefined;
  private failAfterAdd: boolean;
  private readonly latencyMs: number;
  private nextId = 1;
  /** The answer of the sync being run: its size, and the loads it hands over if it succeeds. */
  private answer = { bytes: 0, loads: [] as (() => void)[] };

  constructor(opts: FakeOptions = {}) {
    for (const s of opts.sheets ?? [{ name: 'Sheet1' }]) {
      const model = this.addSheet(s.name);
      (s.data ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) model.cells.put(r, c, v);
        }),
      );
      for (const [k, v] of Object.entries(s.props ?? {})) model.props.set(k, v);
    }
    this.tables = opts.tables ?? [];
    this.selection = opts.selection ?? { sheet: this.sheets[0]!.name, address: 'A1' };
    this.active = this.find(this.selection.sheet);
    this.failAt = opts.failAtSync;
    this.failAfterAdd = opts.failAfterAdd ?? false;
    this.latencyMs = opts.latencyMs ?? 0;
  }

  get syncs(): number {
    return this.log.syncs;
  }

  addSheet(name: string): SheetModel {
    const model: SheetModel = {
      id: `{S${this.nextId++}}`,
      name,
      cells: new CellGrid(),
      formats: new Map(),
      props: new Map(),
      charts: [],
      conditionalFormats: [],
      activated: 0,
      selection: 'A1',
    };
    this.sheets.push(model);
    return model;
  }

  /** A sheet by name (regardless of case, as Excel compares them) or by id. */
  find(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase() || s.id === name);
  }

  /** A sheet's content as text, to prove it was not touched. */
  snapshot(name: string): string {
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

  plain(): PlainWorkbook {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        props: Object.fromEntries(s.props),
        cells: Object.fromEntries(s.cells),
      })),
      active: this.active?.name ?? null,
    };
  }

  run: RunFn = async (batch) => {
    const ctx = new Context(this, ++this.log.runs);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued when the batch returns.
    if (ctx.queue.length > 0) {
      this.log.implicitSyncs++;
      await ctx.sync();
    }
    return result;
  };

  /** One request: runs a context's queue (or part of it, then fails, when a fault is injected). */
  async send(ctx: Context, queue: readonly Queued[]): Promise<void> {
    const n = ++this.log.syncs;
    this.log.runSyncs[ctx.run] = (this.log.runSyncs[ctx.run] ?? 0) + 1;
    this.payloads.push(queue.reduce((bytes, op) => bytes + op.bytes, 0));
    await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failing = this.failAt === n;
    const upTo = failing ? Math.ceil(queue.length / 2) : queue.length;
    const sheetsBefore = this.sheets.length;
    const answer: FakeExcel['answer'] = { bytes: 0, loads: [] };
    this.answer = answer;
    for (let i = 0; i < upTo; i++) queue[i]!.apply();
    this.responses.push(answer.bytes);
    if (failing) throw officeError('GeneralException', `Injected failure at sync ${n}`);
    if (this.failAfterAdd && this.sheets.length > sheetsBefore) {
      this.failAfterAdd = false;
      throw officeError('GeneralException', 'Injected failure after adding a sheet');
    }
    if (answer.bytes > EXCEL_WEB_PAYLOAD_CAP)
      throw officeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${answer.bytes} bytes) has exceeded the limit.`,
      );
    for (const load of answer.loads) load();
  }

  /** A load of the sync being run: `bytes` added to its answer, `deliver` run if the sync succeeds. */
  respond(bytes: number, deliver: () => void): void {
    this.answer.bytes += bytes;
    this.answer.loads.push(deliver);
  }

  /** Reads a rectangle of a sheet (a whole-column read stops at the last used row). */
  read(sheet: SheetModel, r: RangeRef, what: WriteKind): Value[][] {
    const rows = r.rows === WHOLE_COLUMN ? Math.max(0, Math.min(r.rows, sheet.cells.usedRows() - r.row)) : r.rows;
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) =>
        what === 'numberFormat'
          ? (sheet.formats.get(key(r.row + i, r.col + j)) ?? 'General')
          : (sheet.cells.at(r.row + i, r.col + j) ?? ''),
      ),
    );
  }

  write(sheet: SheetModel, local: string, kind: WriteKind, grid: unknown[][]): void {
    const r = rect(local);
    if (grid.length !== r.rows || grid.some((row) => row.length !== r.cols))
      throw officeError('InvalidArgument', `${kind} of ${local} does not match the range size`);
    this.writes.push({ sheet: sheet.name, address: local, kind });
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        if (kind === 'numberFormat') sheet.formats.set(key(r.row + i, r.col + j), String(v));
        else sheet.cells.put(r.row + i, r.col + j, v as Value);
      }),
    );
  }

  activate(sheet: SheetModel): void {
    if (this.active) this.active.selection = this.selection.address;
    this.active = sheet;
    sheet.activated++;
    this.selection = { sheet: sheet.name, address: sheet.selection };
  }

  activeSheet(): SheetModel | undefined {
    return this.active && this.sheets.includes(this.active) ? this.active : this.sheets[0];
  }
}

// ---- the API objects -------------------------------------------------------------------------------

type Impl = Record<string, unknown>;
/** Proxies to the description they were reached by, so arguments can be logged as JSON. */
const refs = new WeakMap<object, string>();

/** Plain JSON for the log: API objects become `{ ref: path }`. */
function plain(v: unknown): unknown {
  if (v !== null && (typeof v === 'object' || typeof v === 'function') && refs.has(v)) return { ref: refs.get(v) };
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v === undefined ? null : v;
}
const sizeOf = (v: unknown): number => utf8.encode(JSON.stringify(plain(v)) ?? '').length;

const notFound = (what: string): never => {
  throw officeError('ItemNotFound', `The requested resource ${what} doesn't exist.`);
};

class Context {
  queue: Queued[] = [];
  batch = 1;
  readonly workbook: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly fake: FakeExcel,
    readonly run: number,
  ) {
    this.workbook = workbook(this);
  }

  push(apply: () => void, bytes = 0): void {
    this.queue.push({ apply, bytes });
  }

  record(kind: Op['kind'], target: string, sheet: string | null, member: string, value: unknown): void {
    const op: Op = { run: this.run, batch: this.batch, kind, target, sheet, member };
    if (kind === 'set') op.value = value;
    else op.args = value as unknown[];
    this.fake.log.ops.push(op);
  }

  sync = async (): Promise<void> => {
    const queue = this.queue;
    this.queue = [];
    this.batch++;
    await this.fake.send(this, queue);
  };
}

/**
 * An API object: `impl`'s members as given (known behaviour), any other member a recording node —
 * reading gives a child node, setting records a 'set', calling records a 'call'; both add their
 * arguments to the request's size.
 */
function wrap(ctx: Context, desc: string, sheet: string | null, impl: Impl = {}, member = ''): unknown {
  const children = new Map<string, unknown>();
  const parent = desc.slice(0, Math.max(0, desc.length - member.length - 1));
  const proxy: object = new Proxy(function () {}, {
    get: (_t, prop) => {
      if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
      if (prop in impl) return impl[prop];
      if (prop === 'load')
        return () => {
          ctx.record('call', desc, sheet, 'load', []);
          return proxy;
        };
      if (!children.has(prop)) children.set(prop, wrap(ctx, `${desc}.${prop}`, sheet, {}, prop));
      return children.get(prop);
    },
    set: (_t, prop, value: unknown) => {
      ctx.record('set', desc, sheet, String(prop), plain(value));
      const setter = Object.getOwnPropertyDescriptor(impl, prop)?.set;
      if (setter) setter.call(impl, value);
      else ctx.push(() => undefined, sizeOf(value));
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      ctx.record('call', parent, sheet, member, args.map(plain));
      ctx.push(() => undefined, sizeOf(args));
      return wrap(ctx, `${desc}(${args.map((a) => JSON.stringify(plain(a))).join(',')})`, sheet);
    },
  });
  refs.set(proxy, desc);
  return proxy;
}

/** The properties a load() names (`'address, values'`, `'items/name'`); null when it names none (all of them). */
function loadedNames(what: unknown): string[] | null {
  const list = typeof what === 'string' ? what.split(',') : Array.isArray(what) ? what.map(String) : null;
  // isNullObject comes with any load of an *OrNullObject, as in Office.js.
  return list && [...list.map((p) => p.trim().split('/')[0]!).filter((p) => p !== ''), 'isNullObject'];
}

/**
 * Gives `impl` a load() and getters for properties readable once loaded and synced (`preset`: already
 * loaded, as a collection's items are), and queued setters. Returns the binder of the object's proxy,
 * which load() returns.
 */
function loadable(
  ctx: Context,
  impl: Impl,
  desc: string,
  label: string | null,
  read: () => Record<string, unknown>,
  names: readonly string[],
  setters: Record<string, (v: unknown) => void> = {},
  preset: Record<string, unknown> | null = null,
): (proxy: unknown) => void {
  let loaded = preset;
  let self: unknown;
  impl['load'] = (what?: unknown) => {
    ctx.record('call', desc, label, 'load', [plain(what)]);
    const wanted = loadedNames(what);
    ctx.push(() => {
      const all = read();
      const got = Object.fromEntries((wanted ?? Object.keys(all)).filter((p) => p in all).map((p) => [p, all[p]]));
      ctx.fake.respond(sizeOf(got), () => (loaded = { ...loaded, ...got }));
    });
    return self;
  };
  for (const p of new Set([...names, ...Object.keys(setters)])) {
    Object.defineProperty(impl, p, {
      get: () => {
        if (!loaded || !(p in loaded))
          throw officeError(
            'PropertyNotLoaded',
            `The property '${p}' of ${desc} is not loaded (load() and sync() first)`,
          );
        return loaded[p];
      },
      set: setters[p],
      enumerable: true,
    });
  }
  return (proxy) => (self = proxy);
}

function workbook(ctx: Context): unknown {
  const fake = ctx.fake;
  return wrap(ctx, 'workbook', null, {
    worksheets: worksheets(ctx),
    tables: tables(ctx),
    getSelectedRange: () => {
      ctx.record('call', 'workbook', null, 'getSelectedRange', []);
      return range(
        ctx,
        () => fake.find(fake.selection.sheet) ?? notFound(fake.selection.sheet),
        () => fake.selection.address,
        'selection',
        null,
      );
    },
  });
}

function worksheets(ctx: Context): unknown {
  const fake = ctx.fake;
  const impl: Impl = {};
  const bind = loadable(ctx, impl, 'worksheets', null, () => ({ items: fake.sheets.map((m) => sheetItem(ctx, m)) }), [
    'items',
  ]);
  const handle = (name: string, method: string, find: () => SheetModel | undefined, nullable = false) => {
    ctx.record('call', 'worksheets', name, method, [name]);
    return worksheet(ctx, find, name, nullable);
  };
  Object.assign(impl, {
    add: (name: string) => {
      let created: SheetModel | undefined;
      ctx.push(() => {
        if (fake.find(name)) throw officeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
        created = fake.addSheet(name);
      }, utf8.encode(name).length);
      return handle(name, 'add', () => created ?? notFound(name));
    },
    getItem: (name: string) => handle(name, 'getItem', () => fake.find(name) ?? notFound(name)),
    getItemOrNullObject: (name: string) => handle(name, 'getItemOrNullObject', () => fake.find(name), true),
    getActiveWorksheet: () => {
      const name = fake.activeSheet()?.name ?? '';
      ctx.record('call', 'worksheets', name, 'getActiveWorksheet', []);
      return worksheet(ctx, () => fake.activeSheet() ?? notFound('active worksheet'), name, false);
    },
  });
  const proxy = wrap(ctx, 'worksheets', null, impl);
  bind(proxy);
  return proxy;
}

/** A sheet as an item of a loaded collection: its name comes loaded with the collection. */
const sheetItem = (ctx: Context, m: SheetModel): unknown => worksheet(ctx, () => m, m.name, false, { name: m.name });

function worksheet(
  ctx: Context,
  lookup: () => SheetModel | undefined,
  label: string,
  nullable: boolean,
  preset: Record<string, unknown> | null = null,
): unknown {
  const fake = ctx.fake;
  const desc = `worksheet(${JSON.stringify(label)})`;
  let bound: SheetModel | undefined;
  // Bound to one sheet once found; a deleted sheet is gone.
  const resolve = (): SheetModel | undefined => {
    bound ??= lookup();
    return bound && fake.sheets.includes(bound) ? bound : undefined;
  };
  const model = (): SheetModel => resolve() ?? notFound(label);
  const impl: Impl = {};
  let isNull: boolean | undefined;
  if (nullable) ctx.push(() => (isNull = resolve() === undefined));
  const bind = loadable(
    ctx,
    impl,
    desc,
    label,
    () => {
      const m = resolve();
      if (!m) return nullable ? {} : notFound(label);
      return { id: m.id, name: m.name, position: fake.sheets.indexOf(m), visibility: 'Visible' };
    },
    ['id', 'visibility'],
    {
      name: (v) =>
        ctx.push(() => {
          const m = model();
          const other = fake.find(String(v));
          if (other && other !== m) throw officeError('ItemAlreadyExists', `A sheet named ${v} exists.`);
          m.name = String(v);
        }, sizeOf(v)),
      position: (v) =>
        ctx.push(() => {
          const m = model();
          fake.sheets.splice(fake.sheets.indexOf(m), 1);
          fake.sheets.splice(Math.min(Number(v), fake.sheets.length), 0, m);
        }),
    },
    preset,
  );
  Object.defineProperty(impl, 'isNullObject', {
    get: () => {
      if (!nullable) return false;
      if (isNull === undefined) throw officeError('PropertyNotLoaded', `isNullObject of ${desc} read before sync()`);
      return isNull;
    },
  });
  const call = (member: string, args: unknown[] = []) => ctx.record('call', desc, label, member, args);
  Object.assign(impl, {
    getRange: (address?: string) => {
      call('getRange', [address ?? null]);
      const local = address ?? 'A1:XFD1048576';
      return range(ctx, model, () => local, `${desc}.getRange(${JSON.stringify(address ?? null)})`, label);
    },
    activate: () => {
      call('activate');
      ctx.push(() => fake.activate(model()));
    },
    delete: () => {
      call('delete');
      ctx.push(() => {
        const m = model();
        fake.sheets.splice(fake.sheets.indexOf(m), 1);
      });
    },
    customProperties: customProperties(ctx, model, `${desc}.customProperties`, label),
    charts: wrap(ctx, `${desc}.charts`, label, {
      add: (type: string, source: unknown, seriesBy?: unknown) => {
        ctx.record('call', `${desc}.charts`, label, 'add', [type, plain(source), plain(seriesBy)]);
        const chart = { type, source: (source as { localAddress: () => string }).localAddress() };
        ctx.push(() => model().charts.push(chart), sizeOf([type, source, seriesBy]));
        return wrap(ctx, `${desc}.charts.add(${JSON.stringify(type)})`, label);
      },
    }),
  });
  const proxy = wrap(ctx, desc, label, impl);
  bind(proxy);
  return proxy;
}

function customProperties(ctx: Context, sheet: () => SheetModel, desc: string, label: string): unknown {
  return wrap(ctx, desc, label, {
    add: (k: string, v: string) => {
      ctx.record('call', desc, label, 'add', [k, v]);
      ctx.push(() => sheet().props.set(k, String(v)), utf8.encode(k + v).length);
    },
    getItemOrNullObject: (k: string) => {
      ctx.record('call', desc, label, 'getItemOrNullObject', [k]);
      const p: Impl = {};
      const itemDesc = `${desc}[${JSON.stringify(k)}]`;
      const bind = loadable(
        ctx,
        p,
        itemDesc,
        label,
        () => {
          const v = sheet().props.get(k);
          return { isNullObject: v === undefined, value: v ?? null, key: k };
        },
        ['isNullObject', 'value', 'key'],
      );
      const proxy = wrap(ctx, itemDesc, label, p);
      bind(proxy);
      return proxy;
    },
  });
}

function range(
  ctx: Context,
  sheet: () => SheetModel,
  local: () => string,
  desc: string,
  label: string | null,
): unknown {
  const fake = ctx.fake;
  const impl: Impl = {};
  const writer = (kind: WriteKind) => (grid: unknown) =>
    ctx.push(() => fake.write(sheet(), local(), kind, grid as unknown[][]), sizeOf(grid));
  const bind = loadable(
    ctx,
    impl,
    desc,
    label,
    () => {
      const m = sheet();
      const r = rect(local());
      // Cells are read only when loaded: a size costs nothing, as in Excel.
      return {
        address: qualified(m.name, local()),
        get values() {
          return fake.read(m, r, 'values');
        },
        get formulas() {
          return fake.read(m, r, 'formulas');
        },
        get numberFormat() {
          return fake.read(m, r, 'numberFormat');
        },
        rowCount: r.rows,
        columnCount: r.cols,
        cellCount: r.rows * r.cols,
      };
    },
    ['address', 'rowCount', 'columnCount', 'cellCount'],
    { values: writer('values'), formulas: writer('formulas'), numberFormat: writer('numberFormat') },
  );
  const call = (member: string, args: unknown[] = []) => ctx.record('call', desc, label, member, args);
  /** A range computed from this one (and `other`, a range or an address) when the batch runs. */
  const derived = (member: string, args: unknown[], shape: (r: RangeRef) => RangeRef) => {
    call(member, args.map(plain));
    const at = `${desc}.${member}(${args.map((a) => JSON.stringify(plain(a))).join(',')})`;
    return range(ctx, sheet, () => rangeA1(shape(rect(local()))), at, label);
  };
  const rectOf = (other: unknown): RangeRef =>
    rect(typeof other === 'string' ? other : (other as { localAddress: () => string }).localAddress());
  Object.assign(impl, {
    localAddress: local,
    getResizedRange: (deltaRows: number, deltaColumns: number) =>
      derived('getResizedRange', [deltaRows, deltaColumns], (r) => {
        const rows = r.rows + deltaRows;
        const cols = r.cols + deltaColumns;
        if (rows < 1 || cols < 1 || r.row + rows > WHOLE_COLUMN || r.col + cols > 16_384)
          throw officeError('InvalidArgument', `getResizedRange(${deltaRows}, ${deltaColumns}) leaves the sheet`);
        return { ...r, rows, cols };
      }),
    getIntersection: (other: unknown) =>
      derived('getIntersection', [other], (a) => {
        const b = rectOf(other);
        const [top, left] = [Math.max(a.row, b.row), Math.max(a.col, b.col)];
        const bottom = Math.min(a.row + a.rows, b.row + b.rows);
        const right = Math.min(a.col + a.cols, b.col + b.cols);
        if (bottom <= top || right <= left) throw officeError('ItemNotFound', 'The ranges do not intersect.');
        return { row: top, col: left, rows: bottom - top, cols: right - left };
      }),
    getBoundingRect: (other: unknown) =>
      derived('getBoundingRect', [other], (a) => {
        const b = rectOf(other);
        const [top, left] = [Math.min(a.row, b.row), Math.min(a.col, b.col)];
        const bottom = Math.max(a.row + a.rows, b.row + b.rows);
        const right = Math.max(a.col + a.cols, b.col + b.cols);
        return { row: top, col: left, rows: bottom - top, cols: right - left };
      }),
    getRow: (i: number) => {
      call('getRow', [i]);
      return range(
        ctx,
        sheet,
        () => rangeA1({ ...rect(local()), row: rect(local()).row + i, rows: 1 }),
        `${desc}.getRow(${i})`,
        label,
      );
    },
    getSurroundingRegion: () => {
      call('getSurroundingRegion');
      return range(
        ctx,
        sheet,
        () => rangeA1(currentRegion(sheet(), rect(local()))),
        `${desc}.getSurroundingRegion()`,
        label,
      );
    },
    conditionalFormats: wrap(ctx, `${desc}.conditionalFormats`, label, {
      add: (type: string) => {
        ctx.record('call', `${desc}.conditionalFormats`, label, 'add', [type]);
        const cf: SheetModel['conditionalFormats'][number] = { type, range: local() };
        ctx.push(() => sheet().conditionalFormats.push(cf), sizeOf(type));
        const at = `${desc}.conditionalFormats.add(${JSON.stringify(type)})`;
        const setting = (prop: 'criteria' | 'rule', path: string): unknown => {
          const node: Impl = {};
          Object.defineProperty(node, prop, { set: (v: unknown) => ctx.push(() => (cf[prop] = v), sizeOf(v)) });
          return wrap(ctx, `${at}.${path}`, label, node, path);
        };
        return wrap(ctx, at, label, {
          colorScale: setting('criteria', 'colorScale'),
          textComparison: setting('rule', 'textComparison'),
        });
      },
    }),
  });
  const proxy = wrap(ctx, desc, label, impl);
  bind(proxy);
  return proxy;
}

function tables(ctx: Context): unknown {
  const fake = ctx.fake;
  const impl: Impl = {};
  const bind = loadable(
    ctx,
    impl,
    'tables',
    null,
    () => ({ items: fake.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } })) }),
    ['items'],
  );
  impl['getItem'] = (name: string) => {
    ctx.record('call', 'tables', null, 'getItem', [name]);
    const table = (): TableModel =>
      fake.tables.find((t) => t.name.toUpperCase() === name.toUpperCase()) ?? notFound(name);
    const sheetOf = (): SheetModel => fake.find(table().sheet) ?? notFound(table().sheet);
    const desc = `table(${JSON.stringify(name)})`;
    const part = (which: 'header' | 'body' | 'range') => () => {
      const r = rect(table().address);
      return rangeA1(
        which === 'header' ? { ...r, rows: 1 } : which === 'body' ? { ...r, row: r.row + 1, rows: r.rows - 1 } : r,
      );
    };
    return wrap(ctx, desc, null, {
      getHeaderRowRange: () => range(ctx, sheetOf, part('header'), `${desc}.header`, null),
      getDataBodyRange: () => range(ctx, sheetOf, part('body'), `${desc}.body`, null),
      getRange: () => range(ctx, sheetOf, part('range'), `${desc}.range`, null),
    });
  };
  const proxy = wrap(ctx, 'tables', null, impl);
  bind(proxy);
  return proxy;
}
