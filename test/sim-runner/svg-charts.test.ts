import { describe, expect, it } from 'vitest';
import {
  barChart,
  escapeXml,
  formatTick,
  tickLabels,
  lineChartWithBand,
  niceTicks,
} from '../../src/sim-runner/svg-charts.ts';

const points = (means: number[]) => means.map((m) => ({ mean: m, low: m - 1, high: m + 1 }));

describe('lineChartWithBand', () => {
  const svg = lineChartWithBand({
    id: 'c1',
    title: 'Departures <cumulative>',
    desc: 'A & B',
    xLabel: 'Day',
    yLabel: 'people',
    series: [
      { label: 'scenario', points: points([1, 3, 6]) },
      { label: 'baseline', points: points([2, 4, 8]), dashed: true },
    ],
  });

  it('is an image labelled by its escaped title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Departures &lt;cumulative&gt;</title>');
    expect(svg).toContain('<desc id="c1-desc">A &amp; B</desc>');
  });

  it('draws a band and a line per series, the second dashed, and a legend naming both', () => {
    expect(svg.match(/<polygon /g)).toHaveLength(2);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2); // the line and its legend swatch
    expect(svg).toContain('>scenario</text>');
    expect(svg).toContain('>baseline</text>');
  });

  it('labels both axes and ticks the y axis from zero past the highest band', () => {
    expect(svg).toContain('>Day</text>');
    expect(svg).toContain('>people</text>');
    expect(svg).toContain('>0</text>');
    expect(svg).toContain('>10</text>');
  });
});

describe('barChart', () => {
  it('draws one bar per value with a whisker where an interval is given, negatives left of zero', () => {
    const svg = barChart({
      id: 'b',
      title: 'Extra departures',
      desc: 'per resource',
      xLabel: 'people',
      bars: [
        { label: 'police', value: 5, low: 2, high: 8 },
        { label: 'lawyers <x>', value: -2 },
      ],
    });
    expect(svg).toContain('role="img"');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>lawyers &lt;x&gt;</text>');
    expect(svg).toContain('>-2</text>');
    expect(svg.match(/stroke-width="1.5"/g)).toHaveLength(1);
  });
});

describe('ticks', () => {
  it('chooses round steps covering the range', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 0.87)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(-3, 7)).toEqual([-4, -2, 0, 2, 4, 6, 8]);
  });

  it('formats thousands and small fractions', () => {
    expect(formatTick(12000)).toBe('12,000');
    expect(formatTick(0.25, 2)).toBe('0.25');
    expect(formatTick(-2.5, 1)).toBe('-2.5');
    expect(formatTick(0, 2)).toBe('0');
    expect(tickLabels([0, 0.2, 0.4])).toEqual(['0', '0.2', '0.4']);
    expect(tickLabels([-0.5, 0, 0.5, 1])).toEqual(['-0.5', '0', '0.5', '1.0']);
    expect(tickLabels([0, 2000, 4000])).toEqual(['0', '2,000', '4,000']);
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('lineChartWithBand bounds', () => {
  it('cuts the band to the quantity’s range, so a count’s axis does not go below zero', () => {
    const chart = (bounds?: { min?: number; max?: number }) =>
      lineChartWithBand({
        id: 'b',
        title: 't',
        desc: 'd',
        xLabel: 'Day',
        yLabel: 'share',
        series: [
          {
            label: 's',
            points: [
              { mean: 0.1, low: -0.3, high: 0.5 },
              { mean: 0.9, low: 0.6, high: 1.4 },
            ],
          },
        ],
        ...(bounds ? { bounds } : {}),
      });
    expect(chart()).toContain('>-0.5</text>');
    expect(chart()).toContain('>1.5</text>');
    const cut = chart({ min: 0, max: 1 });
    expect(cut).not.toMatch(/>-[\d.]+<\/text>/);
    expect(cut).not.toMatch(/>1\.[1-9]\d*<\/text>/);
    expect(cut).toContain('>1.0</text>');
  });
});
