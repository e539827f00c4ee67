import { type KpiId, findBenchmark } from '../core/benchmarks/catalog';
import { format, kpiName, messages } from '../core/i18n';
import type { Unit } from '../core/spec';
import { a1 } from './a1';
import { thresholdFormat, unitFormat } from './formats';
import type { Block, ConditionalFormatPlan, Language, PlanCell, RangeRef } from './sheetPlan';

/** Building blocks shared by the templates: cells, the KPI table, title lines, the sources foot. */

export const val = (value: string | number | boolean | null): PlanCell => ({ value });
export const fx = (formula: string): PlanCell => ({ formula });
/** A text as an Excel string literal. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One line of a KPI table. */
export interface KpiLine {
  readonly label: string;
  /** The value formula (`=MSP.SLA(...)`). */
  readonly formula: string;
  readonly unit: Unit;
  /** Catalogue row that rates the value; none: the line shows "No benchmark". */
  readonly kpi?: KpiId;
  /** Shown in the advice column of an unrated line (what the figure is, how it was derived). */
  readonly note?: string;
}

/**
 * The four benchmark cells that follow a value cell: healthy target, best in class, rating, advice,
 * all as formulas on the catalogue (`MSP.TARGET`, `MSP.BENCHMARK`, `MSP.ADVICE`) so the sheet shows
 * what the functions say, in the sheet's language.
 */
export function benchCells(
  kpi: KpiId | undefined,
  valueRef: string,
  lang: Language,
  note?: string,
): { cells: PlanCell[]; formats: (string | null)[] } {
  const t = messages(lang).sheet;
  const row = kpi ? findBenchmark(kpi) : undefined;
  if (!kpi || !row)
    return { cells: [val(null), val(null), val(t.notRated), val(note ?? null)], formats: [null, null, null, null] };
  const l = str(lang);
  return {
    cells: [
      fx(`=MSP.TARGET(${str(kpi)})`),
      row.best ? fx(`=MSP.TARGET(${str(kpi)},"best")`) : val('—'),
      fx(`=MSP.BENCHMARK(${str(kpi)},${valueRef},${l})`),
      fx(`=MSP.ADVICE(${str(kpi)},${valueRef},${l})`),
    ],
    formats: [thresholdFormat(row.unit), row.best ? thresholdFormat(row.unit) : null, null, null],
  };
}

/** The rating colours of a sheet's language, for the rating column. */
export function ratingFormat(range: RangeRef, lang: Language): ConditionalFormatPlan {
  const r = messages(lang).ratings;
  return { kind: 'rating', range, good: [r.best, r.healthy], watch: r.watch, bad: r.act };
}

export interface KpiTable {
  readonly blocks: Block[];
  readonly conditionalFormats: ConditionalFormatPlan[];
  /** Rows used, header included. */
  readonly rows: number;
  /** Where each line's value sits, in line order (for tests and for cells that refer to a value). */
  readonly valueCells: readonly { readonly row: number; readonly col: number }[];
}

/** A KPI table at (row, col): header `KPI | Value | Healthy | Best | Rating | Advice`, one line per KPI. */
export function kpiTable(
  lines: readonly KpiLine[],
  row: number,
  col: number,
  lang: Language,
  currency: string | undefined,
): KpiTable {
  const t = messages(lang).sheet;
  const header: Block = {
    row,
    col,
    cells: [[t.kpi, t.value, t.healthyTarget, t.bestInClass, t.rating, t.advice].map(val)],
    style: 'header',
  };
  const cells: PlanCell[][] = [];
  const formats: (string | null)[][] = [];
  const valueCells = lines.map((line, i) => {
    const r = row + 1 + i;
    const bench = benchCells(line.kpi, a1(r, col + 1), lang, line.note);
    cells.push([val(line.label), fx(line.formula), ...bench.cells]);
    formats.push([null, unitFormat(line.unit, currency), ...bench.formats]);
    return { row: r, col: col + 1 };
  });
  const body: Block = { row: row + 1, col, cells, numberFormats: formats, style: 'kpi' };
  const ratings = ratingFormat({ row: row + 1, col: col + 4, rows: lines.length, cols: 1 }, lang);
  return {
    blocks: lines.length ? [header, body] : [header],
    conditionalFormats: lines.length ? [ratings] : [],
    rows: lines.length + 1,
    valueCells,
  };
}

/** Title and subtitle lines at the top-left corner. */
export function titleBlocks(title: string, subtitles: readonly string[]): Block[] {
  return [
    { row: 0, col: 0, cells: [[val(title)]], style: 'title' },
    ...(subtitles.length
      ? [{ row: 1, col: 0, cells: subtitles.map((s) => [val(s)]), style: 'subtitle' as const }]
      : []),
  ];
}

/**
 * The foot: where each benchmark on the sheet comes from, and which thresholds are secondary or a
 * project default (SPEC §4 wants that said on the sheet).
 */
export function sourcesBlock(kpis: readonly KpiId[], row: number, lang: Language): Block {
  const m = messages(lang);
  const lines = [...new Set(kpis)].flatMap((kpi) => {
    const b = findBenchmark(kpi)!;
    const name = kpiName(m, kpi);
    const notes = (['healthy', 'best'] as const).flatMap((level) => {
      const basis = b[level]?.basis;
      return basis
        ? [
            format(m.basisNote, {
              level: level === 'healthy' ? m.sheet.healthyTarget : m.sheet.bestInClass,
              basis: m.basis[basis],
            }),
          ]
        : [];
    });
    return [format(m.sheet.sourceLine, { kpi: name, source: [b.source, ...notes].join('; ') })];
  });
  return { row, col: 0, cells: [[val(m.sheet.sources)], ...lines.map((l) => [val(l)])], style: 'source' };
}
