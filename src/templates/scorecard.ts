import { kpiName, messages } from '../core/i18n';
import { FUNCTIONS, getFunction } from '../core/registry';
import type { FunctionSpec, ScorecardEntry } from '../core/spec';
import { a1 } from './a1';
import { benchCells, fx, ratingFormat, sourcesBlock, titleBlocks, val } from './blocks';
import { unitFormat } from './formats';
import type { PlanRequest } from './request';
import type { Block, ConditionalFormatPlan, Language, PlanCell, SheetPlan } from './sheetPlan';

/**
 * The rated KPIs, each computed from input cells as its declaration's `scorecard` entry says (a
 * scalar function such as SLARATE for SLA, or the plain share of two inputs for CSAT and FCR),
 * prefilled with the seeds' worked examples so the sheet opens with real ratings. NRR and
 * QUICKRATIO need a ledger: they are on the Recurring revenue sheet.
 */
const scoreKpis = (): readonly (FunctionSpec & { readonly scorecard: ScorecardEntry })[] =>
  FUNCTIONS.filter((f): f is FunctionSpec & { scorecard: ScorecardEntry } => f.scorecard !== undefined);

/** The first worked example of a function whose arguments are all plain numbers: a sensible prefill. */
function exampleInputs(spec: FunctionSpec): number[] | undefined {
  const ex = spec.examples.find(
    (e) => e.args.every((a) => typeof a === 'number') && !(typeof e.result === 'string' && e.result.startsWith('#')),
  );
  return ex ? (ex.args as number[]) : undefined;
}

/** Functions of plain numbers only (every parameter summed like SUM): they fit input cells. */
const isScalar = (spec: FunctionSpec): boolean =>
  spec.unit !== 'table' && spec.unit !== 'text' && spec.params.every((p) => p.kind === 'number');

/** A parameter of a function as an input label: its name in the sheet's language, as words. */
function paramLabel(fn: string, name: string, lang: Language): string {
  const localized = lang === 'en' ? name : (messages(lang).functions[fn]?.params?.[name]?.[0] ?? name);
  const words = localized.replace(/_/g, ' ');
  return words.charAt(0).toLocaleUpperCase(lang) + words.slice(1);
}

interface Row {
  readonly name: string;
  readonly inputs: readonly { label: string; value: number | null }[];
  readonly formula: (refs: string[]) => string;
  readonly unit: FunctionSpec['unit'];
  readonly kpi?: string;
  readonly note?: string;
}

/**
 * Scorecard: every scalar KPI with labelled input cells (pale yellow) that the user overwrites with
 * their own figures. Benchmarked KPIs first, each with its targets, rating and advice; then the
 * other scalar functions of the library (unrated), so the sheet doubles as a calculator.
 */
