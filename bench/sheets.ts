import { performance } from 'node:perf_hooks';
import type { Grid } from '../src/core/cells';
import { build } from '../src/taskpane/excel';
import type { TemplateId } from '../src/templates/sheetPlan';
import { FakeExcel } from '../test/fakeExcel/fakeExcel';
import { longLedger, ticketGrid, wideLedger } from './data';

/**
 * Sheet building through the applier tests' recording fake of the Excel API: context.sync() calls
 * and bytes sent per template and data size. Formulas refer to the data rather than copying it,
 * so the payload should not grow with the data; the data is only read (one sync). The fake does
 * not count what a read returns: "Data read back" estimates it as the JSON of the values, to
 * compare with Excel on the web's 5 MB response cap.
 */
type Value = string | number | boolean;

const CASES: readonly { template: TemplateId; data: string; grid: (() => Grid) | null }[] = [
  { template: 'servicedesk', data: 'tickets 1 000 rows', grid: () => ticketGrid(1_000) },
  { template: 'servicedesk', data: 'tickets 10 000 rows', grid: () => ticketGrid(10_000) },
  { template: 'revenue', data: 'long ledger 100 customers × 60 months', grid: () => longLedger(100) },
  { template: 'revenue', data: 'long ledger 1 000 customers × 60 months', grid: () => longLedger(1_000) },
  { template: 'revenue', data: 'wide ledger 1 000 customers × 60 months', grid: () => wideLedger(1_000) },
  { template: 'scorecard', data: 'none', grid: null },
  { template: 'benchmarks', data: 'none', grid: null },
];

const column = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : column(Math.floor((n - 1) / 26)) + column(((n - 1) % 26) + 1);
const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;

export async function sheetBuildingTable(): Promise<string> {
  const lines = [
    '| Template | Data | Syncs (budget 3) | Bytes sent | Largest request | Data read back (JSON) | Build incl. the fake (ms) | Outcome |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const c of CASES) {
    const grid = c.grid?.().map((row) => row.map((v) => (v === null || typeof v === 'object' ? '' : v))) as
      Value[][] | undefined;
    const fake = new FakeExcel({ sheets: [{ name: 'Data', data: grid ?? [['x']] }] });
    const ref = grid ? `Data!A1:${column(grid[0]!.length)}${grid.length}` : '';
    const t0 = performance.now();
    const out = await build(
      {
        template: c.template,
        language: 'en',
        source: grid ? { kind: 'range', ref } : { kind: 'none', ref: '' },
        options: { currency: '€', endpoints: 250 },
      },
      fake.run,
    );
    const ms = performance.now() - t0;
    const bytes = fake.payloads.reduce((a, b) => a + b, 0);
    const outcome = out.ok ? 'built' : `failed: ${out.error.slice(0, 80)}`;
    lines.push(
      `| ${c.template} | ${c.data} | ${fake.syncs} | ${kb(bytes)} | ${kb(Math.max(0, ...fake.payloads))} | ${grid ? kb(Buffer.byteLength(JSON.stringify(grid))) : '–'} | ${ms.toFixed(0)} | ${outcome} |`,
    );
  }
  return lines.join('\n');
}
