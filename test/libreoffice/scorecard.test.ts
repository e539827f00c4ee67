import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { KpiId } from '../../src/core/benchmarks/catalog';
import { cellName } from '../../src/core/errors';
import { kpiName, messages } from '../../src/core/i18n';
import { main } from '../../src/cli/main';
import { scorecardPlan } from '../../src/cli/plans';
import type { Language } from '../../src/templates/sheetPlan';
import { type ReadValue, readValues, recalculate } from './soffice';

/**
 * The empty Scorecard the CLI writes, filled in the way a colleague would (typing figures into the
 * input cells, nothing else) with the seeds' worked examples, then recalculated by LibreOffice: the
 * values and ratings are those the spec's definitions and thresholds give, worked by hand below.
 */

interface Worked {
  readonly kpi: KpiId;
  readonly inputs: readonly number[];
  readonly value: number;
  readonly rating: 'best' | 'healthy' | 'watch' | 'act';
}

const WORKED: readonly Worked[] = [
  // Seed 002: 300 of 400 tickets within SLA = 0.75; healthy ≥ 0.90, Watch down to 0.90 − 0.18 = 0.72.
  { kpi: 'SLA', inputs: [300, 400], value: 0.75, rating: 'watch' },
  // 85 positive answers of 100 = 0.85: ≥ 0.75 healthy, < 0.90 best.
  { kpi: 'CSAT', inputs: [85, 100], value: 0.85, rating: 'healthy' },
  // 5 customers lost of 100 = 0.05: ≤ 0.05 is best in class.
  { kpi: 'CHURN', inputs: [5, 100], value: 0.05, rating: 'best' },
  // 100 000 marketing spend ÷ 500 leads = 200: ≤ 300 healthy, > 100 best.
  { kpi: 'CPL', inputs: [100000, 500], value: 200, rating: 'healthy' },
  // 50 conversions of 1 000 opportunities = 0.05: ≥ 0.05 best.
  { kpi: 'CONVERSION', inputs: [50, 1000], value: 0.05, rating: 'best' },
  // 60 000 hiring costs ÷ 12 hires = 5 000: ≤ 7 000 healthy, > 4 000 best.
  { kpi: 'COSTPERHIRE', inputs: [60000, 12], value: 5000, rating: 'healthy' },
  // 5 departures ÷ 50 average headcount = 0.10: < 0.15 healthy (no best threshold).
  { kpi: 'TURNOVER', inputs: [5, 50], value: 0.1, rating: 'healthy' },
  // 140 of 200 tickets on first contact = 0.70: ≥ 0.70 healthy, < 0.80 best.
  { kpi: 'FCR', inputs: [140, 200], value: 0.7, rating: 'healthy' },
  // 1 000 tickets ÷ 500 endpoints ÷ 1 month = 2: healthy < 1, Watch up to 1.2, so Act now.
  { kpi: 'TICKETSPERENDPOINT', inputs: [1000, 500, 1], value: 2, rating: 'act' },
  // (100 000 − 54 000) ÷ 100 000 = 0.46: misses 0.462, within 20 % of it (≥ 0.3696): Watch.
  { kpi: 'GROSSMARGIN', inputs: [100000, 54000], value: 0.46, rating: 'watch' },
  // (500 000 − 440 000) ÷ 500 000 = 0.12: ≥ 0.10 healthy, < 0.20 best.
  { kpi: 'NOIMARGIN', inputs: [500000, 440000], value: 0.12, rating: 'healthy' },
  // 90 000 ÷ 500 000 = 0.18: ≤ 0.20 healthy (no best threshold).
  { kpi: 'ADMINRATIO', inputs: [90000, 500000], value: 0.18, rating: 'healthy' },
];

/** Row of each KPI's first input and the columns of the value and rating, found from the plan's labels. */
function layout(lang: Language) {
  const plan = scorecardPlan(lang, null);
  const t = messages(lang).sheet;
  const header = plan.blocks.find(
    (b) => b.style === 'header' && b.cells[0]!.some((c) => 'value' in c && c.value === t.rating),
  )!;
  const col = (label: string) => header.col + header.cells[0]!.findIndex((c) => 'value' in c && c.value === label);
  const names = plan.blocks.find((b) => b.style === 'kpi' && b.col === header.col && b.row === header.row + 1)!;
  const inputs = plan.blocks.find((b) => b.style === 'input' && b.row === header.row + 1)!;
  const rowOf = (kpi: KpiId) =>
    names.row + names.cells.findIndex((r) => 'value' in r[0]! && r[0].value === kpiName(messages(lang), kpi));
  return { rowOf, inputCol: inputs.col, valueCol: col(t.value), ratingCol: col(t.rating) };
}

describe.each(['en', 'fr'] as const)('Scorecard template filled with the worked examples (%s)', (lang) => {
  let values: Map<string, ReadValue>;
  const l = layout(lang);
  const sheetName = scorecardPlan(lang, null).sheetName;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'msp-scorecard-'));
    const file = path.join(dir, `scorecard-${lang}.xlsx`);
    const quiet = { out: () => undefined, err: () => undefined, colour: false };
    expect(await main(['template', 'scorecard', '--language', lang, '--out', file], quiet)).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(sheetName)!;
    for (const w of WORKED) {
      const row = l.rowOf(w.kpi);
      expect(row).toBeGreaterThan(0);
      // The form starts empty: what LibreOffice shows below comes from these inputs alone.
      w.inputs.forEach((v, i) => {
        const cell = ws.getCell(row + i + 1, l.inputCol + 1);
        expect(cell.value).toBeNull();
        cell.value = v;
      });
    }
    const filled = path.join(dir, `filled-${lang}.xlsx`);
    await wb.xlsx.writeFile(filled);
    values = (await readValues(recalculate([filled])[0]!)).get(sheetName)!;
  }, 240_000);

  it.each(WORKED.map((w) => [w.kpi, w] as const))('%s', (_kpi, w) => {
    const row = l.rowOf(w.kpi);
    const value = values.get(cellName(row, l.valueCol));
    expect(typeof value).toBe('number');
    expect(value as number).toBeCloseTo(w.value, 12);
    expect(values.get(cellName(row, l.ratingCol))).toBe(messages(lang).ratings[w.rating]);
  });
});
