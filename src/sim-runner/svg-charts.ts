// Accessible SVG charts as strings: pure (no node or DOM imports), so the browser UI bundles it too.
// Every chart has role="img", a <title> and a <desc> it is labelled by, axis labels, ticks and a legend.
import type { Scale } from './svg-base.ts';
import { AXIS, escapeXml, f, frame, GRID, linear, niceTicks, PALETTE, tickLabels } from './svg-base.ts';

export { escapeXml, formatTick, niceTicks, PALETTE, tickLabels } from './svg-base.ts';

export type BandPoint = { readonly mean: number; readonly low: number; readonly high: number };
export type BandSeries = {
  readonly label: string;
  /** one point per x step (day); the band is low…high, the line the mean */
  readonly points: readonly BandPoint[];
  /** dashed line (told apart without colour) */
  readonly dashed?: boolean;
};
export type LineChartOptions = {
  /** unique in the page: the title and desc ids derive from it */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly BandSeries[];
  /** x value of the first point; default 1 (day 1) */
  readonly xStart?: number;
  /** the quantity's possible range (a count ≥ 0, a share in 0…1): bands are drawn cut to it */
  readonly bounds?: { readonly min?: number; readonly max?: number };
  readonly width?: number;
  readonly height?: number;
};
export type Bar = {
  readonly label: string;
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
};
export type BarChartOptions = {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  /** the value axis */
  readonly xLabel: string;
  readonly bars: readonly Bar[];
  readonly width?: number;
};

const MARGIN = { left: 64, right: 16, top: 16, bottom: 64 };

/** Lines (means) with shaded 95% bands over days, one colour and dash per series. */
export function lineChartWithBand(o: LineChartOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 320;
  const xStart = o.xStart ?? 1;
  const n = Math.max(1, ...o.series.map((s) => s.points.length));
  const series = o.series.map((s) => ({ ...s, points: s.points.map((p) => clampPoint(p, o.bounds)) }));
  const values = series.flatMap((s) => s.points.flatMap((p) => [p.low, p.high, p.mean]));
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const xTicks = niceTicks(xStart, xStart + n - 1, 6).filter(
    (t) => Number.isInteger(t) && t >= xStart && t <= xStart + n - 1,
  );
  const plot = { x0: MARGIN.left, x1: width - MARGIN.right, y0: height - MARGIN.bottom, y1: MARGIN.top };
  const x = linear(xStart, xStart + n - 1, plot.x0, plot.x1);
  const y = linear(yTicks[0] ?? 0, yTicks.at(-1) ?? 1, plot.y0, plot.y1);
  const body = [
    axes(plot, zip(xTicks.map(x), tickLabels(xTicks)), zip(yTicks.map(y), tickLabels(yTicks))),
    axisLabels(plot, o.xLabel, o.yLabel, width),
    ...series.map((s, i) => bandAndLine(s, PALETTE[i % PALETTE.length] as string, (j) => x(xStart + j), y)),
    legend(
      o.series.map((s, i) => ({ label: s.label, dashed: s.dashed === true, index: i })),
      plot.x0,
      height - 14,
    ),
  ];
  return frame(o.id, o.title, o.desc, width, height, body.join(''));
}

const zip = (xs: readonly number[], labels: readonly string[]): [number, string][] =>
  xs.map((x, i) => [x, labels[i] ?? '']);

function clampPoint(p: BandPoint, bounds: LineChartOptions['bounds']): BandPoint {
  const min = bounds?.min ?? -Infinity;
  const max = bounds?.max ?? Infinity;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  return { mean: clamp(p.mean), low: clamp(p.low), high: clamp(p.high) };
}

function bandAndLine(s: BandSeries, colour: string, x: Scale, y: Scale): string {
  if (s.points.length === 0) return '';
  const upper = s.points.map((p, j) => `${f(x(j))},${f(y(p.high))}`);
  const lower = s.points.map((p, j) => `${f(x(j))},${f(y(p.low))}`).reverse();
  const line = s.points.map((p, j) => `${f(x(j))},${f(y(p.mean))}`).join(' ');
  const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
  return (
    `<g aria-hidden="true"><polygon points="${[...upper, ...lower].join(' ')}" fill="${colour}" fill-opacity="0.18"/>` +
    `<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="2"${dash}/></g>`
  );
}

type Plot = { x0: number; x1: number; y0: number; y1: number };

