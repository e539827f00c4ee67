import { FUNCTIONS } from '../registry';
import type { Benchmark, Better, Threshold } from '../spec';

/**
 * The benchmark catalogue of SPEC §4, as a view of the registry: each row is declared in its KPI's
 * declaration (`benchmark`), with its thresholds, window and source. BENCHMARK, TARGET, ADVICE,
 * KPIS, the templates' benchmark rows and the README read it here; names and advice per language
 * live in `../i18n`, keyed by the same ids. Built on first use: the registry imports the functions
 * that read it.
 */

export type { Benchmark, BenchmarkUnit, Better, Threshold, ThresholdBasis } from '../spec';

/** A KPI the catalogue rates: the id of the registry function whose result it rates. */
export type KpiId = string;

/** A catalogue row: the benchmark and the function it belongs to. */
export interface BenchmarkRow extends Benchmark {
  readonly kpi: KpiId;
}

let rows: readonly BenchmarkRow[] | undefined;
let byKpi: ReadonlyMap<string, BenchmarkRow> | undefined;

/** Every row, in registry order. */
export function catalog(): readonly BenchmarkRow[] {
  rows ??= FUNCTIONS.flatMap((f) => (f.benchmark ? [{ kpi: f.id, ...f.benchmark }] : []));
  return rows;
}

/** The ids of the rated KPIs, in registry order. */
export const kpiIds = (): readonly KpiId[] => catalog().map((r) => r.kpi);

/** The row of a kpi id (case-insensitive, `MSP.` prefix allowed), or undefined. */
export function findBenchmark(kpi: string): BenchmarkRow | undefined {
  byKpi ??= new Map(catalog().map((r) => [r.kpi, r]));
  return byKpi.get(
    kpi
      .trim()
      .toUpperCase()
      .replace(/^MSP\./, ''),
  );
}

export type Rating = 'best' | 'healthy' | 'watch' | 'act';

/** The share of the healthy threshold a value may miss it by and still be "Watch" (SPEC §3.5). */
export const WATCH_MARGIN = 0.2;

/**
 * Values that differ from a threshold only by binary floating-point noise count as equal to it, as
 * in Excel (where `=0.7+0.2>=0.9` is TRUE): 0.9 − 0.18 must land on Watch, not Act now.
 */
const tolerance = (t: number): number => 1e-12 * Math.max(1, Math.abs(t));

/** How far `value` is on the good side of `t` (negative: on the bad side). */
const surplus = (better: Better, value: number, t: number): number => (better === 'higher' ? value - t : t - value);

export function meets(better: Better, value: number, t: Threshold): boolean {
  const s = surplus(better, value, t.value);
  return t.strict ? s > tolerance(t.value) : s >= -tolerance(t.value);
}

/**
 * SPEC rating rule. "Misses the healthy threshold by at most 20 % of it" is read symmetrically:
 * the shortfall (healthy − value when higher is better, value − healthy when lower is better) is at
 * most 0.2 × |healthy|. So SLA (≥ 90 %) watches down to 72 %, CHURN (≤ 10 %) up to 12 %, and for a
 * strict threshold the value equal to it (TICKETSPERENDPOINT = 1) misses by 0: Watch.
 */
export function rate(kpi: KpiId | Benchmark, value: number): Rating {
  const row = typeof kpi === 'string' ? findBenchmark(kpi)! : kpi;
  if (row.best && meets(row.better, value, row.best)) return 'best';
  if (meets(row.better, value, row.healthy)) return 'healthy';
  const shortfall = -surplus(row.better, value, row.healthy.value);
  return shortfall <= WATCH_MARGIN * Math.abs(row.healthy.value) + tolerance(row.healthy.value) ? 'watch' : 'act';
}
