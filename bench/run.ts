import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Arg } from '../src/core/cells';
import { isKpiError } from '../src/core/errors';
import { evaluate } from '../src/core/evaluate';
import { FUNCTIONS } from '../src/core/registry';
import { businessHoursTable, clockedFunctionsTable } from './businessHours';
import { type BenchCase, INPUTS, type InputName, benchCases, cellCount } from './cases';
import { type ExcelFunction, excelOutcome, invocation, loadBundle, toExcelArgs } from './bundle';
import { allocatedBytes, bareScan, freshRange, gc, paired, retainedBytes, sampler } from './measure';
import { sheetBuildingTable } from './sheets';

/**
 * `npm run bench`: every range function of the registry on synthetic inputs at two sizes 10× apart.
 * Prints Markdown tables (ratio to a bare scan, 10× step, allocation, repeated recalculation, sheet
 * building, bundle size) and writes them to bench/results.md. Measured, not asserted: the targets
 * are printed beside the figures.
 */

const RATIO_TARGET = 5;
/**
 * Pairs (function, bare scan) timed per measure. A large input's call is one sample per pair, and
 * this machine's timings are bimodal (the same call 32 or 52 ms within one process): with 5 pairs,
 * seven runs of the shuffled long ledger gave medians from 3.4 to 6.1 for one function.
 */
const PAIRS = { small: 9, large: 15 } as const;
/** `run.ts --input NAME` measures one input kind and prints its measures as JSON (see measureAll). */
const CHILD_FLAG = '--input';
const ROOT = path.join(__dirname, '..');

interface Measure {
  readonly ms: number;
  readonly scanMs: number;
  /** Median of per-pair ratios function ÷ bare scan. */
  readonly ratio: number;
  readonly cells: number;
  readonly inputBytes: number;
  readonly allocBytes: number;
  /** A second, third … call with the same range object (a per-range cache may apply), and its ratio to a first call. */
  readonly sameRangeMs: number;
  readonly sameRangeRatio: number;
  readonly error?: string;
  /**
   * Through the built bundle, called as Excel calls it: ms and median ratio to a bare scan of the
   * same arguments, with the quartiles of the per-pair ratios.
   */
  readonly bundle?: {
    readonly ms: number;
    readonly ratio: number;
    readonly ratioQuartiles: readonly [number, number];
    readonly error?: string;
  };
}

const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));

/** The function from the bundle on the arguments as Excel hands them, each call on a new deserialisation. */
function measureBundle(fn: ExcelFunction, c: BenchCase, ranges: readonly Arg[], runs: number): Measure['bundle'] {
  const given = toExcelArgs(c.args(ranges));
  // Excel passes every declared parameter (null for one omitted), then the invocation object.
  const base = [...c.spec.params.map((_, i) => (i < given.length ? given[i] : null)), invocation(c.spec.id)];
  const excelRanges = base.slice(0, ranges.length) as Arg[];
  // Each call gets the arguments deserialised anew (untimed), as the runtime parses Excel's message on
  // every recalculation: every text a new string, whose hash V8 computes again when a function looks it
  // up, where reused strings would carry the hash cached by the previous call.
  const message = JSON.stringify(base);
  const fresh = (): unknown[] => JSON.parse(message) as unknown[];
  // Errors come back thrown, as the runtime's error class.
  const call = (a: unknown[]): unknown => {
    try {
      return fn(...a);
    } catch (e) {
      return e;
    }
  };
  const { error } = excelOutcome(fn, fresh());
  const scan = paired(
    sampler(fresh, call),
    sampler(() => excelRanges, bareScan),
    runs,
  );
  return { ms: scan.ms, ratio: scan.ratio, ratioQuartiles: scan.ratioQuartiles, ...(error ? { error } : {}) };
}

