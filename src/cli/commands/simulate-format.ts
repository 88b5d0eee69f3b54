// `rotonde simulate` as text: the calibration table, KPI means with 95% intervals, and the CSV files.
import type { CalibrationRow, DayRecord, SimulationTotals } from '../../simulation/index.ts';

/** The KPIs of one replication, in the order they are printed and written. */
export const KPIS = [
  { key: 'independentDepartures', label: 'independent departures', measure: (t) => t.outflow.independent },
  {
    key: 'forcedDepartures',
    label: 'forced departures (incl. Dublin transfers)',
    measure: (t) => t.forcedDepartures,
  },
  { key: 'dublinTransfers', label: 'Dublin transfers', measure: (t) => t.outflow.dublinTransfer },
  { key: 'dublinLapses', label: 'Dublin lapses', measure: (t) => t.dublinLapsed },
  { key: 'mob', label: 'departed, destination unknown (MOB)', measure: (t) => t.outflow.mob },
  {
    key: 'outflowWithoutDeparture',
    label: 'outflow without departure',
    measure: (t) => t.outflowWithoutDeparture,
  },
  { key: 'finalCaseload', label: 'caseload at end of period', measure: (t) => t.finalCaseload },
] as const satisfies readonly { key: string; label: string; measure: (t: SimulationTotals) => number }[];

export type KpiKey = (typeof KPIS)[number]['key'];
export type KpiValues = Record<KpiKey, number>;
export type KpiSummary = { key: KpiKey; label: string; mean: number; ci95: [number, number] };

export function kpiValues(t: SimulationTotals): KpiValues {
  return Object.fromEntries(KPIS.map((k) => [k.key, k.measure(t)])) as KpiValues;
}

/** Two-sided 97.5% Student t quantiles for 1..30 degrees of freedom; 1.96 beyond. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Mean and 95% confidence interval of the mean (Student t; zero width for one value). */
export function meanCi95(values: readonly number[]): { mean: number; ci95: [number, number] } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  const half = (T975[n - 2] ?? 1.96) * Math.sqrt(variance / n);
  return { mean, ci95: [mean - half, mean + half] };
}

export function summariseKpis(runs: readonly KpiValues[]): KpiSummary[] {
  return KPIS.map(({ key, label }) => ({ key, label, ...meanCi95(runs.map((r) => r[key])) }));
}

const num = (x: number): string => Math.round(x).toLocaleString('en-US');
const interval = ([lo, hi]: readonly [number, number]): string => `${num(lo)} – ${num(hi)}`;

function table(rows: readonly string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows
    .map(
      (r) =>
        r
          .map((cell, i) =>
            rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
          )
          .join('  ')
          .trimEnd() + '\n',
    )
    .join('');
}

export function formatCalibration(
  rows: readonly CalibrationRow[],
  meta: { replications: number; seed: number | string; tolerance: number },
): string {
  const body = [
    ['figure', 'target', 'simulated mean', '95% interval', 'within tolerance'],
    ...rows.map((r) => [
      r.figure,
      num(r.target),
      num(r.mean),
      interval(r.ci95),
      r.withinTolerance ? 'yes' : 'no',
    ]),
  ];
  const within = rows.filter((r) => r.withinTolerance).length;
  return [
    `Calibration of baseline-2021: ${meta.replications} replications of 365 days, seed ${meta.seed}, tolerance ±${Math.round(meta.tolerance * 100)}%\n\n`,
    table(body, new Set([1, 2])),
    `\n${within} of ${rows.length} figures within tolerance\n`,
  ].join('');
}

export function formatKpis(
  summary: readonly KpiSummary[],
  meta: { scenario: string; days: number; replications: number; seed: number | string },
): string {
  const body = [
    ['KPI', 'mean', '95% interval'],
    ...summary.map((k) => [k.label, num(k.mean), interval(k.ci95)]),
  ];
  return [
    `Scenario ${meta.scenario}: ${meta.replications} replications of ${meta.days} days, seed ${meta.seed}\n\n`,
    table(body, new Set([1])),
  ].join('');
}

/** `kpis.csv`: one row per replication (numbered from 1). */
export function kpisCsv(runs: readonly KpiValues[]): string {
  const header = ['replication', ...KPIS.map((k) => k.key)].join(',');
  const lines = runs.map((r, i) => [i + 1, ...KPIS.map((k) => r[k.key])].join(','));
  return [header, ...lines].join('\n') + '\n';
}

/** The series of a day record as flat columns (`inflow.ind`, `outflow.mob`, …), `day` left out. */
export function flattenDay(d: DayRecord): [string, number][] {
  return Object.entries(d).flatMap(([k, v]): [string, number][] => {
    if (k === 'day') return [];
    if (typeof v === 'number') return [[k, v]];
    return Object.entries(v as Record<string, number>).map(([sub, x]): [string, number] => [
      `${k}.${sub}`,
      x,
    ]);
  });
}

/** The header of `daily.csv`: day, replication, then the series of the first record. */
export function dailyHeader(first: DayRecord): string {
  return ['day', 'replication', ...flattenDay(first).map(([k]) => k)].join(',');
}

/** The rows of `daily.csv` for one replication (numbered from 1). */
export function dailyRows(daily: readonly DayRecord[], replication: number): string[] {
  return daily.map((d) => [d.day, replication, ...flattenDay(d).map(([, v]) => v)].join(','));
}
