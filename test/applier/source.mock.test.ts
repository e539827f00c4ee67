import { OfficeMockObject } from 'office-addin-mock';
import { inspectSelection, inspectTable, listTables } from '../../src/taskpane/excel';
import type { RunFn } from '../../src/taskpane/excel/run';
import { sampleTickets } from '../../src/samples/sampleTickets';
import { FakeExcel } from '../fakeExcel/fakeExcel';

/** office-addin-mock drives the read-only calls: plain objects, seeded with what each call loads. */
function mockRun(workbook: Record<string, unknown>): { run: RunFn; syncs: () => number } {
  let syncs = 0;
  const context = new OfficeMockObject({ workbook }) as unknown as { sync: () => Promise<void> };
  const realSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await realSync();
  };
  return { run: (async (batch: (c: unknown) => Promise<unknown>) => batch(context)) as RunFn, syncs: () => syncs };
}

describe('reading sources (office-addin-mock)', () => {
  it('inspects a selected range in one sync, with the core’s ticket parsing', async () => {
    const { run, syncs } = mockRun({
      selected: {
        address: 'Export!A1:K301',
        values: sampleTickets(),
        cellCount: 301 * 11,
        region: { address: 'Export!A1:K301' },
        getSurroundingRegion(this: { region: unknown }) {
          return this.region;
        },
      },
      getSelectedRange(this: { selected: unknown }) {
        return this.selected;
      },
    });
    const out = await inspectSelection('servicedesk', 'en', run);
    expect(out).toMatchObject({
      ok: true,
      source: { kind: 'range', ref: 'Export!A1:K301' },
      inspection: { tickets: 300, blocking: false },
    });
    expect(syncs()).toBe(1);
  });

  it('lists tables with their sheets (a collection: the recording fake)', async () => {
    const fake = new FakeExcel({
      sheets: [{ name: 'Export' }],
      tables: [{ name: 'Tickets', sheet: 'Export', address: 'A1:K301' }],
    });
    expect(await listTables(fake.run)).toEqual([{ name: 'Tickets', sheet: 'Export' }]);
    expect(fake.syncs).toBe(1);
  });

  it('inspects a table from its header and data rows', async () => {
    const [header, ...body] = sampleTickets();
    const { run } = mockRun({
      tables: {
        table: {
          header: { values: [header], address: 'Export!A1:K1' },
          body: { values: body, address: 'Export!A2:K301' },
          getHeaderRowRange(this: { header: unknown }) {
            return this.header;
          },
          getDataBodyRange(this: { body: unknown }) {
            return this.body;
          },
        },
        getItem(this: { table: unknown }) {
          return this.table;
        },
      },
    });
    const out = await inspectTable('Tickets', 'servicedesk', 'en', run);
    expect(out).toMatchObject({
      ok: true,
      source: { kind: 'table', ref: 'Tickets' },
      address: 'Export!A1:K301',
      inspection: { tickets: 300 },
    });
  });
});