function measureCase(
  c: BenchCase,
  ranges: readonly Arg[],
  inputBytes: number,
  large: boolean,
  bundle: Map<string, ExcelFunction> | undefined,
): Measure {
  const base = c.args(ranges);
  // A new outer array per call, as Excel hands a new range on every recalculation.
  const fresh = (): Arg[] => base.map(freshRange);
  const call = (a: Arg[]) => evaluate(c.spec, a);
  const first = call(fresh());
  const error = isKpiError(first) ? `${first.code} ${first.message}` : undefined;
  const runs = large ? PAIRS.large : PAIRS.small;
  const firstCall = sampler(fresh, call);
  const scan = paired(
    firstCall,
    sampler(() => ranges, bareScan),
    runs,
  );
  const same = fresh();
  const again = paired(
    sampler(() => same, call),
    firstCall,
    large ? 3 : runs,
  );
  const allocBytes = allocatedBytes(() => {
    const args = fresh();
    return () => call(args);
  });
  return {
    ...(bundle?.has(c.spec.id) ? { bundle: measureBundle(bundle.get(c.spec.id)!, c, ranges, runs) } : {}),
    ms: scan.ms,
    scanMs: scan.referenceMs,
    ratio: scan.ratio,
    cells: cellCount(ranges),
    inputBytes,
    allocBytes,
    sameRangeMs: again.ms,
    sameRangeRatio: again.ratio,
    ...(error ? { error } : {}),
  };
}