export function scorecardPlan({ settings }: PlanRequest): SheetPlan {
  const lang = settings.language;
  const m = messages(lang);
  const t = m.sheet;
  const cur = settings.options.currency;

  const rated: Row[] = scoreKpis().map(({ id, scorecard }) => {
    if (scorecard.share) {
      const [a, b] = scorecard.share;
      return {
        name: kpiName(m, id),
        kpi: id,
        unit: 'percent',
        inputs: [
          { label: t.inputLabels[a], value: scorecard.inputs?.[0] ?? null },
          { label: t.inputLabels[b], value: scorecard.inputs?.[1] ?? null },
        ],
        formula: ([x, y]) => `=${x}/${y}`,
      };
    }
    const spec = getFunction(scorecard.via ?? id)!;
    const values = scorecard.inputs ?? exampleInputs(spec) ?? [];
    return {
      name: kpiName(m, id),
      kpi: id,
      unit: spec.unit,
      inputs: spec.params.map((p, i) => ({ label: paramLabel(spec.id, p.name, lang), value: values[i] ?? null })),
      formula: (refs) => `=MSP.${spec.id}(${refs.join(',')})`,
    };
  });
  const used = new Set(scoreKpis().map((f) => f.scorecard.via ?? f.id));
  const others: Row[] = FUNCTIONS.filter((f) => isScalar(f) && !used.has(f.id) && exampleInputs(f)).map((spec) => {
    const values = exampleInputs(spec)!;
    return {
      name: `MSP.${lang === 'en' ? spec.id : (m.functions[spec.id]?.name ?? spec.id)}`,
      unit: spec.unit,
      note: lang === 'en' ? spec.description : (m.functions[spec.id]?.description ?? spec.description),
      inputs: spec.params.map((p, i) => ({ label: paramLabel(spec.id, p.name, lang), value: values[i] ?? null })),
      formula: (refs) => `=MSP.${spec.id}(${refs.join(',')})`,
    };
  });

  const blocks: Block[] = titleBlocks(t.titles.scorecard, [t.scorecardHelp, t.thresholdsUsd]);
  const conditionalFormats: ConditionalFormatPlan[] = [];
  let row = 4;
  const first = section(rated, row, lang, cur);
  blocks.push(...first.blocks);
  conditionalFormats.push(ratingFormat({ row: row + 1, col: 6, rows: first.rows - 1, cols: 1 }, lang));
  row += first.rows + 1;
  blocks.push({ row, col: 0, cells: [[val(t.otherKpis)]], style: 'subtitle' });
  const second = section(others, row + 1, lang, cur);
  blocks.push(...second.blocks);
  row += second.rows + 2;
  blocks.push(
    sourcesBlock(
      scoreKpis().map((f) => f.id),
      row,
      lang,
    ),
  );
  return {
    sheetName: t.titles.scorecard,
    kpis: [],
    notComputed: [],
    blocks,
    spills: [],
    conditionalFormats,
    charts: [],
    columnWidths: { 0: 34, 1: 26, 2: 14, 3: 14, 4: 14, 5: 14, 6: 14, 7: 60 },
    settings,
  };
}

/**
 * One table: `KPI | Input | (value) | Value | Healthy | Best | Rating | Advice`, a row per input;
 * the KPI's first row carries its value, targets and rating. Written as column strips so the input
 * cells get the input style.
 */
function section(
  rows: readonly Row[],
  at: number,
  lang: Language,
  currency: string | undefined,
): { blocks: Block[]; rows: number } {
  const t = messages(lang).sheet;
  const names: PlanCell[][] = [];
  const labels: PlanCell[][] = [];
  const inputs: PlanCell[][] = [];
  const results: PlanCell[][] = [];
  const resultFormats: (string | null)[][] = [];
  let r = at + 1;
  for (const kpi of rows) {
    const refs = kpi.inputs.map((_, i) => a1(r + i, 2));
    const bench = benchCells(kpi.kpi, a1(r, 3), lang, kpi.note);
    kpi.inputs.forEach((input, i) => {
      names.push([val(i === 0 ? kpi.name : null)]);
      labels.push([val(input.label)]);
      inputs.push([val(input.value)]);
      results.push(
        i === 0 ? [fx(kpi.formula(refs)), ...bench.cells] : [val(null), val(null), val(null), val(null), val(null)],
      );
      resultFormats.push(i === 0 ? [unitFormat(kpi.unit, currency), ...bench.formats] : [null, null, null, null, null]);
    });
    r += kpi.inputs.length;
  }
  const header: Block = {
    row: at,
    col: 0,
    cells: [[t.kpi, t.inputs, t.input, t.value, t.healthyTarget, t.bestInClass, t.rating, t.advice].map(val)],
    style: 'header',
  };
  const height = r - at - 1;
  if (height === 0) return { blocks: [header], rows: 1 };
  return {
    blocks: [
      header,
      { row: at + 1, col: 0, cells: names, style: 'kpi' },
      { row: at + 1, col: 1, cells: labels, style: 'label' },
      { row: at + 1, col: 2, cells: inputs, style: 'input' },
      { row: at + 1, col: 3, cells: results, numberFormats: resultFormats },
    ],
    rows: height + 1,
  };
}
