import { build, inspectSelection, inspectTable, refresh } from '../../src/taskpane/excel';
import { EXCEL_WEB_PAYLOAD_CAP } from '../../src/taskpane/excel/payload';
import { countSyncs } from '../../src/taskpane/excel/run';
import { readSource } from '../../src/taskpane/excel/source';
import type { BuildRequest } from '../../src/templates/request';
import { bigTickets } from '../fakeExcel/bigTickets';
import { FakeExcel } from '../fakeExcel/fakeExcel';

/*
 * Sources beyond one of Excel on the web's 5 MB answers, read in bands of rows. The expected band
 * sizes are worked out by hand from readBanded's rule and the data's JSON size:
 * - budget 4 194 304 bytes (4 MB); a first band of floor(budget / (columns × 32 bytes)) rows;
 * - then bands of floor(budget / bytes per row of the first band, rounded up) rows, one per sync.
 * bigTickets rows are 78 characters of JSON each, plus the comma between rows: 79; its header row
 * is 107 characters; the outer brackets 2.
 */

jest.setTimeout(60_000);

const TICKETS = 200_000;
const ROWS = TICKETS + 1;
// One grid for every test: the fake copies it into its cells.
const DATA = bigTickets(TICKETS);

function setup(failAtSync?: number) {
  const fake = new FakeExcel({
    sheets: [
      { name: 'Data', data: DATA },
      { name: 'Notes', data: [['keep me']] },
    ],
    tables: [{ name: 'Tickets', sheet: 'Data', address: `A1:J${ROWS}` }],
    failAtSync,
  });
  return fake;
}

const request = (source: BuildRequest['source']): BuildRequest => ({
  template: 'servicedesk',
  language: 'en',
  source,
  options: { endpoints: 2500 },
});

/** The row counts readBanded asked for, in order: getResizedRange(rows - 1, 0) of each read. */
const bandRows = (fake: FakeExcel): number[] =>
  fake.log.ops.filter((o) => o.member === 'getResizedRange').map((o) => (o.args![0] as number) + 1);

describe('a source beyond 5 MB', () => {
  it('cannot be read in one request: the fake refuses the answer, as Excel on the web does', async () => {
    const fake = setup();
    const read = fake.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange(`A1:J${ROWS}`).load('values');
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    // The values alone are 2 + 107 + 200 000 × 79 - 1 (no comma after the last row) bytes of JSON.
    expect(fake.responses).toHaveLength(1);
    expect(fake.responses[0]).toBeGreaterThan(15_800_108);
  });

  it('builds Service desk from a 200 000-ticket range in 7 syncs: 5 reads, write, verify', async () => {
    const fake = setup();
    const out = await build(request({ kind: 'range', ref: `Data!A1:J${ROWS}` }), fake.run);
    expect(out).toMatchObject({ ok: true, syncs: 7, inspection: { tickets: TICKETS, blocking: false } });
    expect(fake.syncs).toBe(7);
    // First band: floor(4 194 304 / (10 × 32)) = 13 107 rows; its JSON 2 + 107 + 13 106 × 79 =
    // 1 035 483 bytes, 79.002 → 80 a row; bands of floor(4 194 304 / 80) = 52 428 rows; the
    // remaining 200 001 - 13 107 = 186 894 rows in 3 full bands and one of 29 610.
    expect(bandRows(fake)).toEqual([13_107, 52_428, 52_428, 52_428, 29_610]);
    expect(fake.responses.slice(0, 5).every((bytes) => bytes <= EXCEL_WEB_PAYLOAD_CAP)).toBe(true);
    // Nothing written but the new sheet.
    expect(fake.writes.every((w) => w.sheet === (out.ok ? out.sheetName : ''))).toBe(true);
    expect(fake.find('Data')!.cells.size).toBe(ROWS * 10);
  });

  it('builds from a 200 000-ticket table (header row and data body) in 7 syncs', async () => {
    const fake = setup();
    const out = await build(request({ kind: 'table', ref: 'Tickets' }), fake.run);
    expect(out).toMatchObject({ ok: true, syncs: 7, inspection: { tickets: TICKETS } });
    // A table's width is unknown before its first read: 16 columns assumed, floor(4 194 304 /
    // (16 × 32)) = 8 192 rows; 2 + 107 + 8 191 × 79 = 647 198 bytes, 79.004 → 80 a row; then
    // 200 001 - 8 192 = 191 809 rows in bands of 52 428: three full ones and 34 525.
    expect(bandRows(fake)).toEqual([8_192, 52_428, 52_428, 52_428, 34_525]);
    const built = fake.find(out.ok ? out.sheetName : '')!;
    expect(JSON.parse(built.props.get('MSPKPI.Settings')!).source).toEqual({ kind: 'table', ref: 'Tickets' });
  });

  it('refreshes a sheet built from it in 8 syncs: the stored settings, then the build’s 7', async () => {
    const fake = setup();
    const built = await build(request({ kind: 'range', ref: `Data!A1:J${ROWS}` }), fake.run);
    if (!built.ok) throw new Error(built.error);
    const start = fake.syncs;
    const out = await refresh(built.sheetName, 'en', fake.run);
    expect(out).toMatchObject({ ok: true, sheetName: built.sheetName, syncs: 8 });
    expect(fake.syncs - start).toBe(8);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', 'Notes', built.sheetName]);
  });

  it('a sync refused in a middle band fails the build before anything is written', async () => {
    // Sync 1 reads the first band, 2 the first full band, 3 the second.
    const fake = setup(3);
    const out = await build(request({ kind: 'range', ref: `Data!A1:J${ROWS}` }), fake.run);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toMatch(/Injected failure at sync 3/);
    expect(out.syncs).toBe(3);
    expect(fake.syncs).toBe(3);
    expect(fake.writes).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', 'Notes']);
    expect(fake.log.ops.filter((o) => o.member === 'add' || o.kind === 'set')).toEqual([]);
  });

  it('the Data step reads a huge selection whole: the region around a clicked cell, in bands', async () => {
    const fake = setup();
    fake.selection = { sheet: 'Data', address: 'C7' };
    const out = await inspectSelection('servicedesk', 'en', fake.run);
    expect(out).toMatchObject({ ok: true, address: `Data!A1:J${ROWS}`, inspection: { tickets: TICKETS } });
    // The selected cell (a first band of 1 row) with the region's address, then the region as in
    // the range build above.
    expect(bandRows(fake)).toEqual([8_192, 13_107, 52_428, 52_428, 52_428, 29_610]);
    expect(fake.syncs).toBe(6);
  });

  it('the Data step reads a huge table in bands', async () => {
    const fake = setup();
    const out = await inspectTable('Tickets', 'servicedesk', 'en', fake.run);
    expect(out).toMatchObject({ ok: true, address: `Data!A1:J${ROWS}`, inspection: { tickets: TICKETS } });
    expect(fake.syncs).toBe(5);
  });
});