/** Measures every case of one input kind, small and large, in this process. */
function measureInput(
  name: InputName,
  cases: readonly BenchCase[],
  bundle: Map<string, ExcelFunction> | undefined,
): [Measure, Measure][] {
  const kind = INPUTS[name];
  const mine = cases.filter((c) => c.input === name);
  const results: Measure[][] = [];
  for (const [i, size] of kind.sizes.entries()) {
    const started = Date.now();
    const { value: ranges, bytes } = retainedBytes(() => kind.build(size));
    results.push(mine.map((c) => measureCase(c, ranges, bytes, i === 1, bundle)));
    process.stderr.write(
      `  ${kind.name} ${size.toLocaleString('en')}: ${mine.length} functions in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    gc();
  }
  return mine.map((_, j) => [results[0]![j]!, results[1]![j]!]);
}

/**
 * Each input kind is measured in a child process of its own: in one long process the bare scan of
 * an input slowed down by up to 3× depending on which inputs had been built and scanned before
 * (heap state), which made the ratios depend on the order of the table rather than on the code.
 */
function measureAll(cases: readonly BenchCase[]): Map<BenchCase, [Measure, Measure]> {
  const out = new Map<BenchCase, [Measure, Measure]>();
  for (const name of [...new Set(cases.map((c) => c.input))]) {
    const json = execFileSync(process.execPath, [...process.execArgv, __filename, CHILD_FLAG, name], {
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
    const measures = JSON.parse(json.toString()) as [Measure, Measure][];
    cases.filter((c) => c.input === name).forEach((c, j) => out.set(c, measures[j]!));
  }
  return out;
}

function ratioTable(results: Map<BenchCase, [Measure, Measure]>): string {
  const lines = [
    `| Function | Input | Small | Large | Ratio to scan (small) | Ratio to scan (large) | Bundle ratio (small) | Bundle ratio (large) | Bundle, middle half of pairs (large) | 10× step (time ×) | Input cells × | Allocation (× input, large) | ms (small / large) | Bundle ms (small / large) |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [c, [s, l]] of results) {
    const kind = INPUTS[c.input];
    // The target is set at the large sizes; small inputs show what a call costs beyond its rows.
    const ratio = (m: { ratio: number; error?: string } | undefined, large = false): string => {
      if (!m) return '–';
      if (m.error) return `error`;
      return large && m.ratio > RATIO_TARGET ? `**${fmt(m.ratio)}** ✗` : fmt(m.ratio);
    };
    const bundleMs = s.bundle && l.bundle ? `${ms(s.bundle.ms)} / ${ms(l.bundle.ms)}` : '–';
    const spread = l.bundle && !l.bundle.error ? l.bundle.ratioQuartiles.map((q) => fmt(q)).join('–') : '–';
    lines.push(
      `| ${c.spec.id} | ${kind.name} | ${kind.sizes[0].toLocaleString('en')} | ${kind.sizes[1].toLocaleString('en')} | ${ratio(s)} | ${ratio(l, true)} | ${ratio(s.bundle)} | ${ratio(l.bundle, true)} | ${spread} | ${fmt(l.ms / s.ms)} | ${fmt(l.cells / s.cells)} | ${fmt(l.allocBytes / l.inputBytes, 2)} | ${ms(s.ms)} / ${ms(l.ms)} | ${bundleMs} |`,
    );
  }
  return lines.join('\n');
}

function recalcTable(results: Map<BenchCase, [Measure, Measure]>): string {
  const lines = [
    '| Function | Input (large) | 1st call, new range object (ms) | Again, same range object (ms) | Again ÷ 1st |',
    '|---|---|---:|---:|---:|',
  ];
  for (const [c, [, l]] of results) {
    lines.push(
      `| ${c.spec.id} | ${INPUTS[c.input].name} | ${ms(l.ms)} | ${ms(l.sameRangeMs)} | ${fmt(l.sameRangeRatio, 2)} |`,
    );
  }
  return lines.join('\n');
}

function scanTable(results: Map<BenchCase, [Measure, Measure]>): string {
  const seen = new Map<InputName, [Measure, Measure]>();
  for (const [c, m] of results) if (!seen.has(c.input)) seen.set(c.input, m);
  const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const lines = ['| Input | Size | Cells | Bare scan (ms) | Input heap size |', '|---|---|---:|---:|---:|'];
  for (const [name, pair] of seen) {
    const kind = INPUTS[name];
    pair.forEach((m, i) =>
      lines.push(
        `| ${kind.name} | ${kind.sizes[i]!.toLocaleString('en')} ${kind.unit} | ${m.cells.toLocaleString('en')} | ${ms(m.scanMs)} | ${mb(m.inputBytes)} |`,
      ),
    );
  }
  return lines.join('\n');
}

function errorsList(results: Map<BenchCase, [Measure, Measure]>): string[] {
  const out: string[] = [];
  for (const [c, pair] of results) {
    pair.forEach((m, i) => {
      const where = `${c.spec.id} on ${INPUTS[c.input].name} ${INPUTS[c.input].sizes[i]}`;
      if (m.error) out.push(`- ${where}: ${m.error}`);
      if (m.bundle?.error) out.push(`- ${where}, through the bundle: ${m.bundle.error}`);
    });
  }
  return out;
}

function machine(): string {
  const cpu =
    /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ??
    os.cpus()[0]?.model ??
    '?';
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  return `${os.availableParallelism()} cores (nproc), ${cpu}, Node ${process.version}, ${os.platform()} ${os.arch()}; load average at start ${load}`;
}

/** The production build, or why it failed. Always rebuilt: a dist/ left from an older build would be measured stale. */
function productionBuild(): string | undefined {
  process.stderr.write('  running the production build (bundle path and bundle size) …\n');
  try {
    execSync('npx webpack --mode production', { cwd: ROOT, stdio: 'pipe' });
    return undefined;
  } catch (e) {
    const output = String((e as { stdout?: Buffer }).stdout ?? '') + String((e as { stderr?: Buffer }).stderr ?? '');
    return /Error: .*/.exec(output)?.[0] ?? 'see `npm run build`';
  }
}

function bundleTable(buildError: string | undefined): string {
  if (buildError) return `_The production build failed, so no bundle size: ${buildError}_`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bundleSizes, markdown } = require('../scripts/bundleSize.js') as {
    bundleSizes: (dist: string) => unknown;
    markdown: (sizes: unknown) => string;
  };
  return markdown(bundleSizes(path.join(ROOT, 'dist')));
}

async function measureChild(name: InputName): Promise<void> {
  if (!(name in INPUTS)) throw new Error(`Unknown bench input ${name}.`);
  const bundle = existsSync(path.join(ROOT, 'dist', 'functions.js')) ? loadBundle() : undefined;
  process.stdout.write(JSON.stringify(measureInput(name, benchCases(FUNCTIONS).cases, bundle)));
}

