import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { messages } from '../../src/core/i18n';
import type { TemplateId } from '../../src/templates/sheetPlan';
import { SETTINGS_KEY } from '../../src/taskpane/excel/settings';
import { SAMPLE_ENDPOINTS } from '../../src/samples/sampleTickets';
import { BUNDLE_EVAL, checkPage } from '../security/policies';
import {
  buildAddin,
  fakeLog,
  fakeModel,
  launch,
  type Op,
  openPane,
  type Pane,
  requireChromium,
  ROOT,
  screenshot,
  serve,
  written,
} from './harness';

/*
 * The task pane in a real browser: Debian's Chromium opens the production build from 127.0.0.1,
 * Office.js is the recording fake (test/fakeExcel, bundled by the harness), every other host is blocked. Each
 * template is clicked through with sample data and the operations Excel would receive are checked.
 */

jest.setTimeout(300_000);

const en = messages('en').wizard;
let browser: Browser;
let url: string;
let close: () => Promise<void>;
let dist: string;

beforeAll(async () => {
  requireChromium();
  dist = buildAddin();
  ({ url, close } = await serve(dist));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await close?.();
  if (dist && dist !== process.env['MSP_E2E_DIST']) fs.rmSync(dist, { recursive: true, force: true });
});

/** No request left the machine but Office.js (answered by the fake); no CSP violation, no script error. */
async function expectCleanPage(pane: Pane): Promise<void> {
  expect(pane.blocked).toEqual([]);
  expect(pane.officeJsLoads).toHaveLength(1);
  expect(await pane.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(pane.errors).toEqual([]);
}

const radio = (page: Page, name: string) => page.getByRole('radio', { name: new RegExp(`^${escape(name)}`) });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The current step's label in the stepper is shown whole, not cut with an ellipsis. */
async function expectWholeStepLabel(page: Page): Promise<void> {
  const label = page.locator('.stepper li[aria-current="step"] span').first();
  const { text, cut } = await label.evaluate((e) => ({ text: e.textContent, cut: e.scrollWidth > e.clientWidth }));
  expect({ text, cut }).toEqual({ text, cut: false });
}

/** Step 1 by keyboard: Tab into the radio group, arrows to the template (arrows select), Enter on Next. */
async function chooseTemplateByKeyboard(page: Page, template: TemplateId): Promise<void> {
  const order: TemplateId[] = ['scorecard', 'servicedesk', 'revenue', 'benchmarks'];
  await page.locator('[data-key="template:scorecard"]').focus();
  for (let i = 0; i < order.indexOf(template); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.locator(`[data-key="template:${template}"]`).getAttribute('aria-checked')).resolves.toBe('true');
  // Tab order: the checked card is the group's only tab stop, then the Refresh buttons of
  // sheets built earlier (if any), then the footer's Next.
  const stops: string[] = [];
  do {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['key'] ?? ''));
  } while (stops[stops.length - 1] !== 'next' && stops.length < 5);
  expect(stops.every((k) => k === 'next' || k.startsWith('refresh:'))).toBe(true);
  expect(stops[stops.length - 1]).toBe('next');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: en.pane.dataTitle }).waitFor();
}

/** The ops of the Excel.run that added `sheet`, and that run's sync count. */
async function buildRun(page: Page, sheet: string): Promise<{ ops: Op[]; syncs: number; implicit: number }> {
  const log = await fakeLog(page);
  const add = log.ops.find(
    (o) => o.kind === 'call' && o.member === 'add' && o.target === 'worksheets' && (o.args as string[])[0] === sheet,
  );
  if (!add) throw new Error(`no worksheets.add("${sheet}") recorded`);
  return {
    ops: log.ops.filter((o) => o.run === add.run),
    syncs: log.runSyncs[add.run] ?? 0,
    implicit: log.implicitSyncs,
  };
}

