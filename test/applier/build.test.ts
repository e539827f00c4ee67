import { messages } from '../../src/core/i18n';
import { sampleLedger } from '../../src/samples/sampleLedger';
import { sampleTickets } from '../../src/samples/sampleTickets';
import { build, listBuilds, refresh, writeSample } from '../../src/taskpane/excel';
import { SETTINGS_KEY } from '../../src/taskpane/excel/settings';
import type { BuildRequest } from '../../src/templates/request';
import type { TemplateId } from '../../src/templates/sheetPlan';
import { FakeExcel } from '../fakeExcel/fakeExcel';

type Value = string | number | boolean;

/** The sample tickets repeated `times` over (ids made unique): a bigger export of the same shape. */
function bigTickets(times: number): Value[][] {
  const [header, ...rows] = sampleTickets();
  return [
    header!,
    ...Array.from({ length: times }, (_, k) => rows.map((r) => [Number(r[0]) + k * 1000, ...r.slice(1)])).flat(),
  ];
}
/** The sample ledger with its customers cloned `times` over under new names. */
function bigLedger(times: number): Value[][] {
  const [header, ...rows] = sampleLedger();
  return [
    header!,
    ...Array.from({ length: times }, (_, k) => rows.map((r) => [r[0]!, `${r[1]} #${k}`, ...r.slice(2)])).flat(),
  ];
}

const address = (grid: Value[][]) => `A1:${String.fromCharCode(64 + grid[0]!.length)}${grid.length}`;

function setup(template: TemplateId, grid: Value[][] | null, failAtSync?: number) {
  const data = grid ?? [
    ['Revenue', 'Costs'],
    [1000, 800],
  ];
  const fake = new FakeExcel({
    sheets: [
      { name: 'Data', data },
      { name: 'Notes', data: [['keep me']] },
    ],
    failAtSync,
  });
  const request: BuildRequest = {
    template,
    language: 'en',
    source: grid ? { kind: 'range', ref: `Data!${address(grid)}` } : { kind: 'none', ref: '' },
    options: { currency: '€', endpoints: 250 },
  };
  return { fake, request, before: { Data: fake.snapshot('Data'), Notes: fake.snapshot('Notes') } };
}

const CASES: [TemplateId, string, Value[][] | null][] = [
  ['servicedesk', '300 tickets', sampleTickets()],
  ['servicedesk', '6 000 tickets', bigTickets(20)],
  ['revenue', '40 customers', sampleLedger()],
  ['revenue', '400 customers', bigLedger(10)],
  ['scorecard', 'no data', null],
  ['benchmarks', 'no data', null],
];

