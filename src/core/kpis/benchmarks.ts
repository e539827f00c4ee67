import type { Scalar } from '../cells';
import { parseNumberText } from '../cells';
import { type BenchmarkRow, type KpiId, catalog, findBenchmark, kpiIds, rate } from '../benchmarks/catalog';
import { fail } from '../errors';
import { LANGUAGES, type Messages, format, kpiAdvice, kpiName, messages, parseLanguage } from '../i18n';
import { LEVEL_WORDS, foldText, readOption } from '../options';
import { type SpillColumn, defineFunction, headerRow } from '../spec';

/** KPI names in every language, so `=MSP.TARGET("Taux de conversion")` works as well as "CONVERSION". */
let byName: ReadonlyMap<string, KpiId> | undefined;

function benchmarkOf(kpi: string): BenchmarkRow {
  byName ??= new Map(
    LANGUAGES.flatMap((lang) =>
      kpiIds().flatMap((id) => {
        return [[foldText(kpiName(messages(lang), id)), id] as const];
      }),
    ),
  );
  const row = findBenchmark(kpi) ?? findBenchmark(byName.get(foldText(kpi)) ?? '');
  if (!row) throw fail.na('noBenchmark', { value: kpi, accepted: kpiIds().join(', ') });
  return row;
}

/** The value to rate: one number, within what the KPI can be. */
function kpiValue(row: BenchmarkRow, v: Scalar): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : undefined;
  if (n === undefined)
    throw fail.value('benchmarkValue', { arg: 'value', value: typeof v === 'string' ? `"${v}"` : String(v) });
  if (n < 0 && !row.signed) throw fail.num('benchmarkNegative', { arg: 'value', value: n, kpi: row.kpi });
  if (n > 1 && row.share) {
    throw fail.num('benchmarkShare', { arg: 'value', value: n, kpi: row.kpi });
  }
  return n;
}

const kpiParam = {
  name: 'kpi',
  kind: 'text',
  description: 'KPI id such as "CHURN" or "SLA" (see MSP.KPIS), or its name in any language.',
} as const;
const valueParam = {
  name: 'value',
  kind: 'scalar',
  description: 'The KPI value to rate, in its unit (rates as fractions: 0.95 for 95 %).',
} as const;
const languageParam = {
  name: 'language',
  kind: 'text',
  optional: true,
  description: 'Language of the answer: en (default), fr, nl, it or de; "fr-FR" or "français" also work.',
} as const;

/** MSP.KPIS's columns; its header row is in the language its `language` argument asks for. */
const KPIS_COLUMNS: readonly SpillColumn[] = [
  { id: 'kpi', unit: 'text' },
  { id: 'name', unit: 'text' },
  { id: 'unit', unit: 'text' },
  { id: 'better', unit: 'text' },
  { id: 'healthy', unit: 'number' },
  { id: 'best', unit: 'number' },
  { id: 'source', unit: 'text' },
];

function sourceWithBasis(m: Messages, row: BenchmarkRow): string {
  const notes = [
    row.healthy.basis && format(m.basisNote, { level: m.ratings.healthy, basis: m.basis[row.healthy.basis] }),
    row.best?.basis && format(m.basisNote, { level: m.ratings.best, basis: m.basis[row.best.basis] }),
  ].filter(Boolean);
  return [row.source, ...notes].join('; ');
}