const EXPECT: Record<TemplateId, { charts: number; ratings: boolean; colorScale: boolean; sample: boolean }> = {
  scorecard: { charts: 0, ratings: true, colorScale: false, sample: false },
  // Tickets by period, and tickets by priority (the sample has a priority column).
  servicedesk: { charts: 2, ratings: true, colorScale: false, sample: true },
  revenue: { charts: 1, ratings: true, colorScale: true, sample: true },
  benchmarks: { charts: 0, ratings: false, colorScale: false, sample: false },
};

/** Sample-data syncs per template, reported at the end (the build's budget is separate). */
const sampleSyncs: Record<string, number> = {};

describe('the production build', () => {
  it('keeps the strict Content-Security-Policy on the page it emits', () => {
    checkPage(fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8'));
  });
  it('ships no code built from strings (the CSP would block it at run time)', () => {
    const found = ['functions.js', 'taskpane.js'].filter((f) =>
      BUNDLE_EVAL.test(fs.readFileSync(path.join(dist, f), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});

describe('task pane wizard in Chromium', () => {
  it.each(Object.keys(EXPECT) as TemplateId[])('builds %s from sample data in at most 3 syncs', async (template) => {
    const pane = await openPane(browser, url);
    const { page } = pane;
    await screenshot(page, `${template}-1-template`);
    await expectWholeStepLabel(page);
    await chooseTemplateByKeyboard(page, template);

    // Step 2: sample data, written to its own sheet first, then what was found.
    if (EXPECT[template].sample) {
      await radio(page, en.data.sample).click();
      const before = (await fakeLog(page)).syncs;
      const added = (await fakeModel(page)).sheets.length;
      await button(page, en.pane.writeSample).click();
      await page.getByRole('heading', { name: en.data.detected }).waitFor();
      sampleSyncs[template] = (await fakeLog(page)).syncs - before;
      const text = await page.locator('.content').innerText();
      expect(text).toContain(en.data.noProblem);
      expect(text).toMatch(
        template === 'servicedesk' ? /\b\d{3} tickets\b/ : /\d+ periods, from .+ to .+[\s\S]*\d+ customers/,
      );
      // The template's KPIs with the columns each reads; no role listed as "not found".
      const kpis = await page.locator('[data-findings="kpis-built"]').innerText();
      expect(kpis).toContain(en.data.kpisBuilt);
      expect(kpis).toContain(
        // The sample has priorities: its SLA line reads the sheet's targets per priority on the times.
        template === 'servicedesk'
          ? 'Priority, Created, Resolved, Status'
          : 'Each from: Customer, Invoice date, Monthly amount',
      );
      expect(text).not.toMatch(/not found/i);
      expect((await fakeModel(page)).sheets).toHaveLength(added + 1);
    } else {
      await expect(page.locator('.content').innerText()).resolves.toContain(
        template === 'scorecard' ? en.pane.noDataScorecard : en.pane.noDataBenchmarks,
      );
    }
    await screenshot(page, `${template}-2-data`);
    await expectWholeStepLabel(page);
    await button(page, en.buttons.next).click();

    // Step 3: options; the service desk gets an endpoints count.
    await page.getByRole('heading', { name: en.pane.optionsTitle }).waitFor();
    await expect(page.getByLabel(en.options.language).inputValue()).resolves.toBe('en');
    // The sample comes with its MSP's fleet size, so tickets per endpoint shows at once, not #DIV/0!.
    if (template === 'servicedesk')
      await expect(page.getByLabel(en.options.endpoints).inputValue()).resolves.toBe(String(SAMPLE_ENDPOINTS));
    await screenshot(page, `${template}-3-options`);
    await expectWholeStepLabel(page);
    await button(page, en.buttons.next).click();

    // Step 4: build, with progress announced, then the report.
    await page.getByRole('heading', { name: en.pane.buildTitle }).waitFor();
    await button(page, en.buttons.build).click();
    const done = page.locator('.message.success .message-title');
    await done.waitFor();
    const title = await done.innerText();
    const sheet = /"(.+)"/.exec(title)![1]!;
    expect(title).toBe(`Built the sheet "${sheet}".`);
    await expect(page.getByRole('status').innerText()).resolves.toBe(title);
    await screenshot(page, `${template}-4-build`);
    await expectWholeStepLabel(page);

    const run = await buildRun(page, sheet);
    expect(run.syncs).toBeLessThanOrEqual(3);
    const onSheet = run.ops.filter((o) => o.sheet === sheet);
    const formulas = written(onSheet, 'formulas').filter(
      (f): f is string => typeof f === 'string' && f.startsWith('='),
    );
    expect(formulas.some((f) => f.includes('MSP.'))).toBe(true);
    expect(written(onSheet, 'numberFormat').some((f) => typeof f === 'string' && f !== 'General')).toBe(true);
    const calls = (member: string, target: RegExp) =>
      onSheet.filter((o) => o.kind === 'call' && o.member === member && target.test(o.target));
    expect(calls('add', /\.charts$/)).toHaveLength(EXPECT[template].charts);
    const cf = calls('add', /\.conditionalFormats$/).map((o) => o.args![0]);
    expect(cf.includes('ContainsText')).toBe(EXPECT[template].ratings);
    expect(cf.includes('ColorScale')).toBe(EXPECT[template].colorScale);
    // Settings stored on the sheet for Refresh, and the sheet is the active one.
    const model = await fakeModel(page);
    const built = model.sheets.find((s) => s.name === sheet)!;
    expect(JSON.parse(built.props[SETTINGS_KEY]!)).toMatchObject({ version: 1, template, language: 'en' });
    expect(model.active).toBe(sheet);
    if (template === 'servicedesk') expect(Object.values(built.cells)).toContain(SAMPLE_ENDPOINTS);
    // The new sheet is listed for Refresh.
    await expect(page.locator('.builds').innerText()).resolves.toContain(sheet);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('reports the sample-data syncs (a separate step from the build)', () => {
    // writeSample (2: names, write) + reading the written region back (2: selection, region).
    expect(Object.keys(sampleSyncs).sort()).toEqual(['revenue', 'servicedesk']);
    for (const n of Object.values(sampleSyncs)) expect(n).toBeLessThanOrEqual(4);
    console.log(`sample data syncs per template: ${JSON.stringify(sampleSyncs)}`);
  });

  it('never reuses a sheet name: a second build gets " (2)"', async () => {
    const pane = await openPane(browser, url);
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'benchmarks');
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.next).click();
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      await button(page, en.buttons.build).click();
      const title = await page.locator('.message.success .message-title').innerText();
      names.push(/"(.+)"/.exec(title)![1]!);
      await button(page, en.buttons.back).click();
      await button(page, en.buttons.next).click();
    }
    expect(names[1]).toBe(`${names[0]} (2)`);
    expect((await fakeModel(page)).sheets.map((s) => s.name)).toEqual(['Sheet1', names[0], names[1]]);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('keeps Start over after a Refresh on the Build step: one more click never builds a duplicate', async () => {
    const pane = await openPane(browser, url);
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'benchmarks');
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.build).click();
    const title = await page.locator('.message.success .message-title').innerText();
    const sheet = /"(.+)"/.exec(title)![1]!;
    await page.getByRole('button', { name: `Refresh "${sheet}"` }).click();
    await page.locator('.message-title', { hasText: `Refreshed the sheet "${sheet}".` }).waitFor();
    await screenshot(page, 'refresh-on-build-step');
    await expect(page.locator('.message-title', { hasText: title }).count()).resolves.toBe(1);
    await expect(button(page, en.buttons.build).count()).resolves.toBe(0);
    await button(page, en.buttons.startOver).click();
    await page.getByRole('heading', { name: en.pane.templateTitle }).waitFor();
    expect((await fakeModel(page)).sheets.map((s) => s.name)).toEqual(['Sheet1', sheet]);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('shows workbook text as text: an <img onerror> customer, sheet name and built sheet stay inert', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const evilSheet = '<img src=x onerror=__xss=1>';
    const pane = await openPane(browser, url, {
      sheets: [
        {
          name: evilSheet,
          data: [
            ['Customer', 'Month', 'MRR'],
            [evil, '2025-01', 100],
            ['Acme', '2025-01', 200],
            [evil, '2025-02', 150],
            ['Acme', '2025-02', 200],
            [evil, '2025-03', 150],
          ],
        },
        {
          name: '<b>KPIs</b> & "co"',
          props: {
            [SETTINGS_KEY]: JSON.stringify({
              version: 1,
              template: 'benchmarks',
              language: 'en',
              source: { kind: 'none', ref: '' },
              options: {},
            }),
          },
        },
      ],
      selection: { sheet: evilSheet, address: 'B2' },
    });
    const { page } = pane;
    await page.locator('.builds').waitFor();
    await chooseTemplateByKeyboard(page, 'revenue');
    await radio(page, en.data.selection).click();
    await page.getByRole('heading', { name: en.data.detected }).waitFor();
    const text = await page.locator('.wizard').first().innerText();
    expect(text).toContain(`${evilSheet}'!A1:C6`);
    await screenshot(page, 'xss-data');
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.build).click();
    await page.locator('.message.success').waitFor();
    await expect(page.locator('.builds').innerText()).resolves.toContain('<b>KPIs</b> & "co"');
    expect(
      await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        imgs: document.querySelectorAll('img, b').length,
      })),
    ).toEqual({ xss: undefined, imgs: 0 });
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('reads an Excel table picked from the list, header row and data body', async () => {
    const ledger = [
      ['Client', 'Billing month', 'MRR'],
      ['Acme', '2025-01', 200],
      ['Globex', '2025-01', 100],
      ['Acme', '2025-02', 250],
      ['Globex', '2025-02', 100],
    ];
    const pane = await openPane(browser, url, {
      sheets: [{ name: 'Notes' }, { name: 'Billing', data: ledger }],
      tables: [{ name: 'Ledger', sheet: 'Billing', address: 'A1:C5' }],
    });
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'revenue');
    await radio(page, en.data.table).click();
    await page.getByLabel(en.data.pickTable).selectOption('Ledger');
    await page.getByRole('heading', { name: en.data.detected }).waitFor();
    const text = await page.locator('.content').innerText();
    expect(text).toContain('Table: Ledger (Billing!A1:C5)');
    expect(text).toContain('2 customers');
    await screenshot(page, 'table-2-data');
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.next).click();
    await expect(page.locator('.content').innerText()).resolves.toContain('Table: Ledger (Billing!A1:C5)');
    await button(page, en.buttons.build).click();
    await page.locator('.message.success .message-title').waitFor();
    const built = (await fakeModel(page)).sheets.find((s) => s.props[SETTINGS_KEY]);
    expect(JSON.parse(built!.props[SETTINGS_KEY]!).source).toEqual({ kind: 'table', ref: 'Ledger' });
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('reads and builds from 200 000 tickets, beyond one 5 MB answer of Excel on the web, in bands', async () => {
    // Generated in the page (see Seed.ticketSheets): 200 001 rows × 10 columns, 79 bytes of JSON a row.
    const pane = await openPane(browser, url, {
      ticketSheets: [{ name: 'Tickets', tickets: 200_000 }],
      selection: { sheet: 'Tickets', address: 'C5' },
    });
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'servicedesk');
    const before = await fakeLog(page);
    await radio(page, en.data.selection).click();
    await page.getByRole('heading', { name: en.data.detected }).waitFor();
    const text = await page.locator('.content').innerText();
    expect(text).toContain('Tickets!A1:J200001');
    expect(text).toContain('200000 tickets');
    expect(text).toContain(en.data.noProblem);
    // The clicked cell and its region's address, then the region: a first band of 13 107 rows
    // (4 MB / (10 columns × 32 bytes)) and bands of 52 428 rows (4 MB / 80 bytes a row measured).
    const inspected = await fakeLog(page);
    expect(inspected.syncs - before.syncs).toBe(6);
    await screenshot(page, 'big-2-data');
    await button(page, en.buttons.next).click();
    await page.getByLabel(en.options.endpoints).fill('2500');
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.build).click();
    const done = page.locator('.message.success .message-title');
    await done.waitFor({ timeout: 60_000 });
    const sheet = /"(.+)"/.exec(await done.innerText())![1]!;
    await screenshot(page, 'big-4-build');
    const run = await buildRun(page, sheet);
    // Five reads (the first with the sheet names), the write, the check: no sync beyond the bands.
    expect(run.syncs).toBe(7);
    const bands = run.ops.filter((o) => o.member === 'getResizedRange').map((o) => (o.args![0] as number) + 1);
    expect(bands).toEqual([13_107, 52_428, 52_428, 52_428, 29_610]);
    const formulas = written(
      run.ops.filter((o) => o.sheet === sheet),
      'formulas',
    ).filter((f): f is string => typeof f === 'string');
    // The formulas refer to all 200 001 rows.
    expect(formulas.some((f) => /Tickets'?!\$A\$1:\$J\$200001/.test(f))).toBe(true);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('refreshes a sheet built earlier (shared workbook): listed on the first step, rebuilt in place', async () => {
    const settings = {
      version: 1,
      template: 'benchmarks',
      language: 'de',
      source: { kind: 'none', ref: '' },
      options: {},
    };
    const pane = await openPane(browser, url, {
      sheets: [
        { name: 'Sheet1' },
        { name: 'Team KPIs', props: { [SETTINGS_KEY]: JSON.stringify(settings) } },
        { name: 'Notes' },
      ],
    });
    const { page } = pane;
    await page.locator('.builds').waitFor();
    await screenshot(page, 'refresh-1-list');
    const before = (await fakeLog(page)).runs;
    await page.getByRole('button', { name: 'Refresh "Team KPIs"' }).click();
    await expect(page.locator('.message.success .message-title').innerText()).resolves.toBe(
      'Refreshed the sheet "Team KPIs".',
    );
    await screenshot(page, 'refresh-2-done');
    const log = await fakeLog(page);
    const refreshRun = before + 1;
    expect(log.runSyncs[refreshRun]).toBeLessThanOrEqual(4);
    // Same name, same place, settings kept; the user's other sheets untouched.
    const model = await fakeModel(page);
    expect(model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Team KPIs', 'Notes']);
    expect(JSON.parse(model.sheets[1]!.props[SETTINGS_KEY]!)).toEqual(settings);
    expect(log.ops.filter((o) => o.run === refreshRun && o.member === 'delete').map((o) => o.sheet)).toEqual([
      'Team KPIs',
    ]);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('says what went wrong in plain words and leaves no half-built sheet', async () => {
    const pane = await openPane(browser, url, { failAfterAdd: true });
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'scorecard');
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.next).click();
    await button(page, en.buttons.build).click();
    const alert = page.locator('.message.error[role="alert"]');
    await alert.waitFor();
    const said = await alert.innerText();
    expect(said).toContain('Injected failure');
    expect(said).toContain(en.errors.nothingChanged);
    expect(said).not.toContain('Excel reported');
    await screenshot(page, 'build-failed');
    expect((await fakeModel(page)).sheets.map((s) => s.name)).toEqual(['Sheet1']);
    // The build can be tried again once the cause is fixed.
    await expect(button(page, en.buttons.build).isEnabled()).resolves.toBe(true);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('says plainly what a wrong range lacks, with the accepted headers one click away', async () => {
    const pane = await openPane(browser, url, {
      sheets: [
        {
          name: 'Notes',
          data: [
            ['Name', 'Value'],
            ['x', 1],
          ],
        },
      ],
      selection: { sheet: 'Notes', address: 'A1:B2' },
    });
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'servicedesk');
    await radio(page, en.data.selection).click();
    await page.getByRole('heading', { name: en.data.detected }).waitFor();
    const text = await page.locator('.content').innerText();
    expect(text).toContain('1 ticket\n');
    expect(text).toContain('No column was found for: created time. The sheet needs one.');
    expect(text).not.toContain('MSP.');
    // The accepted headers are in a closed <details>: not on screen until asked for.
    expect(text).not.toContain('Date Entered');
    await page.getByText(en.data.acceptedHeaders).click();
    await expect(page.locator('details.accepted').innerText()).resolves.toContain('Date Entered');
    await screenshot(page, 'wrong-range');
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('removes a partly written sample sheet when writing the sample fails, and says nothing was written', async () => {
    const pane = await openPane(browser, url, { failAfterAdd: true });
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'servicedesk');
    await radio(page, en.data.sample).click();
    await button(page, en.pane.writeSample).click();
    const alert = page.locator('.message.error[role="alert"]');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain(en.errors.nothingChanged);
    await screenshot(page, 'sample-failed');
    expect((await fakeModel(page)).sheets.map((s) => s.name)).toEqual(['Sheet1']);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('refuses Next with a reason, and follows Office’s display language (French)', async () => {
    const fr = messages('fr').wizard;
    const pane = await openPane(browser, url, { displayLanguage: 'fr-FR' });
    const { page } = pane;
    await expect(page.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(fr.pane.templateTitle);
    await button(page, fr.buttons.next).click();
    await expect(page.locator('.message.error').innerText()).resolves.toBe(fr.pane.needTemplate);
    await expect(page.getByRole('alert').first().innerText()).resolves.toBe(fr.pane.needTemplate);
    await radio(page, fr.templates.serviceDesk).click();
    await button(page, fr.buttons.next).click();
    await button(page, fr.buttons.next).click();
    await expect(page.locator('.message.error').innerText()).resolves.toBe(fr.pane.needSource);
    await screenshot(page, 'fr-2-data');
    await expectWholeStepLabel(page);
    await radio(page, fr.data.sample).click();
    await button(page, fr.pane.writeSample).click();
    await page.getByRole('heading', { name: fr.data.detected }).waitFor();
    // What was found, all in French: the KPI lines with their columns, the endpoints line waiting.
    const found = await page.locator('.content').innerText();
    expect(found).toContain(fr.data.kpisBuilt);
    expect(found).toContain(fr.data.waitsForEndpoints);
    expect(found).not.toContain('MSP.');
    await screenshot(page, 'fr-2-found');
    await button(page, fr.buttons.next).click();
    await expect(page.getByLabel(fr.options.language).inputValue()).resolves.toBe('fr');
    await expect(page.getByLabel(fr.options.currency).inputValue()).resolves.toBe('€');
    await page.getByLabel(fr.options.endpoints).fill('douze');
    await button(page, fr.buttons.next).click();
    await expect(page.locator('#endpoints-error').innerText()).resolves.toBe(fr.pane.badEndpoints);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('endpoints');
    await screenshot(page, 'fr-3-options');
    await expectWholeStepLabel(page);
    await expectCleanPage(pane);
    await pane.context.close();
  });

  it('takes the README screenshot (the Data step after writing the sample ledger)', async () => {
    // Taller than a laptop's pane so the whole step shows in one picture; same 350 px width.
    const pane = await openPane(browser, url, {}, { width: 350, height: 880 });
    const { page } = pane;
    await chooseTemplateByKeyboard(page, 'revenue');
    await radio(page, en.data.sample).click();
    await button(page, en.pane.writeSample).click();
    await page.getByRole('heading', { name: en.data.detected }).waitFor();
    const file = path.join(ROOT, 'docs', 'wizard.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeLessThan(150_000);
    await expectCleanPage(pane);
    await pane.context.close();
  });
});
