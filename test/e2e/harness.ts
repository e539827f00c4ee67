import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { FakeLog, Op, PlainWorkbook } from '../fakeExcel/fakeExcel';
import type { Seed } from '../fakeExcel/officeGlobals';
import { chromiumPath } from '../../scripts/prerequisites';

export type { Op, Seed };

/**
 * The browser test's set-up: the add-in built by webpack, served from 127.0.0.1, opened in
 * Debian's Chromium with Office.js replaced by the recording fake and every other host blocked.
 */

export const ROOT = path.resolve(__dirname, '..', '..');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** Office's default task pane width. */
export const PANE = { width: 350, height: 760 };

/** Chromium, where `npm test`'s prerequisite check found it (or would have installed it). */
export function requireChromium(): string {
  const found = chromiumPath();
  if (!found) {
    throw new Error(
      'The browser test needs Chromium (/usr/bin/chromium or chromium on PATH), which is missing: ' +
        'run `npx tsx scripts/prerequisites.ts` (as root it installs it; otherwise it prints the command).',
    );
  }
  return found;
}

/**
 * Builds the add-in into a temporary directory (production mode, as shipped). MSP_E2E_DIST points
 * at an existing build instead, to iterate on the tests without rebuilding.
 */
export function buildAddin(): string {
  const existing = process.env['MSP_E2E_DIST'];
  if (existing) return existing;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'msp-e2e-'));
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A static file server on 127.0.0.1 and a random port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(dir, rel || 'taskpane.html');
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What the page did besides rendering: requests to other hosts, CSP violations, script errors. */
export interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly blocked: string[];
  readonly officeJsLoads: string[];
  readonly errors: string[];
}

/** The jest tests' fake of Excel, bundled for the page with the Office globals around it. */
const FAKE = buildSync({
  entryPoints: [path.join(ROOT, 'test', 'fakeExcel', 'officeGlobals.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  write: false,
}).outputFiles[0]!.text;

export async function openPane(browser: Browser, url: string, seed: Seed = {}, viewport = PANE): Promise<Pane> {
  const context = await browser.newContext({ viewport, locale: seed.displayLanguage ?? 'en-US' });
  const blocked: string[] = [];
  const officeJsLoads: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const u = route.request().url();
    if (u === OFFICE_JS) {
      officeJsLoads.push(u);
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE });
      return;
    }
    const host = new URL(u).hostname;
    if (host === '127.0.0.1' || host === 'localhost') {
      await route.continue();
      return;
    }
    blocked.push(u);
    await route.abort('blockedbyclient');
  });
  await context.addInitScript({
    content:
      `window.__fakeExcelSeed = ${JSON.stringify(seed)};` +
      "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });",
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForSelector('.step-title');
  return { page, context, blocked, officeJsLoads, errors };
}

export const fakeLog = (page: Page): Promise<FakeLog> =>
  page.evaluate(() => (window as unknown as { __fake: { log: FakeLog } }).__fake.log);
export const fakeModel = (page: Page): Promise<PlainWorkbook> =>
  page.evaluate(() => (window as unknown as { __fake: { model: () => PlainWorkbook } }).__fake.model());

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Everything a set of `set` ops wrote to `member`, flattened to cell values. */
export const written = (ops: readonly Op[], member: string): unknown[] =>
  ops
    .filter((o) => o.kind === 'set' && o.member === member)
    .flatMap((o) => (Array.isArray(o.value) ? (o.value as unknown[][]).flat() : [o.value]));
