// From replication outcomes to summaries: intervals per KPI, per series and day, and marginal values.
import type { ReplicationOutcome } from '../simulation/index.ts';
import { meanInterval, pairedDifference } from './stats.ts';
import type { Interval, MarginalValue, ScenarioSummary } from './types.ts';

/** The KPI the marginal value counts as departures, and the one it counts as lapses. */
export const DEPARTURES_KPI = 'departures';
export const LAPSES_KPI = 'dublinLapsed';

type Named = { readonly name: string; readonly description: string };

/** The running total of a daily series is kept as `cumulative.<key>`. */
export const cumulativeKey = (key: string): string => `cumulative.${key}`;

/**
 * Mean and 95% interval of every KPI and of every series on every day, over the replications (in
 * replication order). For each key in `cumulate` the running total is summarised too (per
 * replication first, so its interval is that of the cumulative count, not a sum of daily intervals).
 * A key missing from an outcome is an error: the core promised every key.
 */
export function summarise(
  scenario: Named,
  outcomes: readonly ReplicationOutcome[],
  cumulate: readonly string[] = [],
): ScenarioSummary {
  const first = outcomes[0];
  if (first === undefined) throw new Error(`no replications of ${scenario.name} to summarise`);
  const kpis: Record<string, Interval> = {};
  for (const key of Object.keys(first.kpis)) kpis[key] = meanInterval(outcomes.map((o) => kpi(o, key)));
  const series: Record<string, Interval[]> = {};
  for (const [key, days] of Object.entries(first.series)) {
    series[key] = days.map((_, day) => meanInterval(outcomes.map((o) => seriesValue(o, key, day))));
  }
  for (const key of cumulate.filter((k) => first.series[k] !== undefined)) {
    const totals = outcomes.map((o) => runningTotal(o.series[key] ?? []));
    series[cumulativeKey(key)] =
      totals[0]?.map((_, day) => meanInterval(totals.map((t) => t[day] ?? 0))) ?? [];
  }
  return {
    name: scenario.name,
    description: scenario.description,
    kpis,
    series,
    replications: outcomes.map((o) => o.kpis),
    plans: {
      made: outcomes.reduce((n, o) => n + o.plans.made, 0),
      valid: outcomes.reduce((n, o) => n + o.plans.valid, 0),
      invalid: outcomes.reduce((n, o) => n + o.plans.invalid, 0),
    },
  };
}

function runningTotal(values: readonly number[]): number[] {
  let total = 0;
  return values.map((v) => (total += v));
}

function kpi(outcome: ReplicationOutcome, key: string): number {
  const value = outcome.kpis[key];
  if (value === undefined) throw new Error(`a replication lacks the KPI "${key}"`);
  return value;
}

function seriesValue(outcome: ReplicationOutcome, key: string, day: number): number {
  const value = outcome.series[key]?.[day];
  if (value === undefined) throw new Error(`a replication lacks day ${day} of the series "${key}"`);
  return value;
}

/**
 * The marginal value of one resource type: paired differences, replication by replication on the same
 * seeds, of the scaled scenario against the unscaled one. Extra departures count up, avoided lapses
 * count the lapses that no longer happen (before − after).
 */
export function marginalValue(
  resource: string,
  base: readonly ReplicationOutcome[],
  scaled: readonly ReplicationOutcome[],
): MarginalValue {
  const values = (runs: readonly ReplicationOutcome[], key: string) => runs.map((o) => kpi(o, key));
  const capacity = `capacity.${resource}`;
  const addedUnits = pairedDifference(values(base, capacity), values(scaled, capacity)).mean;
  const extraDepartures = pairedDifference(values(base, DEPARTURES_KPI), values(scaled, DEPARTURES_KPI));
  const avoidedLapses = pairedDifference(values(scaled, LAPSES_KPI), values(base, LAPSES_KPI));
  const perUnit = (x: number) => (addedUnits > 0 ? x / addedUnits : 0);
  return {
    resource,
    addedUnits,
    extraDepartures,
    avoidedLapses,
    departuresPerUnit: perUnit(extraDepartures.mean),
    lapsesAvoidedPerUnit: perUnit(avoidedLapses.mean),
  };
}
