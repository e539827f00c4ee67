/**
 * The benchmark catalogue of SPEC §4: every row declared once, here, with its source. BENCHMARK,
 * TARGET, ADVICE, KPIS, the templates' benchmark rows and the README derive from it; names and
 * advice per language live in `../i18n`, keyed by the same kpi ids.
 */

export type Better = 'higher' | 'lower';

/** What a threshold is measured in; the i18n `units` section names each one. */
export type BenchmarkUnit = 'percent' | 'percentPerYear' | 'usd' | 'ratio' | 'perEndpointMonth';

/** Why a threshold carries less authority than the row's source, shown beside it on sheets. */
export type ThresholdBasis = 'secondary' | 'projectDefault';

export interface Threshold {
  readonly value: number;
  /** `<` / `>` instead of `≤` / `≥` (TURNOVER `< 15 %`, TICKETSPERENDPOINT `< 1`). */
  readonly strict?: boolean;
  readonly basis?: ThresholdBasis;
}

export interface BenchmarkRow<K extends string = string> {
  /** The id of the registry function whose result this row rates. */
  readonly kpi: K;
  readonly better: Better;
  readonly healthy: Threshold;
  readonly best?: Threshold;
  readonly unit: BenchmarkUnit;
  /** The value is a share of a whole, so above 1 it must be a 0–100 percentage typed by mistake. */
  readonly share?: boolean;
  /** The value may be negative (a margin of a loss-making period); otherwise negative is impossible. */
  readonly signed?: boolean;
  /** Citation shown on the benchmark sheet and in `MSP.KPIS` (names of publishers, not translated). */
  readonly source: string;
}

const PULSEWAY = 'Pulseway blog, 10 KPIs to measure MSP success (2019)';
const LOGMEIN = 'LogMeIn Resolve blog, ten MSP KPIs with reference points';

export const CATALOG = [
  {
    kpi: 'CHURN',
    better: 'lower',
    share: true,
    healthy: { value: 0.1 },
    best: { value: 0.05 },
    unit: 'percentPerYear',
    source: `${PULSEWAY}; ${LOGMEIN}`,
  },
  {
    kpi: 'SLA',
    better: 'higher',
    share: true,
    healthy: { value: 0.9, basis: 'projectDefault' },
    best: { value: 0.95 },
    unit: 'percent',
    source: LOGMEIN,
  },
  {
    kpi: 'CSAT',
    better: 'higher',
    share: true,
    healthy: { value: 0.75 },
    best: { value: 0.9 },
    unit: 'percent',
    source: LOGMEIN,
  },
  {
    kpi: 'NOIMARGIN',
    better: 'higher',
    share: true,
    signed: true,
    healthy: { value: 0.1 },
    best: { value: 0.2 },
    unit: 'percent',
    source: `${PULSEWAY}; Service Leadership (best-in-class profitability about 20–25 %)`,
  },
  { kpi: 'ADMINRATIO', better: 'lower', healthy: { value: 0.2 }, unit: 'percent', source: PULSEWAY },
  {
    kpi: 'GROSSMARGIN',
    better: 'higher',
    share: true,
    signed: true,
    healthy: { value: 0.462 },
    best: { value: 0.494 },
    unit: 'percent',
    source: 'Service Leadership, managed services gross margin (2024 average; 2021 top quartile)',
  },
  { kpi: 'CPL', better: 'lower', healthy: { value: 300 }, best: { value: 100 }, unit: 'usd', source: LOGMEIN },
  {
    kpi: 'CONVERSION',
    better: 'higher',
    share: true,
    healthy: { value: 0.02 },
    best: { value: 0.05 },
    unit: 'percent',
    source: LOGMEIN,
  },
  {
    kpi: 'COSTPERHIRE',
    better: 'lower',
    healthy: { value: 7000 },
    best: { value: 4000 },
    unit: 'usd',
    source: LOGMEIN,
  },
  { kpi: 'TURNOVER', better: 'lower', healthy: { value: 0.15, strict: true }, unit: 'percentPerYear', source: LOGMEIN },
  {
    kpi: 'TICKETSPERENDPOINT',
    better: 'lower',
    healthy: { value: 1, strict: true },
    best: { value: 0.5, basis: 'secondary' },
    unit: 'perEndpointMonth',
    source: `${LOGMEIN}; RMM vendor figure 0.2–0.5`,
  },
  {
    kpi: 'FCR',
    better: 'higher',
    share: true,
    healthy: { value: 0.7, basis: 'secondary' },
    best: { value: 0.8, basis: 'secondary' },
    unit: 'percent',
    source: 'MetricNet; SQM Group',
  },
  {
    kpi: 'UTILIZATION',
    better: 'higher',
    healthy: { value: 0.7, basis: 'secondary' },
    best: { value: 0.8, basis: 'secondary' },
    unit: 'percent',
    source: 'MSP industry blogs',
  },
  {
    kpi: 'RECURRINGSHARE',
    better: 'higher',
    share: true,
    healthy: { value: 0.5 },
    unit: 'percent',
    source: `${LOGMEIN}: MRR should be most of revenue`,
  },
  {
    kpi: 'NRR',
    better: 'higher',
    healthy: { value: 1 },
    best: { value: 1.1 },
    unit: 'percent',
    source: 'ChartMogul benchmarks (2023)',
  },
  { kpi: 'LTVCAC', better: 'higher', healthy: { value: 3 }, unit: 'ratio', source: 'ChartMogul, LTV guidance' },
  {
    kpi: 'QUICKRATIO',
    better: 'higher',
    healthy: { value: 1, basis: 'secondary' },
    best: { value: 4, basis: 'secondary' },
    unit: 'ratio',
    source: 'SaaS practice',
  },
] as const satisfies readonly BenchmarkRow[];

export type KpiId = (typeof CATALOG)[number]['kpi'];
/** A catalogue row, its kpi typed as one of the catalogue's ids. */
export type Benchmark = BenchmarkRow<KpiId>;

/** The catalogue with its rows' literal types erased, for code that reads any row. */
export const BENCHMARKS: readonly Benchmark[] = CATALOG;
export const KPI_IDS: readonly KpiId[] = CATALOG.map((r) => r.kpi);

const byKpi = new Map<string, Benchmark>(CATALOG.map((r) => [r.kpi, r]));

/** The row of a kpi id (case-insensitive, `MSP.` prefix allowed), or undefined. */
export function findBenchmark(kpi: string): Benchmark | undefined {
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
  const row = typeof kpi === 'string' ? byKpi.get(kpi)! : kpi;
  if (row.best && meets(row.better, value, row.best)) return 'best';
  if (meets(row.better, value, row.healthy)) return 'healthy';
  const shortfall = -surplus(row.better, value, row.healthy.value);
  return shortfall <= WATCH_MARGIN * Math.abs(row.healthy.value) + tolerance(row.healthy.value) ? 'watch' : 'act';
}
