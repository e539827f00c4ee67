/**
 * The browser test's Office.js: bundled by test/e2e/harness.ts and served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It seeds the recording fake from
 * `window.__fakeExcelSeed` (set by the test before this script runs; see FakeOptions) and exposes it
 * as `window.__fake` ({ log, model() }) for the test to assert on.
 */
import { bigTickets } from './bigTickets';
import { FakeExcel, type FakeOptions } from './fakeExcel';

export interface Seed extends FakeOptions {
  /** Office's display language (`fr-FR`); en-US when absent. */
  displayLanguage?: string;
  /** Sheets of generated tickets (see bigTickets) after `sheets`: made in the page, not sent as JSON. */
  ticketSheets?: { name: string; tickets: number }[];
}

const page = window as unknown as Record<string, unknown> & { __fakeExcelSeed?: Seed };
const seed = page.__fakeExcelSeed ?? {};
const generated = (seed.ticketSheets ?? []).map((s) => ({ name: s.name, data: bigTickets(s.tickets) }));
const sheets = seed.sheets || generated.length > 0 ? [...(seed.sheets ?? []), ...generated] : undefined;
// A sync takes a few milliseconds, so the page renders between requests as it does in Excel.
const fake = new FakeExcel({ ...seed, sheets, latencyMs: 5 });
const functions: string[] = [];

/** Enums read as their Office.js string values (`Excel.ChartType.line` → 'Line'). */
const enumNamespace = new Proxy(
  {},
  { get: (_t, k) => (typeof k === 'string' ? k.charAt(0).toUpperCase() + k.slice(1) : undefined) },
);
page['Excel'] = new Proxy({ run: fake.run } as Record<string, unknown>, {
  get: (t, k) => (typeof k !== 'string' ? undefined : k in t ? t[k] : enumNamespace),
});

const language = seed.displayLanguage ?? 'en-US';
const ready = new Promise((resolve) => setTimeout(resolve, 10));
page['Office'] = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: { displayLanguage: language, contentLanguage: language, requirements: { isSetSupported: () => true } },
  actions: { associate: () => undefined },
  addin: { showAsTaskpane: () => Promise.resolve() },
  onReady: async (cb?: (info: unknown) => void) => {
    await ready;
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    cb?.(info);
    return info;
  },
};

class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
page['CustomFunctions'] = {
  associate: (id: string) => functions.push(id),
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
  },
};

page['__fake'] = { log: fake.log, model: () => fake.plain(), functions };