function axes(plot: Plot, xTicks: [number, string][], yTicks: [number, string][]): string {
  const grid = yTicks.map(
    ([py, label]) =>
      `<line x1="${plot.x0}" x2="${plot.x1}" y1="${f(py)}" y2="${f(py)}" stroke="${GRID}"/>` +
      `<text x="${plot.x0 - 6}" y="${f(py + 4)}" text-anchor="end" fill="${AXIS}">${escapeXml(label)}</text>`,
  );
  const ticks = xTicks.map(
    ([px, label]) =>
      `<line x1="${f(px)}" x2="${f(px)}" y1="${plot.y0}" y2="${plot.y0 + 5}" stroke="${AXIS}"/>` +
      `<text x="${f(px)}" y="${plot.y0 + 18}" text-anchor="middle" fill="${AXIS}">${escapeXml(label)}</text>`,
  );
  return (
    `<g aria-hidden="true">${grid.join('')}${ticks.join('')}` +
    `<line x1="${plot.x0}" x2="${plot.x1}" y1="${plot.y0}" y2="${plot.y0}" stroke="${AXIS}"/>` +
    `<line x1="${plot.x0}" x2="${plot.x0}" y1="${plot.y0}" y2="${plot.y1}" stroke="${AXIS}"/></g>`
  );
}

function axisLabels(plot: Plot, xLabel: string, yLabel: string, width: number): string {
  const midY = (plot.y0 + plot.y1) / 2;
  return (
    `<text x="${f((plot.x0 + Math.min(plot.x1, width)) / 2)}" y="${plot.y0 + 34}" text-anchor="middle" fill="${AXIS}">${escapeXml(xLabel)}</text>` +
    `<text transform="translate(14 ${f(midY)}) rotate(-90)" text-anchor="middle" fill="${AXIS}">${escapeXml(yLabel)}</text>`
  );
}

function legend(items: { label: string; dashed: boolean; index: number }[], x0: number, y: number): string {
  let x = x0;
  const parts = items.map(({ label, dashed, index }) => {
    const colour = PALETTE[index % PALETTE.length] as string;
    const dash = dashed ? ' stroke-dasharray="6 4"' : '';
    const item =
      `<line x1="${f(x)}" x2="${f(x + 24)}" y1="${y - 4}" y2="${y - 4}" stroke="${colour}" stroke-width="3"${dash}/>` +
      `<text x="${f(x + 30)}" y="${y}" fill="${AXIS}">${escapeXml(label)}</text>`;
    x += 40 + label.length * 7;
    return item;
  });
  return `<g class="legend">${parts.join('')}</g>`;
}

/** Horizontal bars (negative values to the left of zero) with 95% whiskers where given. */
export function barChart(o: BarChartOptions): string {
  const width = o.width ?? 640;
  const rowHeight = 26;
  const labelWidth = Math.min(220, 16 + Math.max(0, ...o.bars.map((b) => b.label.length)) * 7);
  const plot = {
    x0: labelWidth,
    x1: width - MARGIN.right,
    y0: MARGIN.top + o.bars.length * rowHeight,
    y1: MARGIN.top,
  };
  const height = plot.y0 + 48;
  const values = o.bars.flatMap((b) => [b.value, b.low ?? b.value, b.high ?? b.value]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const x = linear(ticks[0] ?? 0, ticks.at(-1) ?? 1, plot.x0, plot.x1);
  const labels = tickLabels(ticks);
  const grid = ticks.map(
    (t, i) =>
      `<line x1="${f(x(t))}" x2="${f(x(t))}" y1="${plot.y1}" y2="${plot.y0}" stroke="${t === 0 ? AXIS : GRID}"/>` +
      `<text x="${f(x(t))}" y="${plot.y0 + 16}" text-anchor="middle" fill="${AXIS}">${escapeXml(labels[i] ?? '')}</text>`,
  );
  const bars = o.bars.map((b, i) => bar(b, i, x, plot.y1 + i * rowHeight, rowHeight, plot.x0));
  const label = `<text x="${f((plot.x0 + plot.x1) / 2)}" y="${plot.y0 + 36}" text-anchor="middle" fill="${AXIS}">${escapeXml(o.xLabel)}</text>`;
  return frame(
    o.id,
    o.title,
    o.desc,
    width,
    height,
    `<g aria-hidden="true">${grid.join('')}</g>${bars.join('')}${label}`,
  );
}

function bar(b: Bar, i: number, x: Scale, top: number, rowHeight: number, labelRight: number): string {
  const colour = PALETTE[0];
  const left = Math.min(x(0), x(b.value));
  const w = Math.abs(x(b.value) - x(0));
  const mid = top + rowHeight / 2;
  const whisker =
    b.low !== undefined && b.high !== undefined
      ? `<line x1="${f(x(b.low))}" x2="${f(x(b.high))}" y1="${f(mid)}" y2="${f(mid)}" stroke="${AXIS}" stroke-width="1.5"/>`
      : '';
  return (
    `<g><text x="${labelRight - 8}" y="${f(mid + 4)}" text-anchor="end" fill="${AXIS}">${escapeXml(b.label)}</text>` +
    `<rect x="${f(left)}" y="${f(top + 5)}" width="${f(w)}" height="${rowHeight - 10}" fill="${colour}" fill-opacity="${i % 2 === 0 ? 0.85 : 0.7}"/>` +
    `${whisker}</g>`
  );
}
