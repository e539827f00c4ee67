import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { ChartPlan, SheetPlan } from '../../templates/sheetPlan';
import { writeWorkbook, xlsxBytes } from '../xlsxWriter';

/**
 * The chart parts added to the workbook ExcelJS writes, read back as a package: well-formed XML,
 * every relationship resolving, content types for every part, the schema's order in the worksheet,
 * and series referencing the cells the plan names with those cells' values cached. Expected
 * references and values are written out by hand from the plan below.
 */

const SHEET = "It's Q&A <1>";
const Q = "'It''s Q&A <1>'!";
const DATE = 'yyyy-mm-dd';

// 2025-01-01, 2025-02-01, 2025-03-01 as Excel serials (=DATE(2025,1,1) is 45658).
const MONTHS = [45658, 45689, 45717];
// Mondays 2025-01-06 and 2025-01-13.
const WEEKS = [45663, 45670];

const plan = (charts: ChartPlan[]): SheetPlan => ({
  sheetName: SHEET,
  kpis: [],
  notComputed: [],
  blocks: [
    {
      row: 0,
      col: 0,
      cells: [
        [{ value: 'Month' }, { value: 'Opened' }, { value: 'Closed' }],
        [{ value: MONTHS[0]! }, { value: 5 }, { value: 4 }],
        [{ value: MONTHS[1]! }, { value: 7 }, { value: 8 }],
        [{ value: MONTHS[2]! }, { value: 6 }, { value: null }],
      ],
      numberFormats: [
        [null, null, null],
        [DATE, '#,##0', '#,##0'],
        [DATE, '#,##0', '#,##0'],
        [DATE, '#,##0', '#,##0'],
      ],
    },
    {
      row: 6,
      col: 0,
      cells: [
        [{ value: 'Priority' }, { value: 'Tickets' }],
        [{ value: 'P1' }, { value: 3 }],
        [{ value: 'P2' }, { value: 9 }],
      ],
    },
    {
      row: 10,
      col: 0,
      cells: [
        [{ value: 'Week' }, { value: 'Opened' }],
        [{ value: WEEKS[0]! }, { value: 1 }],
        [{ value: WEEKS[1]! }, { value: 2 }],
      ],
      numberFormats: [
        [null, null],
        [DATE, null],
        [DATE, null],
      ],
    },
  ],
  spills: [],
  conditionalFormats: [],
  charts,
  columnWidths: {},
  settings: { version: 1, template: 'servicedesk', language: 'en', source: { kind: 'none', ref: '' }, options: {} },
});

