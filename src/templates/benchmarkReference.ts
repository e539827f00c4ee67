import { findBenchmark, kpiIds } from '../core/benchmarks/catalog';
import { isKpiError } from '../core/errors';
import { messages } from '../core/i18n';
import { sourcesBlock, spillCall, str, titleBlocks } from './blocks';
import { column } from './compute';
import { thresholdFormat } from './formats';
import type { PlanRequest } from './request';
import type { SheetPlan } from './sheetPlan';

/**
 * Benchmark reference: the catalogue as `MSP.KPIS` spills it in the sheet's language (so it stays
 * the function's answer, not a copy), thresholds formatted per row's unit, and the source notes.
 */
export function benchmarkReferencePlan({ settings }: PlanRequest): SheetPlan {
  const lang = settings.language;
  const t = messages(lang).sheet;
  const { formula, table } = spillCall('KPIS', [{ value: lang, ref: str(lang) }]);
  if (isKpiError(table)) throw table;
  const at = 4;
  const cols = table[0]!.length;
  // Thresholds mix percentages, USD and ratios in one column: a format per row, from its catalogue unit.
  const [kpiCol, healthy, best] = [column('KPIS', 'kpi'), column('KPIS', 'healthy'), column('KPIS', 'best')];
  const cellFormats = table.slice(1).map((r) => {
    const b = findBenchmark(String(r[kpiCol]));
    return Array.from({ length: cols }, (_, c) =>
      b && (c === healthy || c === best) ? thresholdFormat(b.unit) : null,
    );
  });
  return {
    sheetName: t.titles.benchmarks,
    kpis: [],
    notComputed: [],
    blocks: [
      ...titleBlocks(t.titles.benchmarks, [t.benchmarksHelp]),
      sourcesBlock(kpiIds(), at + table.length + 1, lang),
    ],
    spills: [{ row: at, col: 0, formula, rows: table.length, cols, cellFormats }],
    conditionalFormats: [],
    charts: [],
    columnWidths: { 0: 20, 1: 36, 2: 22, 3: 10, 4: 12, 5: 14, 6: 70 },
    settings,
  };
}
