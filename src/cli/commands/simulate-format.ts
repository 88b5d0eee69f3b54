// `rotonde simulate` as text and files: the KPI and marginal tables, calibration table, CSVs.
import type { Interval, MonteCarloResult, ScenarioSummary } from '../../sim-runner/index.ts';
import { pairedDifference } from '../../sim-runner/index.ts';
import { roundedNumber } from '../../sim-runner/report-text.ts';
import type { CalibrationRow } from '../../simulation/index.ts';

const num = (x: number, digits = 0): string =>
  roundedNumber(x, digits).toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
const interval = (i: Interval, digits = 0): string =>
  `${num(i.mean, digits)} (${num(i.low, digits)} – ${num(i.high, digits)})`;

/** Rows padded into columns; columns in `right` aligned right. */
export function textTable(rows: readonly string[][], right: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return rows.map((r) => `${line(r)}\n`).join('');
}

/** The KPI table: scenario, and when there is one the baseline and the paired difference. */
export function formatKpis(result: MonteCarloResult): string {
  const { scenario, baseline, input } = result;
  const head = ['KPI', scenario.name, ...(baseline ? [baseline.name, 'difference'] : [])];
  const rows = result.kpiMetrics.flatMap((m) => {
    const own = scenario.kpis[m.key];
    if (own === undefined) return [];
    const digits = m.unit === 'share' ? 2 : Number.isInteger(own.mean) ? 0 : 1;
    const base = baseline?.kpis[m.key];
    const diff = baseline ? difference(scenario, baseline, m.key) : undefined;
    const extra = baseline ? [base ? interval(base, digits) : '', diff ? interval(diff, digits) : ''] : [];
    return [[m.label.en, interval(own, digits), ...extra]];
  });
  return [
    `Scenario ${scenario.name}: ${input.replications} replications of ${input.days} days, seed ${input.seed}`,
    baseline ? `, against ${baseline.name} on the same seeds` : '',
    '\nmeans with 95% intervals; difference = scenario − baseline, paired by replication\n\n',
    textTable([head, ...rows], new Set(head.map((_, i) => i).filter((i) => i > 0))),
  ].join('');
}

function difference(scenario: ScenarioSummary, baseline: ScenarioSummary, key: string): Interval | undefined {
  const a = scenario.replications.map((r) => r[key] ?? NaN);
  const b = baseline.replications.map((r) => r[key] ?? NaN);
  if (a.length !== b.length || [...a, ...b].some(Number.isNaN)) return undefined;
  return pairedDifference(b, a);
}

/** The marginal value per resource type (+10%). */
export function formatMarginal(result: MonteCarloResult): string {
  const m = result.input.marginal;
  if (result.marginal.length === 0 || !m) return '';
  const head = [
    'resource (+10%)',
    'added units',
    'extra departures',
    'per unit',
    'avoided lapses',
    'per unit',
  ];
  const rows = result.marginal.map((v) => [
    v.resource,
    num(v.addedUnits),
    interval(v.extraDepartures, 1),
    num(v.departuresPerUnit, 3),
    interval(v.avoidedLapses, 1),
    num(v.lapsesAvoidedPerUnit, 3),
  ]);
  return [
    `\nMarginal value of each resource type: ${m.replications} replications of ${m.days} days, paired with the unchanged scenario\n\n`,
    textTable([head, ...rows], new Set([1, 2, 3, 4, 5])),
  ].join('');
}

export function formatCalibration(
  rows: readonly CalibrationRow[],
  meta: {
    replications: number;
    seed: number | string;
    tolerance: number;
    plans: { made: number; valid: number; invalid: number };
  },
): string {
  const body = [
    ['figure', 'target', 'simulated mean', '95% interval', 'within tolerance'],
    ...rows.map((r) => [
      r.figure,
      num(r.target),
      num(r.mean),
      `${num(r.low)} – ${num(r.high)}`,
      r.withinTolerance ? 'yes' : 'no',
    ]),
  ];
  const within = rows.filter((r) => r.withinTolerance).length;
  return [
    `Calibration of baseline-2021 with the planner in the loop: ${meta.replications} replications of 365 days, seed ${meta.seed}, tolerance ±${Math.round(meta.tolerance * 100)}%\n\n`,
    textTable(body, new Set([1, 2])),
    `\n${within} of ${rows.length} figures within tolerance\n`,
    `plans made by the planner: ${num(meta.plans.made)}, passed by the validator: ${num(meta.plans.valid)}, invalid: ${num(meta.plans.invalid)}\n`,
  ].join('');
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (cells: readonly (string | number)[]): string => `${cells.map(csvCell).join(',')}\n`;

function summaries(result: MonteCarloResult): ScenarioSummary[] {
  return result.baseline ? [result.scenario, result.baseline] : [result.scenario];
}

/** `kpis.csv`: one row per scenario and replication (numbered from 1), a column per KPI. */
export function kpisCsv(result: MonteCarloResult): string {
  const keys = result.kpiMetrics.map((m) => m.key);
  const rows = summaries(result).flatMap((s) =>
    s.replications.map((kpis, r) => csvLine([s.name, r + 1, ...keys.map((k) => kpis[k] ?? '')])),
  );
  return csvLine(['scenario', 'replication', ...keys]) + rows.join('');
}

/** `daily.csv`: per scenario, day (from 1) and series, the mean and 95% interval. */
export function dailyCsv(result: MonteCarloResult): string {
  const rows = summaries(result).flatMap((s) =>
    Object.entries(s.series).flatMap(([key, days]) =>
      days.map((i, d) => csvLine([s.name, d + 1, key, i.mean, i.low, i.high])),
    ),
  );
  return csvLine(['scenario', 'day', 'series', 'mean', 'low', 'high']) + rows.join('');
}