describe('rows longer than estimated', () => {
  it('asks again with half the rows when Excel refuses an answer for its size', async () => {
    // 3 000 rows of two 1 000-character cells: each row is 2 007 characters of JSON.
    const long = [['Name', 'Note'], ...Array.from({ length: 3000 }, () => ['x'.repeat(1000), 'y'.repeat(1000)])];
    const fake = new FakeExcel({ sheets: [{ name: 'Data', data: long }] });
    const read = await fake.run(async (context) => {
      const counted = countSyncs(context);
      const data = await readSource(counted.context, { kind: 'range', ref: 'Data!A1:B3001' });
      return { data, syncs: counted.syncs() };
    });
    // 2 columns: a first band of floor(4 194 304 / 64) = 65 536 rows, so all 3 001: 2 + 15 +
    // 3 000 × 2 008 - 1 = 6 024 016 bytes, refused. Half, 1 501 rows: 2 + 15 + 1 500 × 2 008 =
    // 3 012 017 bytes, 2 006.7 → 2 007 a row, bands of 2 089 rows: the last 1 500 rows in one.
    expect(bandRows(fake)).toEqual([3_001, 1_501, 1_500]);
    expect(fake.responses).toHaveLength(3);
    expect(fake.responses[0]).toBeGreaterThan(EXCEL_WEB_PAYLOAD_CAP);
    expect(fake.responses.slice(1).every((bytes) => bytes > 3_000_000 && bytes <= EXCEL_WEB_PAYLOAD_CAP)).toBe(true);
    expect(read.syncs).toBe(3);
    expect(read.data!.grid).toEqual(long);
    expect(read.data!.address).toBe('Data!A1:B3001');
  });

  it('a build whose first read is refused asks again with its own loads, half the rows', async () => {
    // 10 000 tickets with a 700-character description: 78 + 703 = 781 bytes a row, 782 with the comma.
    const [header, ...rows] = bigTickets(10_000);
    const data = [[...header!, 'Description'], ...rows.map((r) => [...r, 'd'.repeat(700)])];
    const fake = new FakeExcel({
      sheets: [{ name: 'Data', data }],
      tables: [{ name: 'Tickets', sheet: 'Data', address: 'A1:K10001' }],
    });
    const out = await build(request({ kind: 'table', ref: 'Tickets' }), fake.run);
    expect(out).toMatchObject({ ok: true, syncs: 6, inspection: { tickets: 10_000 } });
    // 8 192 rows (16 columns assumed): 2 + 121 + 8 191 × 782 bytes, over 5 MB, refused. 4 096 rows:
    // 2 + 121 + 4 095 × 782 = 3 202 413 bytes, 781.8 → 782 a row, bands of floor(4 194 304 / 782) =
    // 5 363 rows: the remaining 10 001 - 4 096 = 5 905 in two.
    expect(bandRows(fake)).toEqual([8_192, 4_096, 5_363, 542]);
    expect(fake.responses[0]).toBeGreaterThan(EXCEL_WEB_PAYLOAD_CAP);
    // The sheet names went with the second attempt: the new sheet got a free name.
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', out.ok ? out.sheetName : '']);
  });
});