export const benchmarkFunctions = [
  defineFunction({
    id: 'BENCHMARK',
    family: 'benchmarks',
    description: 'Rates a KPI value against the benchmark catalogue: Best in class, Healthy, Watch or Act now.',
    params: [kpiParam, valueParam, languageParam],
    unit: 'text',
    notes:
      'Best in class if the best threshold is met, Healthy if the healthy one is, Watch if the value misses the healthy ' +
      'threshold by at most 20 % of that threshold (SLA ≥ 90 %: Watch from 72 %; CHURN ≤ 10 %: Watch up to 12 %), ' +
      'Act now otherwise. TURNOVER (< 15 %) and TICKETSPERENDPOINT (< 1) are strict: a value equal to the threshold ' +
      'misses it. Values within 1e-12 of a threshold count as equal to it, as Excel compares. Rates above 1 for a ' +
      'share (SLA, CSAT, CHURN, margins …) are #NUM!, being a 0–100 percentage typed by mistake. CHURN is rated as ' +
      'annual churn: use MSP.CHURN(ledger, , 12). A blank value is #VALUE! (some Excel platforms pass a blank cell ' +
      'as 0, which is then rated as 0). An unknown language is #VALUE!, never English by default.',
    examples: [
      { formula: '=MSP.BENCHMARK("SLA", 0.95)', args: ['SLA', 0.95], result: 'Best in class' },
      // 0.72 = 0.90 − 20 % × 0.90: the lowest Watch.
      { formula: '=MSP.BENCHMARK("SLA", 0.72, "fr")', args: ['SLA', 0.72, 'fr'], result: 'À surveiller' },
      { formula: '=MSP.BENCHMARK("CHURN", 0.121)', args: ['CHURN', 0.121], result: 'Act now' },
      { formula: '=MSP.BENCHMARK("CPL", 200, "de")', args: ['CPL', 200, 'de'], result: 'Gesund' },
      { formula: '=MSP.BENCHMARK("ARR", 1)', args: ['ARR', 1], result: '#N/A' },
      { formula: '=MSP.BENCHMARK("SLA", 0.9, "xx")', args: ['SLA', 0.9, 'xx'], result: '#VALUE!' },
    ],
    compute: (kpi, value, language) => {
      const row = benchmarkOf(kpi);
      const lang = parseLanguage(language);
      return messages(lang).ratings[rate(row, kpiValue(row, value))];
    },
  }),
  defineFunction({
    id: 'TARGET',
    family: 'benchmarks',
    description: 'The benchmark threshold of a KPI: "healthy" (default) or "best" in class.',
    params: [
      kpiParam,
      {
        name: 'level',
        kind: 'text',
        optional: true,
        description:
          '"healthy" (default) or "best"; also cible/meilleur, doel/beste, obiettivo/migliore, ziel/bestwert.',
      },
    ],
    unit: 'number',
    notes:
      'Returns the number only; whether a value must be above or below it is in MSP.KPIS (Better). TURNOVER and ' +
      'TICKETSPERENDPOINT are strict thresholds (below, not equal). A KPI without a best-in-class threshold ' +
      '(ADMINRATIO, TURNOVER, RECURRINGSHARE, LTVCAC) gives #N/A for "best".',
    examples: [
      { formula: '=MSP.TARGET("SLA")', args: ['SLA'], result: 0.9 },
      { formula: '=MSP.TARGET("GROSSMARGIN", "best")', args: ['GROSSMARGIN', 'best'], result: 0.494 },
      { formula: '=MSP.TARGET("ADMINRATIO", "best")', args: ['ADMINRATIO', 'best'], result: '#N/A' },
    ],
    compute: (kpi, level) => {
      const row = benchmarkOf(kpi);
      if (readOption('level', level, LEVEL_WORDS, 'healthy') === 'healthy') return row.healthy.value;
      if (!row.best) throw fail.na('noBestThreshold', { kpi: row.kpi });
      return row.best.value;
    },
  }),
  defineFunction({
    id: 'ADVICE',
    family: 'benchmarks',
    description: 'What to do about a KPI rated Watch or Act now (from the source articles); empty otherwise.',
    params: [kpiParam, valueParam, languageParam],
    unit: 'text',
    notes: 'The same advice is given for Watch and Act now; the rating says how urgent it is. Errors as MSP.BENCHMARK.',
    examples: [
      { formula: '=MSP.ADVICE("NOIMARGIN", 0.15)', args: ['NOIMARGIN', 0.15], result: '' },
      {
        formula: '=MSP.ADVICE("NOIMARGIN", 0.05)',
        args: ['NOIMARGIN', 0.05],
        result:
          'Net operating income is below 10 % of revenue: look for ways to reduce your costs or increase your revenue.',
      },
    ],
    compute: (kpi, value, language) => {
      const row = benchmarkOf(kpi);
      const lang = parseLanguage(language);
      const rating = rate(row, kpiValue(row, value));
      return rating === 'watch' || rating === 'act' ? kpiAdvice(messages(lang), row.kpi) : '';
    },
  }),
  defineFunction({
    id: 'KPIS',
    family: 'benchmarks',
    description: 'The benchmark catalogue as a table: KPI, Name, Unit, Better, Healthy, Best in class, Source.',
    params: [languageParam],
    unit: 'table',
    columns: KPIS_COLUMNS,
    notes:
      'One row per catalogue KPI, in catalogue order, under a header row in the chosen language. Healthy and Best in ' +
      'class are numbers in the KPI\'s unit ("" when the catalogue has no best-in-class threshold). The Source column ' +
      'names thresholds that come from a secondary source or are a project default.',
    examples: [{ formula: '=MSP.KPIS("klingon")', args: ['klingon'], result: '#VALUE!' }],
    compute: (language) => {
      const lang = parseLanguage(language);
      const m = messages(lang);
      return [
        headerRow('KPIS', KPIS_COLUMNS, lang),
        ...catalog().map((row) => [
          row.kpi,
          kpiName(m, row.kpi),
          m.units[row.unit],
          m.better[row.better],
          row.healthy.value,
          row.best?.value ?? '',
          sourceWithBasis(m, row),
        ]),
      ];
    },
  }),
];
