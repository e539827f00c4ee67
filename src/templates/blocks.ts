import { type KpiId, findBenchmark } from '../core/benchmarks/catalog';
import { format, kpiName, messages } from '../core/i18n';
import { a1 } from './a1';
import { thresholdFormat, unitFormat } from './formats';
import type { Arg, Out, OutCell } from '../core/cells';
import { type KpiError, isKpiError } from '../core/errors';
import { evaluate } from '../core/evaluate';
import { fn } from './compute';
import type { Block, ConditionalFormatPlan, Language, PlanCell, PlanKpi, RangeRef } from './sheetPlan';

/** Building blocks shared by the templates: cells, the KPI table, title lines, the sources foot. */

export const val = (value: string | number | boolean | null): PlanCell => ({ value });
export const fx = (formula: string): PlanCell => ({ formula });
/** A text as an Excel string literal. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One line of a KPI table: what the sheet shows (PlanKpi), its cell formula and an optional note. */
export interface KpiLine extends PlanKpi {
  /** The value formula (`=MSP.SLA(...)`). */
  readonly formula: string;
  /** Shown in the advice column of an unrated line (what the figure is, how it was derived). */
  readonly note?: string;
}

/** An argument of an MSP call on the sheet: what the core reads, and how the formula refers to it. */
export interface CallArg {
  readonly value: Arg;
  readonly ref: string;
}

/** A formula argument list with trailing omitted arguments dropped and inner ones left empty. */
export function argList(args: readonly (string | null)[]): string {
  const list = [...args];
  while (list.length && list[list.length - 1] === null) list.pop();
  return list.map((a) => a ?? '').join(',');
}

/**
 * An MSP call stated once: the cell formula (omitted trailing arguments dropped) and what the core
 * computes for it on the same data, so a plan never writes a formula it did not check.
 */
export function mspCall(id: string, args: readonly (CallArg | null)[]): { formula: string; value: Out | KpiError } {
  return {
    formula: `=MSP.${id}(${argList(args.map((a) => a?.ref ?? null))})`,
    value: evaluate(
      fn(id),
      args.map((a) => a?.value ?? null),
    ),
  };
}

/** A spilled table from one call: its formula, and its rows as the core computes them. */
export function spillCall(
  id: string,
  args: readonly (CallArg | null)[],
): { formula: string; table: OutCell[][] | KpiError } {
  const { formula, value } = mspCall(id, args);
  return { formula, table: isKpiError(value) || Array.isArray(value) ? value : [[value]] };
}

/**
 * A KPI line computed by one MSP function, stated once: the cell formula and the value the core
 * gives it both come from the same call. It is rated when the function has a benchmark and, for a
 * benchmark published for a window (SPEC §3.5: annual churn, NRR …), when `window` is that window.
 */
export function callLine(
  line: { readonly key: string; readonly label: string; readonly window?: number; readonly note?: string },
  id: string,
  args: readonly (CallArg | null)[],
): KpiLine {
  const spec = fn(id);
  const b = spec.benchmark;
  const rated =
    b !== undefined && (b.windowMonths === undefined || line.window === undefined || line.window === b.windowMonths);
  return {
    key: line.key,
    label: line.label,
    unit: spec.unit,
    ...(rated ? { kpi: id } : {}),
    ...(line.note === undefined ? {} : { note: line.note }),
    ...mspCall(id, args),
  };
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
  lines: readonly Omit<KpiLine, 'key' | 'value'>[],
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
