import type { ChartPlan } from '../../templates/sheetPlan';
import type { CachedRange, ChartSpec } from './chartData';
import { escapeXml } from './xml';

/**
 * A ChartSpec as a DrawingML chart part (`xl/charts/chartN.xml`, ECMA-376 part 1 §21.2), element
 * order as the schema requires. Each series references its sheet range and caches its values, so
 * the chart shows in viewers that do not recalculate.
 */

interface ChartKind {
  readonly plot: 'c:barChart' | 'c:lineChart';
  /** Bar charts only: columns (`col`) or horizontal bars (`bar`). */
  readonly barDir?: 'col' | 'bar';
  readonly grouping: 'standard' | 'clustered' | 'stacked';
  /** Bar charts only: stacked bars must overlap fully. */
  readonly overlap?: number;
}

/** A chart kind a plan may ask for is one entry here (and one in the wizard's applyPlan). */
export const CHART_KINDS: Readonly<Record<ChartPlan['type'], ChartKind>> = {
  line: { plot: 'c:lineChart', grouping: 'standard' },
  columnClustered: { plot: 'c:barChart', barDir: 'col', grouping: 'clustered' },
  columnStacked: { plot: 'c:barChart', barDir: 'col', grouping: 'stacked', overlap: 100 },
};

const CAT_AX = 1;
const VAL_AX = 2;
const val = (tag: string, v: string | number): string => `<${tag} val="${v}"/>`;

function pts(points: CachedRange['points'], keep: (p: string | number) => boolean): string {
  const out = points.map((p, i) =>
    p !== null && keep(p) ? `<c:pt idx="${i}"><c:v>${escapeXml(String(p))}</c:v></c:pt>` : '',
  );
  return val('c:ptCount', points.length) + out.join('');
}

const numRef = (r: CachedRange): string =>
  `<c:numRef><c:f>${escapeXml(r.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(r.formatCode)}</c:formatCode>` +
  `${pts(r.points, (p) => typeof p === 'number')}</c:numCache></c:numRef>`;

const strRef = (r: CachedRange): string =>
  `<c:strRef><c:f>${escapeXml(r.ref)}</c:f><c:strCache>${pts(r.points, () => true)}</c:strCache></c:strRef>`;

/** Numbers (dates included) stay numbers; any text makes the labels text. */
const categoryRef = (r: CachedRange): string => (r.points.every((p) => typeof p !== 'string') ? numRef(r) : strRef(r));

function seriesXml(spec: ChartSpec, kind: ChartKind): string {
  return spec.series
    .map(
      (s, i) =>
        `<c:ser>${val('c:idx', i)}${val('c:order', i)}<c:tx>${strRef(s.name)}</c:tx>` +
        (kind.plot === 'c:barChart'
          ? val('c:invertIfNegative', 0)
          : `<c:marker>${val('c:symbol', 'none')}</c:marker>`) +
        `<c:cat>${categoryRef(spec.categories)}</c:cat><c:val>${numRef(s.values)}</c:val>` +
        (kind.plot === 'c:lineChart' ? val('c:smooth', 0) : '') +
        '</c:ser>',
    )
    .join('');
}

function plotXml(spec: ChartSpec, kind: ChartKind): string {
  const head =
    (kind.barDir ? val('c:barDir', kind.barDir) : '') + val('c:grouping', kind.grouping) + val('c:varyColors', 0);
  const tail =
    (kind.plot === 'c:barChart' ? val('c:gapWidth', 150) : '') +
    (kind.overlap === undefined ? '' : val('c:overlap', kind.overlap)) +
    (kind.plot === 'c:lineChart' ? val('c:marker', 1) : '');
  return `<${kind.plot}>${head}${seriesXml(spec, kind)}${tail}${val('c:axId', CAT_AX)}${val('c:axId', VAL_AX)}</${kind.plot}>`;
}

function axesXml(spec: ChartSpec, kind: ChartKind): string {
  const horizontal = kind.barDir === 'bar';
  const common = (id: number, pos: string) =>
    `${val('c:axId', id)}<c:scaling>${val('c:orientation', 'minMax')}</c:scaling>${val('c:delete', 0)}${val('c:axPos', pos)}`;
  // Labels at the low end, so stacked losses below zero do not hide them.
  const categoryTicks =
    `<c:numFmt formatCode="${escapeXml(spec.categories.formatCode)}" sourceLinked="1"/>` +
    `${val('c:majorTickMark', 'out')}${val('c:minorTickMark', 'none')}${val('c:tickLblPos', 'low')}` +
    `${val('c:crossAx', VAL_AX)}${val('c:crosses', 'autoZero')}`;
  const category = spec.dateUnit
    ? `<c:dateAx>${common(CAT_AX, horizontal ? 'l' : 'b')}${categoryTicks}${val('c:auto', 0)}` +
      `${val('c:lblOffset', 100)}${val('c:baseTimeUnit', spec.dateUnit)}</c:dateAx>`
    : `<c:catAx>${common(CAT_AX, horizontal ? 'l' : 'b')}${categoryTicks}${val('c:auto', 1)}` +
      `${val('c:lblAlgn', 'ctr')}${val('c:lblOffset', 100)}${val('c:noMultiLvlLbl', 0)}</c:catAx>`;
  const value =
    `<c:valAx>${common(VAL_AX, horizontal ? 'b' : 'l')}<c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(spec.series[0]?.values.formatCode ?? 'General')}" sourceLinked="1"/>` +
    `${val('c:majorTickMark', 'out')}${val('c:minorTickMark', 'none')}${val('c:tickLblPos', 'nextTo')}` +
    `${val('c:crossAx', CAT_AX)}${val('c:crosses', 'autoZero')}${val('c:crossBetween', 'between')}</c:valAx>`;
  return category + value;
}

export function chartXml(spec: ChartSpec): string {
  const kind = CHART_KINDS[spec.type];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${val('c:roundedCorners', 0)}<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `${val('c:overlay', 0)}</c:title>${val('c:autoTitleDeleted', 0)}` +
    `<c:plotArea><c:layout/>${plotXml(spec, kind)}${axesXml(spec, kind)}</c:plotArea>` +
    `<c:legend>${val('c:legendPos', 'b')}${val('c:overlay', 0)}</c:legend>` +
    `${val('c:plotVisOnly', 1)}${val('c:dispBlanksAs', 'gap')}</c:chart></c:chartSpace>`
  );
}
