// Charts for the web UI: the same accessible SVG charts as the HTML report (src/sim-runner/
// svg-charts.ts, pure string building with every text escaped), turned into DOM nodes. The markup is
// parsed as SVG by DOMParser, which runs no script, and carries presentation attributes only, so
// the UI's strict Content Security Policy (no inline style) holds.
export { barChart, lineChartWithBand, PALETTE } from '../sim-runner/svg-charts.ts';
export type {
  Bar,
  BandPoint,
  BandSeries,
  BarChartOptions,
  LineChartOptions,
} from '../sim-runner/svg-charts.ts';

/** An SVG chart's markup as an element, ready to append; throws on markup that is not SVG. */
export function svgNode(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0)
    throw new Error('chart markup is not a well-formed SVG document');
  return document.importNode(root, true) as unknown as SVGSVGElement;
}
