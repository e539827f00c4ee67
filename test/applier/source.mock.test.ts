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

/**
 * A range as readBanded reaches it: its size and address, and its first rows through
 * getRow(0).getResizedRange(…).getIntersection(itself) — here all of `values`, so one read.
 */
function mockRange(address: string, values: unknown[][], extra: Record<string, unknown> = {}) {
  return {
    address,
    rowCount: values.length,
    columnCount: values[0]!.length,
    head: { values },
    getRow<T>(this: T): T {
      return this;
    },
    getResizedRange<T>(this: T): T {
      return this;
    },
    getIntersection(this: { head: unknown }) {
      return this.head;
    },
    ...extra,
  };
}

describe('reading sources (office-addin-mock)', () => {
  it('inspects a selected range in one sync, with the core’s ticket parsing', async () => {
    const { run, syncs } = mockRun({
      selected: mockRange('Export!A1:K301', sampleTickets(), {
        region: { address: 'Export!A1:K301' },
        getSurroundingRegion(this: { region: unknown }) {
          return this.region;
        },
      }),
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

  it('inspects a table from its header and data rows, in one sync', async () => {
    const { run, syncs } = mockRun({
      tables: {
        table: {
          // Header row and data body, as one range: their bounding rectangle.
          header: {
            whole: mockRange('Export!A1:K301', sampleTickets()),
            getBoundingRect(this: { whole: unknown }) {
              return this.whole;
            },
          },
          body: {},
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
    expect(syncs()).toBe(1);
  });
});