const CHARTS: ChartPlan[] = [
  {
    type: 'line',
    title: 'Opened & closed',
    source: { row: 0, col: 0, rows: 4, cols: 3 },
    anchor: { row: 0, col: 5, rows: 10, cols: 6 },
  },
  {
    type: 'columnClustered',
    title: 'By priority',
    source: { row: 6, col: 0, rows: 3, cols: 2 },
    anchor: { row: 11, col: 5, rows: 8, cols: 4 },
  },
  {
    type: 'columnStacked',
    title: 'Stacked',
    source: { row: 0, col: 1, rows: 4, cols: 2 },
    categories: { row: 1, col: 0, rows: 3, cols: 1 },
    anchor: { row: 20, col: 5, rows: 8, cols: 4 },
  },
  {
    type: 'columnClustered',
    title: 'Weekly',
    source: { row: 10, col: 0, rows: 3, cols: 2 },
    anchor: { row: 29, col: 5, rows: 8, cols: 4 },
  },
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
type Node = Record<string, unknown>;
/** The first element at `path` (every level parsed as an array). */
const at = (node: unknown, ...path: string[]): Node => {
  let n = node as Node;
  for (const key of path) {
    const next = (n[key] as Node[] | undefined)?.[0];
    if (!next) throw new Error(`no ${key} in ${JSON.stringify(n).slice(0, 200)}`);
    n = next;
  }
  return n;
};
const all = (node: Node, key: string): Node[] => (node[key] as Node[] | undefined) ?? [];
/** A leaf element's content (a primitive, or `#text` when it has attributes). */
const leaf = (node: Node, key: string): unknown => {
  const v = all(node, key)[0] as unknown;
  return v !== null && typeof v === 'object' ? (v as Node)['#text'] : v;
};
const text = (node: Node, key: string): string => String(leaf(node, key));

/** A cache's points as a sparse array by index, with the point count. */
function cache(c: Node): { count: number; points: (string | number | undefined)[] } {
  const count = Number(at(c, 'c:ptCount')['@val']);
  const points = Array<string | number | undefined>(count).fill(undefined);
  for (const pt of all(c, 'c:pt')) points[Number(pt['@idx'])] = leaf(pt, 'c:v') as string | number;
  return { count, points };
}

async function written(charts: ChartPlan[], withNote = true): Promise<JSZip> {
  const book = writeWorkbook([plan(charts)], []);
  // A cell note gives the sheet a legacyDrawing, which must come after the chart's <drawing>.
  if (withNote) book.workbook.getWorksheet(SHEET)!.getCell('H1').note = 'a note';
  return JSZip.loadAsync(await xlsxBytes(book));
}

const read = async (zip: JSZip, part: string): Promise<string> => {
  const file = zip.file(part);
  if (!file) throw new Error(`missing part ${part}`);
  return file.async('string');
};

/** `xl/drawings/_rels/drawing1.xml.rels` + `../charts/chart1.xml` → `xl/charts/chart1.xml`. */
const resolve = (rels: string, target: string): string => {
  const base = target.startsWith('/')
    ? []
    : rels
        .replace(/_rels\/[^/]*\.rels$/, '')
        .split('/')
        .filter(Boolean);
  for (const step of target.split('/')) {
    if (step === '..') base.pop();
    else if (step && step !== '.') base.push(step);
  }
  return base.join('/');
};

describe('charts in the .xlsx', () => {
  let zip: JSZip;
  beforeAll(async () => {
    zip = await written(CHARTS);
  });

  it('writes well-formed XML parts whose relationships all resolve and which all have a content type', async () => {
    const parts = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
    expect(parts).toEqual(expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/charts/chart4.xml']));
    for (const p of parts.filter((x) => /\.(xml|rels)$/.test(x)))
      expect([p, XMLValidator.validate(await read(zip, p))]).toEqual([p, true]);

    for (const rels of parts.filter((p) => p.endsWith('.rels')))
      for (const r of all(at(parser.parse(await read(zip, rels)), 'Relationships'), 'Relationship'))
        if (r['@TargetMode'] !== 'External') expect(parts).toContain(resolve(rels, String(r['@Target'])));

    const types = at(parser.parse(await read(zip, '[Content_Types].xml')), 'Types');
    const overrides = new Map(all(types, 'Override').map((o) => [String(o['@PartName']), String(o['@ContentType'])]));
    const defaults = new Set(all(types, 'Default').map((d) => String(d['@Extension'])));
    for (const p of parts) expect([p, overrides.has(`/${p}`) || defaults.has(p.split('.').pop()!)]).toEqual([p, true]);
    expect(overrides.get('/xl/drawings/drawing1.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.drawing+xml',
    );
    for (const n of [1, 2, 3, 4])
      expect(overrides.get(`/xl/charts/chart${n}.xml`)).toBe(
        'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      );
  });

  it('puts <drawing> after pageSetup and before legacyDrawing, pointing at the drawing through the sheet rels', async () => {
    const sheet = await read(zip, 'xl/worksheets/sheet1.xml');
    const order = (new XMLParser({ preserveOrder: true }).parse(sheet) as Node[])
      .flatMap((n) => (n['worksheet'] as Node[] | undefined) ?? [])
      .map((n) => Object.keys(n)[0]);
    const iDrawing = order.indexOf('drawing');
    expect(iDrawing).toBeGreaterThan(order.indexOf('pageSetup'));
    expect(order.indexOf('pageSetup')).toBeGreaterThan(order.indexOf('pageMargins'));
    expect(order.indexOf('legacyDrawing')).toBe(iDrawing + 1);

    const id = /<drawing r:id="([^"]+)"\/>/.exec(sheet)![1];
    const rels = all(
      at(parser.parse(await read(zip, 'xl/worksheets/_rels/sheet1.xml.rels')), 'Relationships'),
      'Relationship',
    );
    const drawing = rels.find((r) => r['@Id'] === id)!;
    expect(drawing['@Type']).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
    expect(drawing['@Target']).toBe('../drawings/drawing1.xml');
    // The notes' own relationships are kept.
    expect(rels.map((r) => r['@Type'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/comments$/), expect.stringMatching(/\/vmlDrawing$/)]),
    );
  });

  it('anchors each chart over the cells of its plan anchor, linked to its own chart part', async () => {
    const wsDr = at(parser.parse(await read(zip, 'xl/drawings/drawing1.xml')), 'xdr:wsDr');
    const anchors = all(wsDr, 'xdr:twoCellAnchor');
    const corner = (a: Node, tag: string) => ['xdr:row', 'xdr:col'].map((k) => Number(text(at(a, tag), k)));
    expect(anchors.map((a) => [corner(a, 'xdr:from'), corner(a, 'xdr:to')])).toEqual([
      [
        [0, 5],
        [10, 11],
      ],
      [
        [11, 5],
        [19, 9],
      ],
      [
        [20, 5],
        [28, 9],
      ],
      [
        [29, 5],
        [37, 9],
      ],
    ]);
    const rels = all(
      at(parser.parse(await read(zip, 'xl/drawings/_rels/drawing1.xml.rels')), 'Relationships'),
      'Relationship',
    );
    const targets = anchors.map((a) => {
      const id = at(a, 'xdr:graphicFrame', 'a:graphic', 'a:graphicData', 'c:chart')['@r:id'];
      return rels.find((r) => r['@Id'] === id)?.['@Target'];
    });
    expect(targets).toEqual([
      '../charts/chart1.xml',
      '../charts/chart2.xml',
      '../charts/chart3.xml',
      '../charts/chart4.xml',
    ]);
  });

  const chart = async (n: number): Promise<Node> =>
    at(parser.parse(await read(zip, `xl/charts/chart${n}.xml`)), 'c:chartSpace', 'c:chart');
  const series = (plot: Node) =>
    all(plot, 'c:ser').map((s) => ({
      name: text(at(s, 'c:tx', 'c:strRef'), 'c:f'),
      nameCache: cache(at(s, 'c:tx', 'c:strRef', 'c:strCache')).points,
      values: text(at(s, 'c:val', 'c:numRef'), 'c:f'),
      valueCache: cache(at(s, 'c:val', 'c:numRef', 'c:numCache')),
    }));

  it('line chart: series by columns, names from the header row, dates as a monthly date axis', async () => {
    const c = await chart(1);
    expect(text(at(c, 'c:title', 'c:tx', 'c:rich', 'a:p', 'a:r'), 'a:t')).toBe('Opened & closed');
    const plot = at(c, 'c:plotArea', 'c:lineChart');
    expect(at(plot, 'c:grouping')['@val']).toBe('standard');
    expect(series(plot)).toEqual([
      {
        name: `${Q}$B$1`,
        nameCache: ['Opened'],
        values: `${Q}$B$2:$B$4`,
        valueCache: { count: 3, points: [5, 7, 6] },
      },
      {
        name: `${Q}$C$1`,
        nameCache: ['Closed'],
        values: `${Q}$C$2:$C$4`,
        // The blank cell is left out of the cache: a gap, not a zero.
        valueCache: { count: 3, points: [4, 8, undefined] },
      },
    ]);
    for (const s of all(plot, 'c:ser')) {
      const cat = at(s, 'c:cat', 'c:numRef');
      expect(text(cat, 'c:f')).toBe(`${Q}$A$2:$A$4`);
      expect(text(at(cat, 'c:numCache'), 'c:formatCode')).toBe(DATE);
      expect(cache(at(cat, 'c:numCache')).points).toEqual(MONTHS);
    }
    const plotArea = at(c, 'c:plotArea');
    expect(plotArea['c:catAx']).toBeUndefined();
    expect(at(plotArea, 'c:dateAx', 'c:baseTimeUnit')['@val']).toBe('months');
  });

  it('clustered columns over text categories use a text category axis', async () => {
    const c = await chart(2);
    const plot = at(c, 'c:plotArea', 'c:barChart');
    expect([at(plot, 'c:barDir')['@val'], at(plot, 'c:grouping')['@val']]).toEqual(['col', 'clustered']);
    expect(series(plot).map((s) => [s.name, s.values, s.valueCache.points])).toEqual([
      [`${Q}$B$7`, `${Q}$B$8:$B$9`, [3, 9]],
    ]);
    const cat = at(plot, 'c:ser', 'c:cat', 'c:strRef');
    expect(text(cat, 'c:f')).toBe(`${Q}$A$8:$A$9`);
    expect(cache(at(cat, 'c:strCache')).points).toEqual(['P1', 'P2']);
    expect(at(c, 'c:plotArea')['c:dateAx']).toBeUndefined();
    expect(at(c, 'c:plotArea', 'c:catAx', 'c:axId')['@val']).toBe('1');
  });

  it('stacked columns with categories apart from the source: every source column is a series', async () => {
    const plot = at(await chart(3), 'c:plotArea', 'c:barChart');
    expect([at(plot, 'c:grouping')['@val'], at(plot, 'c:overlap')['@val']]).toEqual(['stacked', '100']);
    expect(series(plot).map((s) => [s.name, s.values])).toEqual([
      [`${Q}$B$1`, `${Q}$B$2:$B$4`],
      [`${Q}$C$1`, `${Q}$C$2:$C$4`],
    ]);
    for (const s of all(plot, 'c:ser')) expect(text(at(s, 'c:cat', 'c:numRef'), 'c:f')).toBe(`${Q}$A$2:$A$4`);
  });

  it('dates that are not all on the 1st make a daily date axis', async () => {
    const c = await chart(4);
    expect(at(c, 'c:plotArea', 'c:dateAx', 'c:baseTimeUnit')['@val']).toBe('days');
    expect(cache(at(c, 'c:plotArea', 'c:barChart', 'c:ser', 'c:cat', 'c:numRef', 'c:numCache')).points).toEqual(WEEKS);
  });

  it('refuses a chart of a header without data rows, naming it', () => {
    const headerOnly: ChartPlan = { ...CHARTS[0]!, source: { row: 0, col: 0, rows: 1, cols: 3 } };
    expect(() => writeWorkbook([plan([headerOnly])], [])).toThrow(
      `Chart "Opened & closed" on ${SHEET} has no data rows to chart.`,
    );
  });

  it('creates the sheet relationships when the sheet had none, and adds nothing for a plan without charts', async () => {
    const bare = await written([CHARTS[0]!], false);
    const rels = all(
      at(parser.parse(await read(bare, 'xl/worksheets/_rels/sheet1.xml.rels')), 'Relationships'),
      'Relationship',
    );
    expect(rels.map((r) => [r['@Id'], r['@Target']])).toEqual([['rId1', '../drawings/drawing1.xml']]);
    expect(await read(bare, 'xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);

    const none = await written([], false);
    expect(Object.keys(none.files).filter((p) => /drawing|chart/.test(p))).toEqual([]);
    expect(await read(none, 'xl/worksheets/sheet1.xml')).not.toContain('<drawing');
  });
});
