import { applyPlan } from '../../src/taskpane/excel/applyPlan';
import { EXCEL_WEB_PAYLOAD_CAP } from '../../src/taskpane/excel/payload';
import { parseRangeA1 } from '../../src/templates/a1';
import type { SheetPlan } from '../../src/templates/sheetPlan';
import { FakeExcel } from '../fakeExcel/fakeExcel';

/** A plan far above the cap: 40 000 rows × 10 columns of 12-character text and a format per cell. */
function hugePlan(rows: number): SheetPlan {
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => ({ value: `r${String(r).padStart(6, '0')}c${c}xx` })),
  );
  return {
    sheetName: 'Big',
    kpis: [],
    notComputed: [],
    blocks: [{ row: 2, col: 1, cells, numberFormats: cells.map((r) => r.map(() => '@')) }],
    spills: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
    settings: { version: 1, template: 'scorecard', language: 'en', source: { kind: 'none', ref: '' }, options: {} },
  };
}

describe('applyPlan under the 5 MB request cap', () => {
  it('splits a block above the cap into whole-rectangle row bands, one request each, none above the cap', async () => {
    const fake = new FakeExcel();
    const plan = hugePlan(40_000);
    const extra = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Big');
      const n = await applyPlan(context, sheet, plan);
      await context.sync();
      return n;
    });
    expect(extra).toBeGreaterThanOrEqual(1);
    expect(fake.syncs).toBe(extra + 1);
    expect(fake.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(EXCEL_WEB_PAYLOAD_CAP);
    for (const bytes of fake.payloads) expect(bytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_CAP);
    // Every row written exactly once, in bands covering columns B:K, values and formats alike.
    for (const kind of ['formulas', 'numberFormat']) {
      const bands = fake.writes.filter((w) => w.kind === kind).map((w) => parseRangeA1(w.address)!);
      expect(bands.length).toBeGreaterThan(1);
      expect(bands.every((b) => b.col === 1 && b.cols === 10)).toBe(true);
      bands.sort((a, b) => a.row - b.row);
      expect(bands[0]!.row).toBe(2);
      bands.forEach((b, i) => i > 0 && expect(b.row).toBe(bands[i - 1]!.row + bands[i - 1]!.rows));
      expect(bands.reduce((n, b) => n + b.rows, 0)).toBe(40_000);
    }
    const sheet = fake.find('Big')!;
    expect(sheet.cells.get('40001,10')).toBe('r039999c9xx');
  });

  it('sends a template-sized plan in the caller’s one sync', async () => {
    const fake = new FakeExcel();
    const extra = await fake.run(async (context) => {
      const n = await applyPlan(context, context.workbook.worksheets.add('Small'), hugePlan(100));
      await context.sync();
      return n;
    });
    expect(extra).toBe(0);
    expect(fake.syncs).toBe(1);
  });
});
