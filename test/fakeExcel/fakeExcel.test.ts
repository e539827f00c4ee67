import { FakeExcel } from './fakeExcel';

/**
 * The fake's own contract: the Office.js behaviours the Excel code could get wrong must make it
 * fail here as they would in Excel, or the applier and browser tests prove nothing.
 */
describe('the Excel fake', () => {
  it('runs queued work only at sync, and a property read before load() and sync() throws', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Data', data: [['a', 1]] }] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded|not loaded/);
      context.workbook.worksheets.add('New');
      expect(fake.sheets.map((s) => s.name)).toEqual(['Data']);
      await context.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(fake.sheets.map((s) => s.name)).toEqual(['Data', 'New']);
    });
    expect(fake.syncs).toBe(1);
  });

  it('rejects a sync that uses a missing sheet or takes a used name (regardless of case)', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Data' }] });
    const missing = fake.run(async (context) => {
      context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
      await context.sync();
    });
    await expect(missing).rejects.toMatchObject({ code: 'ItemNotFound' });
    const taken = fake.run(async (context) => {
      context.workbook.worksheets.add('DATA');
      await context.sync();
    });
    await expect(taken).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('failAtSync runs the first half of that batch, then rejects; Excel.run sends what is left queued', async () => {
    const fake = new FakeExcel({ failAtSync: 2 });
    await fake.run(async (context) => {
      context.workbook.worksheets.add('One');
    });
    expect(fake.log).toMatchObject({ syncs: 1, implicitSyncs: 1, runSyncs: { 1: 1 } });
    const failing = fake.run(async (context) => {
      for (const name of ['A', 'B', 'C', 'D']) context.workbook.worksheets.add(name);
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', 'One', 'A', 'B']);
  });

  it('failAfterAdd lets the first adding batch complete, then rejects it once', async () => {
    const fake = new FakeExcel({ failAfterAdd: true });
    const add = (name: string) =>
      fake.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(add('A')).rejects.toThrow(/Injected failure/);
    await expect(add('B')).resolves.toBeUndefined();
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', 'A', 'B']);
  });

  it('records payload bytes, writes, charts, conditional formats and every call as JSON', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('KPIs');
      const range = sheet.getRange('A1:B1');
      range.formulas = [['=1+1', 'x']];
      range.format.font.bold = true;
      range.conditionalFormats.add('ContainsText' as Excel.ConditionalFormatType).textComparison.rule = {
        operator: 'Contains',
        text: 'Good',
      } as Excel.ConditionalTextComparisonRule;
      sheet.charts.add('Line' as Excel.ChartType, range, 'Columns' as Excel.ChartSeriesBy);
      await context.sync();
    });
    const kpis = fake.find('kpis')!;
    expect(fake.writes).toEqual([{ sheet: 'KPIs', address: 'A1:B1', kind: 'formulas' }]);
    expect([...kpis.cells]).toEqual([
      ['0,0', '=1+1'],
      ['0,1', 'x'],
    ]);
    expect(kpis.conditionalFormats).toEqual([
      { type: 'ContainsText', range: 'A1:B1', rule: { operator: 'Contains', text: 'Good' } },
    ]);
    expect(kpis.charts).toEqual([{ type: 'Line', source: 'A1:B1' }]);
    // `[["=1+1","x"]]` is 14 bytes: the payload holds at least the grid.
    expect(fake.payloads).toHaveLength(1);
    expect(fake.payloads[0]).toBeGreaterThanOrEqual(14);
    const ops = fake.log.ops.map((o) => [o.kind, o.target, o.sheet, o.member]);
    expect(ops).toEqual(
      expect.arrayContaining([
        ['call', 'worksheets', 'KPIs', 'add'],
        ['set', 'worksheet("KPIs").getRange("A1:B1")', 'KPIs', 'formulas'],
        ['set', 'worksheet("KPIs").getRange("A1:B1").format.font', 'KPIs', 'bold'],
        ['call', 'worksheet("KPIs").getRange("A1:B1").conditionalFormats', 'KPIs', 'add'],
        ['call', 'worksheet("KPIs").charts', 'KPIs', 'add'],
      ]),
    );
  });

  it('keeps a sheet object bound to its sheet through a rename, and knows a null object after sync', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Old' }] });
    await fake.run(async (context) => {
      const old = context.workbook.worksheets.getItem('Old');
      old.load('name');
      await context.sync();
      old.name = 'Renamed';
      context.workbook.worksheets.add('Old');
      old.getRange('A1').values = [['still mine']];
      const gone = context.workbook.worksheets.getItemOrNullObject('Nothing');
      expect(() => gone.isNullObject).toThrow(/before sync/);
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(fake.find('Renamed')!.cells.get('0,0')).toBe('still mine');
    expect(fake.find('Old')!.cells.size).toBe(0);
  });

  it('answers at most 5 MB a sync: a bigger answer is refused and loads nothing, its sizes cost nothing', async () => {
    // 30 000 rows of one 200-character cell: 30 000 × 203 bytes of JSON, over 5 242 880.
    const fake = new FakeExcel({
      sheets: [{ name: 'Data', data: Array.from({ length: 30_000 }, () => ['x'.repeat(200)]) }],
    });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:A30000');
      range.load('values');
      const size = context.workbook.worksheets.getItem('Data').getRange('A1:A30000').load('rowCount');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => size.rowCount).toThrow(/not loaded/);
      size.load('address, rowCount');
      await context.sync();
      expect(size.rowCount).toBe(30_000);
    });
    expect(fake.responses[0]).toBeGreaterThan(30_000 * 203);
    expect(fake.responses[1]).toBeLessThan(100);
  });

  it('derives ranges as Excel does: resized, intersected, bounding rectangle', async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'Data',
          data: [
            ['a', 'b', 'c'],
            [1, 2, 3],
            [4, 5, 6],
          ],
        },
      ],
    });
    await fake.run(async (context) => {
      const whole = context.workbook.worksheets.getItem('Data').getRange('A1:C3');
      const firstTwo = whole.getRow(0).getResizedRange(1, 0).load('address, values');
      const clipped = whole.getRow(1).getResizedRange(5, 0).getIntersection(whole).load('address');
      const bounding = whole.getRow(0).getBoundingRect('B3').load('address');
      await context.sync();
      expect(firstTwo.address).toBe('Data!A1:C2');
      expect(firstTwo.values).toEqual([
        ['a', 'b', 'c'],
        [1, 2, 3],
      ]);
      expect(clipped.address).toBe('Data!A2:C3');
      expect(bounding.address).toBe('Data!A1:C3');
      whole.getRow(2).getResizedRange(1_048_576, 0).load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});