describe('build: the whole sheet in at most 3 syncs', () => {
  it.each(CASES)('%s on %s', async (template, _size, grid) => {
    const { fake, request, before } = setup(template, grid);
    const out = await build(request, fake.run);
    expect(out).toMatchObject({ ok: true });
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(out.syncs).toBe(fake.syncs);
    const sheet = fake.find(out.ok ? out.sheetName : '')!;
    expect(sheet.activated).toBe(1);
    expect(JSON.parse(sheet.props.get(SETTINGS_KEY)!)).toEqual({ version: 1, ...request });
    // Whole rectangles only, and nothing written anywhere but the new sheet.
    expect(fake.writes.every((w) => w.sheet === sheet.name)).toBe(true);
    expect({ Data: fake.snapshot('Data'), Notes: fake.snapshot('Notes') }).toEqual(before);
    if (template === 'revenue') {
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.conditionalFormats.some((c) => c.type === 'ColorScale')).toBe(true);
    }
    if (template !== 'benchmarks')
      expect(sheet.conditionalFormats.filter((c) => c.type === 'ContainsText')).toHaveLength(4);
  });

  it('a taken name gets (2), then (3), compared without regard to case', async () => {
    const { fake, request } = setup('scorecard', null);
    fake.addSheet('msp SCORECARD');
    const first = await build(request, fake.run);
    const second = await build(request, fake.run);
    expect(first.ok && first.sheetName).toBe('MSP scorecard (2)');
    expect(second.ok && second.sheetName).toBe('MSP scorecard (3)');
    expect(fake.find('msp SCORECARD')!.props.size).toBe(0);
  });

  it.each([2, 3])('a sync rejected at step %i leaves no sheet behind and the user sheets untouched', async (step) => {
    const { fake, request, before } = setup('servicedesk', sampleTickets(), step);
    const names = fake.sheets.map((s) => s.name);
    const out = await build(request, fake.run);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toMatch(/Injected failure/);
    expect(!out.ok && out.error).toContain(messages('en').wizard.errors.nothingChanged);
    // Every sync is reported, the rollback's included.
    expect(out.syncs).toBe(fake.syncs);
    expect(out.syncs).toBeGreaterThan(step);
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
    expect({ Data: fake.snapshot('Data'), Notes: fake.snapshot('Notes') }).toEqual(before);
  });

  it('never deletes a sheet that is not its own, even one that took the same name', async () => {
    // The build fails at its write step: rollback finds a sheet under the name it chose, but without its token.
    const { fake, request } = setup('scorecard', null, 2);
    const realRun = fake.run;
    let intruder = false;
    fake.run = async (batch) =>
      realRun(async (ctx) => {
        const origSync = ctx.sync.bind(ctx);
        (ctx as { sync: () => Promise<void> }).sync = async () => {
          if (fake.syncs === 1 && !intruder) {
            intruder = true;
            fake.addSheet('MSP scorecard').cells.set('0,0', 'a colleague’s sheet');
          }
          return origSync();
        };
        return batch(ctx);
      });
    const out = await build(request, fake.run);
    expect(out.ok).toBe(false);
    expect(fake.find('MSP scorecard')!.cells.get('0,0')).toBe('a colleague’s sheet');
  });

  it('reports a data problem in plain words without writing anything', async () => {
    const bad = sampleLedger();
    bad[3]![4] = 'twelve';
    const { fake, request } = setup('revenue', bad);
    const out = await build(request, fake.run);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toMatch(/row 4.*not a number/);
    expect(fake.syncs).toBe(1);
    expect(fake.sheets).toHaveLength(2);
  });

  it('reports and fails in the pane language, whatever the language of the sheet labels', async () => {
    const { fake, request } = setup('servicedesk', sampleTickets());
    const out = await build({ ...request, language: 'de' }, fake.run, 'fr');
    const fr = messages('fr').wizard.build;
    expect(out.ok && out.report.map((line) => line.replace(/\d+/, 'N'))).toEqual([
      fr.reportFormulas.replace('{count}', 'N'),
      fr.reportTables.replace('{count}', 'N'),
      fr.reportCharts.replace('{count}', 'N'),
    ]);
    fake.failAt = fake.syncs + 2;
    const failed = await build({ ...request, language: 'de' }, fake.run, 'it');
    expect(!failed.ok && failed.error).toContain(messages('it').wizard.errors.nothingChanged);
  });

  it('builds from an Excel table, referring to it by name', async () => {
    const grid = sampleTickets();
    const fake = new FakeExcel({
      sheets: [{ name: 'Export', data: grid }],
      tables: [{ name: 'Tickets', sheet: 'Export', address: address(grid) }],
    });
    const out = await build(
      {
        template: 'servicedesk',
        language: 'fr',
        source: { kind: 'table', ref: 'Tickets' },
        options: { endpoints: 250 },
      },
      fake.run,
    );
    expect(out.ok).toBe(true);
    const sheet = fake.find(out.ok ? out.sheetName : '')!;
    // The targets table, business hours and holidays cells of the sheet follow the table reference.
    expect([...sheet.cells.values()]).toContain('=MSP.SLA(Tickets[[#Headers],[#Data]],$A$10:$C$14,$B$6,$B$7:$Q$7)');
    expect(out.ok && out.sheetName).toBe(messages('fr').sheet.titles.serviceDesk);
  });
});

