import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Arg } from '../src/core/cells';

/**
 * Timing and allocation measures for the bench. Times are medians of several calls after a warm-up;
 * the headline is the ratio to a bare scan of the same input measured in the same process, so a
 * busy or slower machine changes the absolute times more than the ratios.
 */

v8.setFlagsFromString('--expose_gc');
/** A full collection on demand, without asking for a node flag (so `tsx bench/run.ts` needs none). */
export const gc: () => void = vm.runInNewContext('gc');

/** The `q` quantile (0 ≤ q ≤ 1) of a non-empty list, interpolated between its two nearest values. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const below = Math.floor(at);
  return s[below]! + (s[Math.ceil(at)]! - s[below]!) * (at - below);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Milliseconds of one call. */
export function timeOnce(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** A sample shorter than this is timed as a loop of calls, so timer resolution and noise do not dominate. */
const MIN_SAMPLE_MS = 5;
/**
 * Warm-up: at least this many calls and this long, so the optimising compiler has run (with 40 ms,
 * the first functions measured on the large ledger came out up to twice as slow as the same
 * functions measured later in the same process).
 */
const WARMUP_CALLS = 5;
const WARMUP_MS = 250;

/**
 * Warms a call up and returns a sampler: each sample times a loop of calls long enough to measure
 * and gives the per-call milliseconds. `prepare` makes each call's input untimed beforehand (a new
 * range object, or the same one for a cached call).
 */
export function sampler<T>(prepare: () => T, call: (input: T) => unknown): () => number {
  const started = performance.now();
  for (let i = 0; i < WARMUP_CALLS || performance.now() - started < WARMUP_MS; i++) call(prepare());
  const probe = prepare();
  const reps = Math.min(
    1000,
    Math.max(
      1,
      Math.ceil(
        MIN_SAMPLE_MS /
          Math.max(
            timeOnce(() => call(probe)),
            0.001,
          ),
      ),
    ),
  );
  return () => {
    const inputs = Array.from({ length: reps }, prepare);
    return timeOnce(() => inputs.forEach(call)) / reps;
  };
}

/**
 * Two timings sampled alternately, so both see the same machine load: medians of each, and the
 * median of the per-pair ratios f ÷ reference (steadier than the ratio of the medians), with the
 * quartiles of those ratios to show how far one pair strays from the next.
 */
export function paired(
  f: () => number,
  reference: () => number,
  runs: number,
): { ms: number; referenceMs: number; ratio: number; ratioQuartiles: readonly [number, number] } {
  const fs: number[] = [];
  const rs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = reference();
    const b = f();
    rs.push(a);
    fs.push(b);
    ratios.push(b / a);
  }
  return {
    ms: median(fs),
    referenceMs: median(rs),
    ratio: median(ratios),
    ratioQuartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
  };
}

let sink = 0;
/**
 * The reference every function is compared with: one pass over every cell of every range argument,
 * reading each value as a function must at the least (type test, number or text length).
 */
export function bareScan(args: readonly Arg[]): number {
  let s = 0;
  for (const a of args) {
    if (!Array.isArray(a)) continue;
    for (const row of a) {
      for (const cell of row) {
        if (typeof cell === 'number') s += cell;
        else if (typeof cell === 'string') s += cell.length;
        else if (cell === true) s++;
      }
    }
  }
  sink ^= s;
  return sink;
}

const heapNow = (): number => {
  const h = v8.getHeapStatistics();
  return h.used_heap_size + h.external_memory;
};

/**
 * Bytes allocated by one call: heap growth over the call plus what the collector freed during it
 * (read from V8's GC profiler), V8 heap and array buffers both. Not a peak: the total handed out.
 * The median of three calls, made after the timing runs so the code is already optimised (the
 * first calls of cold code allocate more, and background compilation adds noise).
 */
export function allocatedBytes(prepare: () => () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const call = prepare();
    gc();
    gc();
    const profiler = new v8.GCProfiler();
    const before = heapNow();
    profiler.start();
    const keep = call();
    const stats = profiler.stop()?.statistics ?? [];
    const after = heapNow();
    let freed = 0;
    for (const s of stats) {
      const b = s.beforeGC.heapStatistics;
      const a = s.afterGC.heapStatistics;
      freed += b.usedHeapSize + b.externalMemory - (a.usedHeapSize + a.externalMemory);
    }
    sink ^= keep === undefined ? 0 : 1;
    samples.push(after - before + freed);
  }
  return Math.max(0, median(samples));
}

/** Bytes an input holds once built (what survives a full collection). */
export function retainedBytes<T>(build: () => T): { value: T; bytes: number } {
  gc();
  const before = heapNow();
  const value = build();
  gc();
  return { value, bytes: heapNow() - before };
}

/** A fresh outer array over the same rows: to the core a new range object, so no per-range cache applies. */
export const freshRange = <T>(a: T): T => (Array.isArray(a) ? (a.slice() as T) : a);
