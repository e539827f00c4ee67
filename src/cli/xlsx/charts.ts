import JSZip from 'jszip';
import type { RangeRef } from '../../templates/sheetPlan';
import type { ChartSpec } from './chartData';
import { chartXml } from './chartXml';

/**
 * Native charts added to the .xlsx ExcelJS writes (ExcelJS cannot write charts): per sheet one
 * drawing part holding an anchored graphic frame per chart, each pointing at a chart part, wired
 * by relationships and content types as ECMA-376 part 1 requires.
 */

export interface SheetCharts {
  readonly sheet: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  readonly charts: readonly ChartSpec[];
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Worksheet children that ECMA-376 puts after `<drawing>`. Searched from `<pageMargins>` on (which
 * precedes `<drawing>`), so an `<extLst>` nested in an earlier element is not taken for the sheet's.
 */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]|<\/worksheet>/;

const relationships = (rels: readonly string[]): string =>
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;

const relationship = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

const marker = (tag: string, row: number, col: number): string =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** The chart covers its anchor's cells, like Office.js `setPosition(first, last)`. */
const anchorXml = (a: RangeRef, i: number): string =>
  `<xdr:twoCellAnchor editAs="oneCell">${marker('from', a.row, a.col)}${marker('to', a.row + a.rows, a.col + a.cols)}` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/>` +
  '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
  '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/>` +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

const drawingXml = (anchors: readonly RangeRef[]): string =>
  `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">${anchors.map(anchorXml).join('')}</xdr:wsDr>`;

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
const relsOf = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels');

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`The workbook has no part ${part} to add charts to.`);
  return file.async('string');
}

/** The first `make(n)` not yet in the package. */
function freeName(zip: JSZip, make: (n: number) => string): string {
  let n = 1;
  while (zip.file(make(n))) n++;
  return make(n);
}

/** Links the drawing from the worksheet: a relationship, and `<drawing>` where the schema wants it. */
async function attachDrawing(zip: JSZip, part: string, drawing: string): Promise<void> {
  const rels = relsOf(part);
  const existing = zip.file(rels) ? await text(zip, rels) : relationships([]);
  const ids = [...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  const target = `../${drawing.replace(/^xl\//, '')}`;
  zip.file(rels, existing.replace('</Relationships>', `${relationship(id, 'drawing', target)}</Relationships>`));

  const sheet = await text(zip, part);
  if (/<drawing[\s/>]/.test(sheet)) throw new Error(`${part} already has a drawing; charts cannot be added to it.`);
  const from = Math.max(0, sheet.indexOf('<pageMargins'));
  const at = from + sheet.slice(from).search(AFTER_DRAWING);
  zip.file(part, `${sheet.slice(0, at)}<drawing r:id="${id}"/>${sheet.slice(at)}`);
}

/** The .xlsx `xlsx` with the charts of each sheet added. */
export async function addCharts(xlsx: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((s) => s.charts.length);
  if (!withCharts.length) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const overrides: string[] = [];
  const override = (part: string, type: string) =>
    overrides.push(`<Override PartName="/${part}" ContentType="${type}"/>`);

  for (const { part, charts } of withCharts) {
    const drawing = freeName(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const chartParts = charts.map((spec) => {
      const chart = freeName(zip, (n) => `xl/charts/chart${n}.xml`);
      zip.file(chart, chartXml(spec));
      override(chart, TYPES.chart);
      return chart;
    });
    zip.file(drawing, drawingXml(charts.map((c) => c.anchor)));
    zip.file(
      relsOf(drawing),
      relationships(chartParts.map((c, i) => relationship(`rId${i + 1}`, 'chart', `../charts/${c.split('/').pop()!}`))),
    );
    override(drawing, TYPES.drawing);
    await attachDrawing(zip, part, drawing);
  }
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