describe('refresh', () => {
  async function built() {
    const { fake, request } = setup('servicedesk', sampleTickets());
    const out = await build(request, fake.run);
    if (!out.ok) throw new Error(out.error);
    // The sheet is moved between the user's sheets: refresh must keep it there.
    const sheet = fake.find(out.sheetName)!;
    fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
    fake.sheets.splice(1, 0, sheet);
    return { fake, name: out.sheetName, start: fake.syncs };
  }

  it('rebuilds under the same name and position in 4 syncs, and listBuilds finds it', async () => {
    const { fake, name, start } = await built();
    const out = await refresh(name, 'en', fake.run);
    expect(out).toMatchObject({ ok: true, sheetName: name });
    expect(fake.syncs - start).toBe(4);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', name, 'Notes']);
    const list = await listBuilds(fake.run);
    expect(list).toEqual([{ sheetName: name, settings: expect.objectContaining({ template: 'servicedesk' }) }]);
  });

  it.each([2, 3])('keeps the old sheet when the rebuild fails at its step %i', async (step) => {
    const { fake, name, start } = await built();
    const old = fake.snapshot(name);
    const names = fake.sheets.map((s) => s.name);
    fake.failAt = start + 1 + step;
    const out = await refresh(name, 'en', fake.run);
    expect(out.ok).toBe(false);
    expect(out.syncs).toBe(fake.syncs - start);
    expect(out.syncs).toBeGreaterThan(1 + step);
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
    expect(fake.snapshot(name)).toEqual(old);
    expect(!out.ok && out.error).toContain(messages('en').wizard.errors.nothingChanged);
  });

  it('says so for a sheet the wizard did not build', async () => {
    const { fake } = setup('scorecard', null);
    const out = await refresh('Notes', 'de', fake.run);
    expect(out).toMatchObject({ ok: false, error: messages('de').wizard.build.nothingToRefresh });
  });
});

describe('writeSample', () => {
  it('writes the sample tickets to a new, uniquely named sheet in two syncs', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sample tickets' }] });
    const out = await writeSample('servicedesk', 'en', fake.run);
    expect(out).toMatchObject({ ok: true, sheetName: 'Sample tickets (2)', rows: 300 });
    expect(fake.syncs).toBe(2);
    const sheet = fake.find('Sample tickets (2)')!;
    expect(sheet.cells.get('0,0')).toBe('Ticket #');
    expect(sheet.formats.get('1,4')).toBe('yyyy-mm-dd hh:mm');
    // The address it returns is a build source.
    const built = await build(
      {
        template: 'servicedesk',
        language: 'en',
        source: { kind: 'range', ref: out.ok ? out.address : '' },
        options: {},
      },
      fake.run,
    );
    expect(built.ok).toBe(true);
  });

  it.each([1, 2])('a failure at its sync %i leaves no partial sample sheet and says so', async (step) => {
    const fake = new FakeExcel({ sheets: [{ name: 'Data', data: [['keep me']] }], failAtSync: step });
    const out = await writeSample('servicedesk', 'en', fake.run);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toContain(messages('en').wizard.errors.nothingChanged);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data']);
  });

  it('never removes a sheet it did not add, even one under the name it chose', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Data' }], failAtSync: 2 });
    const realRun = fake.run;
    fake.run = async (batch) =>
      realRun(async (ctx) => {
        const origSync = ctx.sync.bind(ctx);
        (ctx as { sync: () => Promise<void> }).sync = async () => {
          // A colleague adds "Sample tickets" between the name check and the write, which then fails.
          if (fake.syncs === 1) fake.addSheet('Sample tickets').cells.set('0,0', 'a colleague’s sheet');
          return origSync();
        };
        return batch(ctx);
      });
    const out = await writeSample('servicedesk', 'en', fake.run);
    expect(out.ok).toBe(false);
    expect(fake.find('Sample tickets')!.cells.get('0,0')).toBe('a colleague’s sheet');
  });

  it('has nothing to write for the scorecard', async () => {
    const fake = new FakeExcel();
    expect(await writeSample('scorecard', 'en', fake.run)).toMatchObject({ ok: false });
    expect(fake.sheets).toHaveLength(1);
  });
});
