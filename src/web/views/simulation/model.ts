// What the simulation view reads from the API (zod at the boundary) and its pure helpers: the form's
// values to a request body (errors naming the field), progress as a share, series to weekly table
// rows, and intervals as text. No DOM here, so the tests run in node.
import { z } from 'zod';

export const SimulationSetup = z.object({
  scenarios: z.array(z.object({ name: z.string(), description: z.string() })),
  resources: z.array(z.string()),
  limits: z.object({
    days: z.number(),
    replications: z.number(),
    factor: z.object({ min: z.number(), max: z.number() }),
    marginal: z.object({ days: z.number(), replications: z.number() }),
  }),
});
export type SimulationSetup = z.infer<typeof SimulationSetup>;

export const Interval = z.object({ mean: z.number(), low: z.number(), high: z.number() });
export type Interval = z.infer<typeof Interval>;

const Label = z.object({ en: z.string(), nl: z.string() });
const Metric = z.object({
  key: z.string(),
  label: Label,
  unit: z.string(),
  better: z.enum(['higher', 'lower', 'neutral']),
});
export type Metric = z.infer<typeof Metric>;
const SeriesMetric = Metric.extend({ group: z.string() });
export type SeriesMetric = z.infer<typeof SeriesMetric>;

const Summary = z.object({
  name: z.string(),
  description: z.string(),
  kpis: z.record(z.string(), Interval),
  series: z.record(z.string(), z.array(Interval)),
});
export type Summary = z.infer<typeof Summary>;

export const Result = z.object({
  generatedAt: z.string(),
  kpiMetrics: z.array(Metric),
  seriesMetrics: z.array(SeriesMetric),
  scenario: Summary,
  baseline: Summary.nullable(),
  marginal: z.array(
    z.object({
      resource: z.string(),
      addedUnits: z.number(),
      extraDepartures: Interval,
      avoidedLapses: Interval,
      departuresPerUnit: z.number(),
      lapsesAvoidedPerUnit: z.number(),
    }),
  ),
});
export type Result = z.infer<typeof Result>;

export const SimulationRequest = z.object({
  scenario: z.string(),
  days: z.number(),
  replications: z.number(),
  seed: z.union([z.number(), z.string()]),
  factors: z.record(z.string(), z.number()),
  marginal: z.boolean(),
  baseline: z.string().nullable(),
});
export type SimulationRequest = z.infer<typeof SimulationRequest>;

export const SimulationJob = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  request: SimulationRequest,
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  progress: z.object({ done: z.number(), total: z.number(), phase: z.string() }).nullable(),
  error: z.string().nullable(),
  result: z.unknown().optional(),
});
export type SimulationJob = z.infer<typeof SimulationJob>;

export const SimulationList = z.object({ simulations: z.array(SimulationJob) });

/** What the user typed, as text (numbers use a comma or a point as decimal separator). */
export type FormValues = {
  readonly scenario: string;
  readonly baseline: string;
  readonly days: string;
  readonly replications: string;
  readonly seed: string;
  readonly marginal: boolean;
  readonly factors: Readonly<Record<string, string>>;
};

/** A field in error: `field` is the form field (e.g. `days`, `factors.escorts`), `key` the message. */
export type FieldProblem = { field: string; key: string; params?: Record<string, number> };

export function readNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' || !/^-?\d*(\.\d+)?$/.test(t) ? Number.NaN : Number(t);
}

