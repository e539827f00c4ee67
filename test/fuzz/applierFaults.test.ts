import { sampleLedger } from '../../src/samples/sampleLedger';
import { sampleTickets } from '../../src/samples/sampleTickets';
import { build, refresh } from '../../src/taskpane/excel';
import type { BuildRequest } from '../../src/templates/request';
import type { TemplateId } from '../../src/templates/sheetPlan';
import { FakeExcel } from '../fakeExcel/fakeExcel';

/**
 * Fault injection over the whole matrix: every template, a rejected sync at EVERY step of a build
 * and of a refresh (test/applier/build.test.ts checks steps 2 and 3 of the service-desk build and
 * refresh in detail; this sweeps all steps of all templates). Whatever step fails: the outcome says
 * so, no half-built sheet is left, and the user's sheets are exactly as before.
 */
type Value = string | number | boolean;
const DATA: Record<TemplateId, Value[][] | null> = {
  servicedesk: sampleTickets(),
  revenue: sampleLedger(),
  scorecard: null,
  benchmarks: null,
};
const address = (grid: Value[][]) => `A1:${String.fromCharCode(64 + grid[0]!.length)}${grid.length}`;

function setup(template: TemplateId) {
  const grid = DATA[template];
  const fake = new FakeExcel({
    sheets: [
      { name: 'Data', data: grid ?? [['x']] },
      { name: 'Notes', data: [['keep me']] },
    ],
  });
  const request: BuildRequest = {
    template,
    language: 'en',
    source: grid ? { kind: 'range', ref: `Data!${address(grid)}` } : { kind: 'none', ref: '' },
    options: { currency: '€', endpoints: 250 },
  };
  return { fake, request };
}
const injectAt = (fake: FakeExcel, sync: number) => void ((fake as unknown as { failAt: number }).failAt = sync);
const userSheets = (fake: FakeExcel) => ({ Data: fake.snapshot('Data'), Notes: fake.snapshot('Notes') });

describe.each(Object.keys(DATA) as TemplateId[])('template %s: a sync rejected at any step', (template) => {
  it('build: no half-built sheet, user data untouched', async () => {
    const clean = setup(template);
    const ok = await build(clean.request, clean.fake.run);
    expect(ok.ok).toBe(true);
    const steps = clean.fake.syncs;
    expect(steps).toBeGreaterThan(0);
    for (let step = 1; step <= steps; step++) {
      const { fake, request } = setup(template);
      const names = fake.sheets.map((s) => s.name);
      const before = userSheets(fake);
      injectAt(fake, step);
      const out = await build(request, fake.run);
      expect({ step, ok: out.ok, syncs: out.syncs }).toEqual({ step, ok: false, syncs: fake.syncs });
      expect({ step, sheets: fake.sheets.map((s) => s.name) }).toEqual({ step, sheets: names });
      expect({ step, user: userSheets(fake) }).toEqual({ step, user: before });
    }
  });

  it('refresh: the old sheet survives unchanged, nothing else appears', async () => {
    const clean = setup(template);
    const first = await build(clean.request, clean.fake.run);
    if (!first.ok) throw new Error(first.error);
    const start = clean.fake.syncs;
    expect(await refresh(first.sheetName, 'en', clean.fake.run)).toMatchObject({ ok: true });
    const steps = clean.fake.syncs - start;
    for (let step = 1; step <= steps; step++) {
      const { fake, request } = setup(template);
      const built = await build(request, fake.run);
      if (!built.ok) throw new Error(built.error);
      const names = fake.sheets.map((s) => s.name);
      const before = { ...userSheets(fake), built: fake.snapshot(built.sheetName) };
      const start = fake.syncs;
      injectAt(fake, start + step);
      const out = await refresh(built.sheetName, 'en', fake.run);
      expect({ step, ok: out.ok, syncs: out.syncs }).toEqual({ step, ok: false, syncs: fake.syncs - start });
      expect({ step, sheets: fake.sheets.map((s) => s.name) }).toEqual({ step, sheets: names });
      expect({ step, user: { ...userSheets(fake), built: fake.snapshot(built.sheetName) } }).toEqual({
        step,
        user: before,
      });
    }
  });
});
