// The report's KPI table (scenario against baseline) and the marginal-value section.
import type { Metric } from '../simulation/index.ts';
import { RESOURCE_LABELS } from '../simulation/index.ts';
import { digitsFor, esc, figure, intervalText, label, table } from './report-parts.ts';
import type { Words } from './report-text.ts';
import { pairedDifference } from './stats.ts';
import { barChart, type Bar } from './svg-charts.ts';
import type { Interval, MarginalValue, MonteCarloResult, ScenarioSummary } from './types.ts';

export function kpiSection(result: MonteCarloResult, w: Words): string {
  const { scenario, baseline } = result;
  const head = [
    w.t('kpi'),
    w.t('unit'),
    `${w.t('scenario')}: ${scenario.name}`,
    ...(baseline ? [`${w.t('baseline')}: ${baseline.name}`, w.t('difference'), w.t('verdict')] : []),
  ].map(esc);
  const rows = result.kpiMetrics.flatMap((m) => {
    const own = scenario.kpis[m.key];
    if (own === undefined) return [];
    const digits = Math.max(digitsFor(m.unit), Number.isInteger(own.mean) ? 0 : 1);
    const cells = [esc(label(m, w)), esc(w.unit(m.unit)), intervalText(own, w, digits)];
    const base = baseline?.kpis[m.key];
    if (!baseline) return [cells];
    if (base === undefined) return [[...cells, '', '', '']];
    const diff = difference(scenario, baseline, m.key);
    return [
      [
        ...cells,
        intervalText(base, w, digits),
        diff ? intervalText(diff, w, digits) : '',
        verdict(m, diff, w),
      ],
    ];
  });
  return `<section><h2>${esc(w.t('kpis'))}</h2><p>${esc(w.t('kpisIntro'))}</p>${table(esc(w.t('kpis')), head, rows)}</section>`;
}

/** Scenario − baseline, paired by replication when both ran the same seeds (same count). */
function difference(scenario: ScenarioSummary, baseline: ScenarioSummary, key: string): Interval | undefined {
  const a = scenario.replications.map((r) => r[key]);
  const b = baseline.replications.map((r) => r[key]);
  const numbers = (xs: (number | undefined)[]): xs is number[] => xs.every((x) => x !== undefined);
  if (a.length === 0 || a.length !== b.length || !numbers(a) || !numbers(b)) return undefined;
  return pairedDifference(b, a);
}

/** Better or worse only when the interval of the difference excludes zero. */
function verdict(m: Metric, diff: Interval | undefined, w: Words): string {
  if (diff === undefined || m.better === 'neutral') return '';
  if (diff.low <= 0 && diff.high >= 0) return esc(w.t('noSignificant'));
  const up = diff.mean > 0;
  const good = m.better === 'higher' ? up : !up;
  return `<span class="${good ? 'better' : 'worse'}">${esc(w.t(good ? 'better' : 'worse'))}</span>`;
}

export function marginalSection(result: MonteCarloResult, w: Words): string {
  const heading = `<h2>${esc(w.t('marginal'))}</h2>`;
  if (result.marginal.length === 0) return `<section>${heading}<p>${esc(w.t('noMarginal'))}</p></section>`;
  const name = (r: string) => resourceLabel(result, r, w);
  const head = [
    w.t('resource'),
    w.t('addedUnits'),
    w.t('extraDepartures'),
    `${w.t('extraDepartures')} ${w.t('perUnit')}`,
    w.t('avoidedLapses'),
    `${w.t('avoidedLapses')} ${w.t('perUnit')}`,
  ].map(esc);
  const rows = result.marginal.map((m) => [
    esc(name(m.resource)),
    w.num(m.addedUnits),
    intervalText(m.extraDepartures, w, 1),
    w.num(m.departuresPerUnit, 3),
    intervalText(m.avoidedLapses, w, 1),
    w.num(m.lapsesAvoidedPerUnit, 3),
  ]);
  const charts = [
    marginalChart(
      result.marginal,
      'marginal-departures',
      w.t('marginalDeparturesChart'),
      (m) => m.extraDepartures,
      name,
      w,
    ),
    marginalChart(
      result.marginal,
      'marginal-lapses',
      w.t('marginalLapsesChart'),
      (m) => m.avoidedLapses,
      name,
      w,
    ),
  ];
  return `<section>${heading}<p>${esc(w.t('marginalIntro'))}</p>${table(esc(w.t('marginal')), head, rows)}<div class="grid">${charts.join('')}</div></section>`;
}

function marginalChart(
  values: readonly MarginalValue[],
  id: string,
  title: string,
  pick: (m: MarginalValue) => Interval,
  name: (resource: string) => string,
  w: Words,
): string {
  const bars: Bar[] = values.map((m) => {
    const i = pick(m);
    return { label: name(m.resource), value: i.mean, low: i.low, high: i.high };
  });
  const svg = barChart({ id, title, desc: w.t('barDesc', { label: title }), xLabel: title, bars });
  const rows = bars.map((b) => [
    esc(b.label),
    w.num(b.value, 1),
    w.num(b.low ?? b.value, 1),
    w.num(b.high ?? b.value, 1),
  ]);
  const head = [w.t('resource'), w.t('mean'), w.t('low'), w.t('high')].map(esc);
  return figure(svg, title, table(esc(title), head, rows), w);
}

/** A resource type's name (RESOURCE_LABELS), else its capacity KPI's label, else its id. */
function resourceLabel(result: MonteCarloResult, resource: string, w: Words): string {
  const known = (RESOURCE_LABELS as Readonly<Record<string, { en: string; nl: string }>>)[resource];
  if (known) return known[w.lang];
  const metric = result.kpiMetrics.find((k) => k.key === `capacity.${resource}`);
  return metric ? label(metric, w) : resource;
}