/** The request body for POST /simulations, or every field in error. */
export function requestFromForm(
  v: FormValues,
  limits: SimulationSetup['limits'],
): { ok: true; body: SimulationRequest } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const integer = (field: string, text: string, max: number) => {
    const n = readNumber(text);
    if (!Number.isInteger(n) || n < 1 || n > max)
      problems.push({ field, key: 'sim.err.integer', params: { min: 1, max } });
    return n;
  };
  if (v.scenario === '') problems.push({ field: 'scenario', key: 'sim.err.scenario' });
  const days = integer('days', v.days, limits.days);
  const replications = integer('replications', v.replications, limits.replications);
  const seedText = v.seed.trim();
  if (seedText === '' || seedText.length > 64) problems.push({ field: 'seed', key: 'sim.err.seed' });
  const seed = /^\d{1,9}$/.test(seedText) ? Number(seedText) : seedText;
  const factors: Record<string, number> = {};
  for (const [resource, text] of Object.entries(v.factors)) {
    const f = readNumber(text);
    if (!(f >= limits.factor.min && f <= limits.factor.max))
      problems.push({ field: `factors.${resource}`, key: 'sim.err.factor', params: limits.factor });
    else if (f !== 1) factors[resource] = f;
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      scenario: v.scenario,
      days,
      replications,
      seed,
      factors,
      marginal: v.marginal,
      baseline: v.baseline === '' ? null : v.baseline,
    },
  };
}

/** Progress as a share 0..1 (0 while nothing is known). */
export function progressShare(p: { done: number; total: number } | null): number {
  if (!p || p.total <= 0) return 0;
  return Math.min(1, Math.max(0, p.done / p.total));
}

/** The phase as a message key and its parameters: 'marginal escorts' → sim.phase.marginal. */
export function phaseMessage(phase: string): { key: string; params: Record<string, string> } {
  const [kind = '', ...rest] = phase.split(' ');
  if (kind === 'marginal') return { key: 'sim.phase.marginal', params: { resource: rest.join(' ') } };
  if (kind === 'scenario' || kind === 'baseline') return { key: `sim.phase.${kind}`, params: {} };
  return { key: phase, params: {} };
}

export type WeekRow = { readonly day: number; readonly values: readonly (Interval | undefined)[] };

/**
 * One row per `step` days (the last day always included) of each series given, days counted from 1:
 * the text alternative beside a chart, short enough to read.
 */
export function sampledRows(series: readonly (readonly Interval[] | undefined)[], step = 7): WeekRow[] {
  const n = Math.max(0, ...series.map((s) => s?.length ?? 0));
  const days: number[] = [];
  for (let d = step; d <= n; d += step) days.push(d);
  if (n > 0 && days.at(-1) !== n) days.push(n);
  return days.map((day) => ({ day, values: series.map((s) => s?.[day - 1]) }));
}

/** Metrics grouped in the order the view shows them (unknown groups last, none dropped); no empty groups. */
export const GROUPS = ['departures', 'lapses', 'detention', 'occupancy', 'utilisation', 'caseload'] as const;

export function metricsByGroup(
  metrics: readonly SeriesMetric[],
): { group: string; metrics: SeriesMetric[] }[] {
  const known: readonly string[] = GROUPS;
  const others = [...new Set(metrics.map((m) => m.group))].filter((g) => !known.includes(g));
  return [...GROUPS, ...others]
    .map((group) => ({ group, metrics: metrics.filter((m) => m.group === group) }))
    .filter((g) => g.metrics.length > 0);
}

/** The difference of two means, or null when there is no baseline value. */
export function difference(scenario: Interval | undefined, baseline: Interval | undefined): number | null {
  return scenario && baseline ? scenario.mean - baseline.mean : null;
}

/** Digits to show for a unit: shares as percentages elsewhere, small quantities with one decimal. */
export function digitsFor(unit: string, value: number): number {
  if (unit === 'share') return 2;
  return Math.abs(value) < 100 && !Number.isInteger(value) ? 1 : 0;
}

/** Counts per day (departures, lapses) are charted as running totals when the runner kept them. */
export function chartedKey(result: Result, m: SeriesMetric): { key: string; cumulative: boolean } {
  const key = `cumulative.${m.key}`;
  const counted = m.group === 'departures' || m.group === 'lapses';
  return counted && result.scenario.series[key]
    ? { key, cumulative: true }
    : { key: m.key, cumulative: false };
}
