// The report's charts over time: one per series metric, grouped, scenario and baseline together.
import type { SeriesMetric } from '../simulation/index.ts';
import { cumulativeKey } from './aggregate.ts';
import { digitsFor, esc, figure, label, table, tableDays } from './report-parts.ts';
import type { MessageKey, Words } from './report-text.ts';
import { barChart, lineChartWithBand, type BandSeries } from './svg-charts.ts';
import type { Interval, MonteCarloResult, ScenarioSummary } from './types.ts';

const GROUPS: readonly SeriesMetric['group'][] = [
  'departures',
  'lapses',
  'detention',
  'occupancy',
  'utilisation',
  'caseload',
];
/** Counted per day, charted as running totals. */
const CUMULATED: ReadonlySet<string> = new Set(['departures', 'lapses']);

/** KPIs over the whole run charted with a group, scenario against baseline. */
const KPI_BARS: Partial<Record<SeriesMetric['group'], readonly string[]>> = {
  detention: ['detentionNights', 'meanDetentionDays'],
};

type Line = { name: string; points: readonly Interval[]; dashed: boolean };

export function chartsSection(result: MonteCarloResult, w: Words): string {
  let n = 0;
  const groups = GROUPS.map((group) => {
    const metrics = result.seriesMetrics.filter((m) => m.group === group);
    const figures = [
      ...metrics.map((m) => metricFigure(result, m, `series-${++n}`, w)),
      ...(KPI_BARS[group] ?? []).map((key) => kpiFigure(result, key, `kpi-${key}`, w)),
    ].filter((f) => f !== '');
    if (figures.length === 0) return '';
    return `<section><h3>${esc(w.t(`group_${group}` as MessageKey))}</h3><div class="grid">${figures.join('')}</div></section>`;
  });
  return `<section><h2>${esc(w.t('charts'))}</h2><p>${esc(w.t('chartsIntro'))}</p>${groups.join('')}</section>`;
}

function metricFigure(result: MonteCarloResult, m: SeriesMetric, id: string, w: Words): string {
  const cumulated = CUMULATED.has(m.group) && result.scenario.series[cumulativeKey(m.key)] !== undefined;
  const key = cumulated ? cumulativeKey(m.key) : m.key;
  const title = cumulated ? w.t('cumulative', { label: label(m, w) }) : label(m, w);
  const lines = [line(result.scenario, key, false), line(result.baseline, key, true)].filter(
    (l): l is Line => l !== undefined,
  );
  const first = lines[0];
  if (first === undefined) return '';
  const series: BandSeries[] = lines.map((l) => ({ label: l.name, points: l.points, dashed: l.dashed }));
  const who = lines.map((l) => l.name).join(', ');
  const svg = lineChartWithBand({
    id,
    title,
    desc: w.t('chartDesc', { label: title, days: first.points.length, who }),
    xLabel: w.t('day'),
    yLabel: w.unit(m.unit),
    series,
    bounds: boundsOf(m, lines),
  });
  return figure(svg, title, dataTable(title, lines, Math.max(1, digitsFor(m.unit)), w), w);
}

/** Counts and shares cannot fall below zero, nor shares above one: the bands are cut there. */
function boundsOf(m: SeriesMetric, lines: readonly Line[]): { min?: number; max?: number } {
  const nonNegative = lines.every((l) => l.points.every((p) => p.mean >= 0));
  return { ...(nonNegative ? { min: 0 } : {}), ...(m.unit === 'share' ? { max: 1 } : {}) };
}

function line(summary: ScenarioSummary | null, key: string, dashed: boolean): Line | undefined {
  const points = summary?.series[key];
  return summary && points ? { name: summary.name, points, dashed } : undefined;
}

function dataTable(title: string, lines: readonly Line[], digits: number, w: Words): string {
  const length = Math.max(...lines.map((l) => l.points.length));
  const { days, note, step } = tableDays(length);
  const head = [
    esc(w.t('day')),
    ...lines.flatMap((l) => [w.t('mean'), w.t('low'), w.t('high')].map((h) => `${esc(l.name)}: ${esc(h)}`)),
  ];
  const rows = days.map((d) => [
    String(d + 1),
    ...lines.flatMap((l) => {
      const p = l.points[d];
      return p ? [w.num(p.mean, digits), w.num(p.low, digits), w.num(p.high, digits)] : ['', '', ''];
    }),
  ]);
  return table(`${esc(title)}. ${esc(w.t(note, { step }))}`, head, rows);
}

/** One KPI of the scenario and the baseline as bars with their 95% intervals, and its table. */
function kpiFigure(result: MonteCarloResult, key: string, id: string, w: Words): string {
  const metric = result.kpiMetrics.find((k) => k.key === key);
  const summaries = [result.scenario, result.baseline].filter((s): s is ScenarioSummary => s !== null);
  const bars = summaries.flatMap((s) => {
    const i = s.kpis[key];
    return i ? [{ label: s.name, value: i.mean, low: i.low, high: i.high }] : [];
  });
  if (metric === undefined || bars.length === 0) return '';
  const title = label(metric, w);
  const digits = Math.max(1, digitsFor(metric.unit));
  const svg = barChart({
    id,
    title,
    desc: w.t('kpiBarDesc', { label: title }),
    xLabel: w.unit(metric.unit),
    bars,
  });
  const head = [w.t('scenario'), w.t('mean'), w.t('low'), w.t('high')].map(esc);
  const rows = bars.map((b) => [
    esc(b.label),
    w.num(b.value, digits),
    w.num(b.low, digits),
    w.num(b.high, digits),
  ]);
  return figure(svg, title, table(esc(title), head, rows), w);
}
