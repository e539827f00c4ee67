import { promises as fs, mkdirSync, mkdtempSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { REPORT_TEMPLATES, reportPlans } from '../../src/cli/plans';
import { readInput } from '../../src/cli/readInput';
import type { ChartPlan, SheetPlan } from '../../src/templates/sheetPlan';
import { writeWorkbook, xlsxBytes } from '../../src/cli/xlsxWriter';
import { convert, poppler } from './soffice';

/**
 * The charts of the workbooks the CLI writes, as LibreOffice reads them: the file is converted to
 * .ods and each embedded chart object read back (kind, title, series ranges, category range, axis
 * type); and each sheet holding charts is rendered to PNG in test-artifacts/ for a person to look at.
 * Expected ranges are read off the sample data by hand: the ticket sample spans January–June 2025
 * (6 periods), the ledger sample February 2024–June 2025 (17 periods).
 */

const ROOT = path.join(__dirname, '..', '..');
const TICKETS = path.join(ROOT, 'samples', 'sample-tickets.csv');
const LEDGER = path.join(ROOT, 'samples', 'sample-ledger.csv');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const quiet = { out: () => undefined, err: (t: string) => process.stderr.write(`${t}\n`), colour: false };

interface LoChart {
  readonly sheet: string;
  readonly kind: string;
  readonly title: string;
  readonly stacked: boolean;
  readonly dateAxis: boolean;
  readonly categories: string;
  readonly series: readonly { readonly label: string; readonly values: string }[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
type Node = Record<string, unknown>;

/** Every element named `key` below `node`, in document order. */
function find(node: unknown, key: string): Node[] {
  if (node === null || typeof node !== 'object') return [];
  const out: Node[] = [];
  for (const [k, v] of Object.entries(node as Node)) {
    const children = Array.isArray(v) ? v : [v];
    if (k === key) out.push(...(children as Node[]));
    for (const c of children) out.push(...find(c, key));
  }
  return out;
}

const textOf = (n: Node): string =>
  find(n, 'text:p')
    .map((p) => (typeof p === 'object' ? p['#text'] : p))
    .join('');

/** The charts of an .ods file, by the sheet that holds them. */
async function odsCharts(file: string): Promise<LoChart[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const read = (part: string) => zip.file(part)!.async('string');
  const content = parser.parse(await read('content.xml')) as Node;
  const charts: LoChart[] = [];
  for (const table of find(content, 'table:table')) {
    for (const object of find(table, 'draw:object')) {
      const href = String(object['@xlink:href']).replace(/^\.\//, '');
      const doc = parser.parse(await read(`${href}/content.xml`)) as Node;
      const chart = find(doc, 'chart:chart')[0]!;
      const plotStyle = String(find(chart, 'chart:plot-area')[0]!['@chart:style-name']);
      const style = find(doc, 'style:style').find((s) => s['@style:name'] === plotStyle)!;
      const x = find(chart, 'chart:axis').find((a) => a['@chart:dimension'] === 'x')!;
      charts.push({
        sheet: String(table['@table:name']),
        kind: String(chart['@chart:class']),
        title: textOf(find(chart, 'chart:title')[0]!),
        stacked: find(style, 'style:chart-properties')[0]!['@chart:stacked'] === 'true',
        dateAxis: x['@chartooo:axis-type'] === 'date',
        categories: String(find(x, 'chart:categories')[0]!['@table:cell-range-address']),
        series: find(chart, 'chart:series').map((s) => ({
          label: String(s['@chart:label-cell-address']),
          values: String(s['@chart:values-cell-range-address']),
        })),
      });
    }
  }
  return charts;
}

/** LibreOffice's spelling of a range on `sheet`: `'Sheet'.B17:'Sheet'.B22`. */
const lo = (sheet: string, from: string, to = from): string => {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  return `${q}.${from}:${q}.${to}`;
};

describe('CLI workbook charts opened by LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'msp-charts-'));
  const report = path.join(dir, 'report.xlsx');
  const odd = path.join(dir, 'odd.xlsx');
  let plans: SheetPlan[];
  let sheets: string[];
  let charts: { report: LoChart[]; odd: LoChart[] };

  const ODD_SHEET = "It's Q&A <1>";
  const oddPlan = (): SheetPlan => ({
    sheetName: ODD_SHEET,
    kpis: [],
    notComputed: [],
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [{ value: 'Priority' }, { value: 'Tickets' }, { value: 'Breached' }],
          [{ value: 'P1' }, { value: 3 }, { value: 1 }],
          [{ value: 'P2' }, { value: 9 }, { value: 2 }],
          [{ value: 'P3' }, { value: 14 }, { value: 0 }],
        ],
      },
    ],
    spills: [],
    conditionalFormats: [],
    charts: [
      {
        type: 'line',
        title: 'Tickets & breaches',
        source: { row: 0, col: 0, rows: 4, cols: 3 },
        anchor: { row: 5, col: 0, rows: 15, cols: 6 },
      } satisfies ChartPlan,
    ],
    columnWidths: {},
    settings: { version: 1, template: 'servicedesk', language: 'en', source: { kind: 'none', ref: '' }, options: {} },
  });

  beforeAll(async () => {
    const args = ['report', '--tickets', TICKETS, '--ledger', LEDGER, '--endpoints', '400', '--out', report];
    expect(await main([...args, '--template', REPORT_TEMPLATES.join(',')], quiet)).toBe(0);
    await fs.writeFile(odd, await xlsxBytes(writeWorkbook([oddPlan()], [])));
    const p = reportPlans({
      templates: REPORT_TEMPLATES,
      tickets: await readInput(TICKETS),
      ledger: await readInput(LEDGER),
      language: 'en',
      endpoints: 400,
      currency: null,
    });
    plans = p.plans;
    sheets = [...plans.map((x) => x.sheetName), ...p.data.map((d) => d.name)];

    const [reportOds, oddOds] = convert([report, odd], 'ods');
    charts = { report: await odsCharts(reportOds!), odd: await odsCharts(oddOds!) };
  }, 300_000);

  it('has one chart per chart the templates plan, on the sheet that plans it', () => {
    const planned = plans.flatMap((p) => p.charts.map((c) => [p.sheetName, c.title]));
    expect(planned.length).toBeGreaterThanOrEqual(2);
    expect(charts.report.map((c) => [c.sheet, c.title])).toEqual(planned);
  });

  it('Service desk: clustered columns of opened and resolved tickets by period start, on a date axis', () => {
    const s = 'Service desk KPIs';
    expect(charts.report.find((c) => c.title === 'Tickets by period')).toEqual({
      sheet: s,
      kind: 'chart:bar',
      title: 'Tickets by period',
      stacked: false,
      dateAxis: true,
      // Below the inputs (endpoints, business hours, holidays, the 4-priority targets table: rows 5–15)
      // and the KPI block (7 lines from row 16): the period table's header on row 26.
      categories: lo(s, 'A27', 'A32'),
      series: [
        { label: lo(s, 'B26'), values: lo(s, 'B27', 'B32') },
        { label: lo(s, 'C26'), values: lo(s, 'C27', 'C32') },
      ],
    });
  });

  it('Recurring revenue: stacked columns of New … Churn by period, on a date axis', () => {
    const s = 'Recurring revenue KPIs';
    expect(charts.report.find((c) => c.title === 'MRR movements')).toEqual({
      sheet: s,
      kind: 'chart:bar',
      title: 'MRR movements',
      stacked: true,
      dateAxis: true,
      // Nine KPI lines on rows 6–14 (MRR, churn and NRR and GRR for the window and the last 12 months,
      // quick ratio, ARPA), a blank row, the title on row 16: the header on row 17, 17 periods below.
      categories: lo(s, 'A18', 'A34'),
      // New, Expansion, Reactivation, Contraction, Churn: columns C to G.
      series: ['C', 'D', 'E', 'F', 'G'].map((c) => ({ label: lo(s, `${c}17`), values: lo(s, `${c}18`, `${c}34`) })),
    });
  });

  it('a line chart on a sheet whose name needs quoting, with text categories', () => {
    expect(charts.odd).toEqual([
      {
        sheet: ODD_SHEET,
        kind: 'chart:line',
        title: 'Tickets & breaches',
        stacked: false,
        dateAxis: false,
        categories: lo(ODD_SHEET, 'A2', 'A4'),
        series: [
          { label: lo(ODD_SHEET, 'B1'), values: lo(ODD_SHEET, 'B2', 'B4') },
          { label: lo(ODD_SHEET, 'C1'), values: lo(ODD_SHEET, 'C2', 'C4') },
        ],
      },
    ]);
  });

  it('renders each sheet with charts to PNG in test-artifacts/', () => {
    // One page per sheet, in sheet order, so page n is sheet n.
    const [pdf] = convert([report], 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}');
    const pages = /Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf!]))![1];
    expect(Number(pages)).toBe(sheets.length);
    mkdirSync(ARTIFACTS, { recursive: true });
    plans.forEach((plan, i) => {
      if (!plan.charts.length) return;
      const out = path.join(ARTIFACTS, `chart-${plan.settings.template}`);
      const page = String(i + 1);
      poppler('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', page, '-l', page, pdf!, out]);
      expect(statSync(`${out}.png`).size).toBeGreaterThan(10_000);
    });
  });
});