async function main(): Promise<void> {
  const started = Date.now();
  const header = `Machine: ${machine()}.`;
  process.stderr.write(`${header}\n`);
  const { cases, unmeasured } = benchCases(FUNCTIONS);
  const buildError = productionBuild();
  if (buildError) rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  const results = measureAll(cases);
  const sheets = await sheetBuildingTable();
  const businessHours = businessHoursTable();
  const clocked = clockedFunctionsTable();
  const bundle = bundleTable(buildError);
  const errors = errorsList(results);
  const report = [
    '# Benchmarks',
    '',
    `${header} Generated by \`npm run bench\` in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
    `## Range functions: cost relative to a bare scan of the same input`,
    '',
    `Median of several calls after a warm-up, each call on a new range object (as Excel passes one per recalculation), the inputs deserialised from JSON as Excel's runtime hands them (flat strings, rows in memory order). ` +
      `Ratio = function time ÷ time of one pass touching every cell of the same input, measured in the same process (one process per input kind), timed in alternating pairs (${PAIRS.small} at the small size, ${PAIRS.large} at the large): the median of the per-pair ratios; target ≤ ${RATIO_TARGET} at the large size (✗ where the median misses it). ` +
      `Middle half of pairs = the quartiles of the per-pair ratios through the bundle at the large size, where one call is one sample: how far this machine's noise moves a single pair. ` +
      `10× step = large time ÷ small time for 10× the input (≈ 10 when linear; compare with "Input cells ×"). ` +
      `Allocation = bytes allocated during one call (V8 heap + array buffers, from V8's GC profiler) ÷ the input's own heap size. ` +
      `Bundle = the built \`dist/functions.js\` run on its own as Excel's runtime runs it (a fake \`CustomFunctions.associate\` registry; see bench/bundle.ts), each function called with the arguments as the runtime hands them (error cells as \`{ code, message }\` objects, every declared parameter, an invocation object last), deserialised anew for every call as the runtime parses Excel's message (untimed; every text a new string, so no string hash is left cached by the previous call): the adapter and the minified core together, against a bare scan of those same arguments.`,
    '',
    ratioTable(results),
    '',
    ...(unmeasured.length ? [`Range functions with no bench input yet: ${unmeasured.join(', ')}.`, ''] : []),
    ...(errors.length
      ? [
          'Calls that returned an error value instead of a result (their times measure the error path):',
          '',
          ...errors,
          '',
        ]
      : []),
    '### Inputs',
    '',
    scanTable(results),
    '',
    '## Repeated recalculation: the same range object again',
    '',
    'A function called again with the very same range object (HyperFormula, the CLI and the template evaluator can pass one; Excel passes a new array per call) may reuse its parse.',
    '',
    recalcTable(results),
    '',
    '## Business hours: 100 000 durations',
    '',
    'The hours column of 100 000 tickets (created, resolved) in business hours (SPEC §2.3) against the wall-clock column (`(resolved − created) × 24`), both from typed columns as the ticket table holds them. ' +
      'Ratio = median of per-pair ratios, business ÷ wall-clock. With a zone, local timestamps are read on its wall clock and UTC ones as instants (included). ' +
      '"Added to MSP.TTR" = the extra time ÷ MSP.TTR on a 100 000-row ticket table timed in the same process.',
    '',
    businessHours,
    '',
    '### MSP.TTR and MSP.SLA on the contract clock: 100 000 tickets',
    '',
    'The same function on the same table (a new range object per call), with `business_hours` and the 10 holidays against its wall-clock form; ratio = median of per-pair ratios.',
    '',
    clocked,
    '',
    '## Sheet building (wizard → Excel)',
    '',
    sheets,
    '',
    '## Bundle size',
    '',
    bundle,
    '',
  ].join('\n');
  writeFileSync(path.join(__dirname, 'results.md'), report);
  process.stdout.write(report);
}

const child = process.argv.indexOf(CHILD_FLAG);
(child > 0 ? measureChild(process.argv[child + 1] as InputName) : main()).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
