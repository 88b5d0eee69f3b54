// A finished simulation: the key figures with 95% intervals against the baseline, a chart per daily
// series (scenario and baseline, bands) with a weekly table beside it, grouped as departures,
// lapses, detention, occupancy, utilisation and caseload; the marginal value of each resource as a
// bar chart and a table; and the HTML report as a download.
import { barChart, lineChartWithBand, svgNode, type BandSeries } from '../../charts.ts';
import { h, table } from '../../dom.ts';
import type { ViewContext } from '../../view.ts';
import { resourceName } from './form.ts';
import {
  difference,
  digitsFor,
  metricsByGroup,
  sampledRows,
  type Interval,
  type Metric,
  type Result,
  type SeriesMetric,
  chartedKey,
} from './model.ts';

export function resultsSection(result: Result, ctx: ViewContext, report: HTMLElement): HTMLElement {
  const { t } = ctx;
  return h(
    'section',
    { 'aria-labelledby': 'sim-results-h', class: 'sim-results' },
    h('h2', { id: 'sim-results-h' }, t('sim.results')),
    report,
    kpiTable(result, ctx),
    metricsByGroup(result.seriesMetrics).map(({ group, metrics }) =>
      h(
        'section',
        { 'aria-labelledby': `sim-group-${group}` },
        h('h3', { id: `sim-group-${group}` }, groupName(group, ctx)),
        metrics.map((m) => seriesFigure(result, m, ctx)),
      ),
    ),
    marginalSection(result, ctx),
  );
}

export function intervalText(i: Interval | undefined, unit: string, ctx: ViewContext): string {
  if (!i) return '—';
  const n = (v: number) =>
    unit === 'share' ? ctx.fmt.percent(v) : ctx.fmt.number(v, digitsFor(unit, i.mean));
  return ctx.t('sim.interval', { mean: n(i.mean), low: n(i.low), high: n(i.high) });
}

const label = (m: Metric, ctx: ViewContext) => m.label[ctx.lang];

/** A group's heading; an unknown group by its own name. */
function groupName(group: string, ctx: ViewContext): string {
  const key = `sim.group.${group}`;
  const text = ctx.t(key);
  return text === key ? group : text;
}

/** A unit in the user's language ('intake slots' → sim.unit.intake-slots); unknown units as given. */
export function unitText(unit: string, ctx: ViewContext): string {
  const key = `sim.unit.${unit.replace(/\s+/g, '-')}`;
  const text = ctx.t(key);
  return text === key ? unit : text;
}

function kpiTable(result: Result, ctx: ViewContext): HTMLElement {
  const { t, fmt } = ctx;
  const base = result.baseline;
  const headings = [
    t('sim.kpi'),
    t('sim.unit'),
    t('sim.scenarioCol'),
    ...(base ? [t('sim.baselineCol'), t('sim.difference')] : []),
    t('sim.better'),
  ];
  const rows = result.kpiMetrics.map((m) => {
    const s = result.scenario.kpis[m.key];
    const b = base?.kpis[m.key];
    const d = difference(s, b);
    const diff =
      d === null
        ? '—'
        : `${d > 0 ? '+' : ''}${m.unit === 'share' ? fmt.percent(d) : fmt.number(d, digitsFor(m.unit, d))}`;
    return [
      label(m, ctx),
      unitText(m.unit, ctx),
      intervalText(s, m.unit, ctx),
      ...(base ? [intervalText(b, m.unit, ctx), diff] : []),
      t(`sim.better.${m.better}`),
    ];
  });
  return h(
    'div',
    { class: 'table-wide', tabindex: 0, role: 'region', 'aria-label': t('sim.kpis') },
    table(t('sim.kpis'), headings, rows),
  );
}

function seriesFigure(result: Result, m0: SeriesMetric, ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const charted = chartedKey(result, m0);
  const m: SeriesMetric = charted.cumulative
    ? { ...m0, label: { en: `${m0.label.en} (cumulative)`, nl: `${m0.label.nl} (cumulatief)` } }
    : m0;
  const scenarioSeries = result.scenario.series[charted.key];
  const baselineSeries = result.baseline?.series[charted.key];
  const series: BandSeries[] = [
    ...(scenarioSeries ? [{ label: result.scenario.name, points: scenarioSeries }] : []),
    ...(result.baseline && baselineSeries
      ? [{ label: result.baseline.name, points: baselineSeries, dashed: true }]
      : []),
  ];
  const names = series.map((s) => s.label).join(', ');
  const chart = svgNode(
    lineChartWithBand({
      id: `sim-chart-${m.key.replace(/[^a-zA-Z0-9-]/g, '-')}`,
      title: label(m, ctx),
      desc: t('sim.chartDesc', { label: label(m, ctx), series: names }),
      xLabel: t('sim.dayAxis'),
      yLabel: unitText(m.unit, ctx),
      series,
      width: 560,
      height: 280,
    }),
  );
  const rows = sampledRows([scenarioSeries, baselineSeries].slice(0, series.length));
  const data = table(
    t('sim.tableCaption', { label: label(m, ctx) }),
    [t('sim.day'), ...series.map((s) => s.label)],
    rows.map((r) => [r.day, ...r.values.map((v) => intervalText(v, m.unit, ctx))]),
  );
  return h(
    'figure',
    { class: 'sim-figure' },
    h('figcaption', {}, label(m, ctx)),
    h('div', { class: 'chart' }, chart),
    h(
      'div',
      {
        class: 'table-scroll',
        tabindex: 0,
        role: 'region',
        'aria-label': t('sim.tableCaption', { label: label(m, ctx) }),
      },
      data,
    ),
  );
}

function marginalSection(result: Result, ctx: ViewContext): HTMLElement {
  const { t, fmt } = ctx;
  const body =
    result.marginal.length === 0
      ? [h('p', {}, t('sim.noMarginal'))]
      : [
          h(
            'div',
            { class: 'chart' },
            svgNode(
              barChart({
                id: 'sim-marginal-chart',
                title: t('sim.marginalChart'),
                desc: t('sim.marginalDesc'),
                xLabel: t('sim.extraDepartures'),
                bars: result.marginal.map((v) => ({
                  label: resourceName(ctx, v.resource),
                  value: v.extraDepartures.mean,
                  low: v.extraDepartures.low,
                  high: v.extraDepartures.high,
                })),
              }),
            ),
          ),
          table(
            t('sim.marginalHeading'),
            [
              t('sim.resource'),
              t('sim.addedUnits'),
              t('sim.extraDepartures'),
              t('sim.perUnit'),
              t('sim.avoidedLapses'),
              t('sim.lapsesPerUnit'),
            ],
            result.marginal.map((v) => [
              resourceName(ctx, v.resource),
              fmt.number(v.addedUnits, 0),
              intervalText(v.extraDepartures, 'people', ctx),
              fmt.number(v.departuresPerUnit, 3),
              intervalText(v.avoidedLapses, 'people', ctx),
              fmt.number(v.lapsesAvoidedPerUnit, 3),
            ]),
          ),
        ];
  return h(
    'section',
    { 'aria-labelledby': 'sim-marginal-h' },
    h('h3', { id: 'sim-marginal-h' }, t('sim.marginalHeading')),
    body,
  );
}
