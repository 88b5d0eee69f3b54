// Replication outcomes and a Monte Carlo result built by hand, for the pure tests.
import { marginalValue, summarise } from '../../src/sim-runner/aggregate.ts';
import type { MonteCarloResult } from '../../src/sim-runner/types.ts';
import type { Metric, ReplicationOutcome, SeriesMetric } from '../../src/simulation/index.ts';

/** An outcome whose departures per day are `perDay` and whose lapses are `lapses` in all. */
export function outcome(perDay: readonly number[], lapses: number, capacity = 100): ReplicationOutcome {
  return {
    kpis: {
      departures: perDay.reduce((a, b) => a + b, 0),
      dublinLapsed: lapses,
      meanDetentionDays: 12.5,
      'capacity.police': capacity,
    },
    series: {
      forcedDepartures: perDay,
      caseload: perDay.map((_, d) => 100 - d),
      'utilisation.police': perDay.map(() => 0.5),
    },
    plans: { made: 1, valid: 1, invalid: 0 },
  };
}

export const KPI_METRICS: readonly Metric[] = [
  { key: 'departures', label: { en: 'Departures', nl: 'Vertrekken' }, unit: 'people', better: 'higher' },
  {
    key: 'dublinLapsed',
    label: { en: 'Dublin lapsed', nl: 'Dublin verlopen' },
    unit: 'people',
    better: 'lower',
  },
  {
    key: 'meanDetentionDays',
    label: { en: 'Mean detention', nl: 'Gemiddelde detentie' },
    unit: 'days',
    better: 'lower',
  },
  { key: 'capacity.police', label: { en: 'Police', nl: 'Politie' }, unit: 'units', better: 'neutral' },
];

export const SERIES_METRICS: readonly SeriesMetric[] = [
  {
    key: 'forcedDepartures',
    label: { en: 'Forced departures', nl: 'Gedwongen vertrek' },
    unit: 'people',
    better: 'higher',
    group: 'departures',
  },
  {
    key: 'caseload',
    label: { en: 'Caseload', nl: 'Caseload' },
    unit: 'people',
    better: 'neutral',
    group: 'caseload',
  },
  {
    key: 'utilisation.police',
    label: { en: 'Police utilisation', nl: 'Benutting politie' },
    unit: 'share',
    better: 'neutral',
    group: 'utilisation',
  },
];

/** A small result: 3 replications of 4 days, a baseline and one marginal value. */
export function handResult(description = 'A test scenario'): MonteCarloResult {
  const scenarioRuns = [outcome([1, 2, 0, 1], 3), outcome([2, 2, 1, 0], 4), outcome([0, 1, 1, 1], 2)];
  const baselineRuns = [outcome([2, 2, 1, 1], 1), outcome([2, 3, 1, 1], 2), outcome([1, 1, 2, 1], 1)];
  const scaled = [
    outcome([1, 2, 1, 1], 2, 110),
    outcome([2, 2, 1, 1], 4, 110),
    outcome([1, 1, 1, 1], 1, 110),
  ];
  const cumulate = ['forcedDepartures'];
  return {
    input: {
      scenario: 'test',
      days: 4,
      replications: 3,
      seed: 1,
      baseline: 'base',
      marginal: { days: 4, replications: 3 },
      workers: 1,
    },
    generatedAt: '2026-11-30T02:00:00.000Z',
    kpiMetrics: KPI_METRICS,
    seriesMetrics: SERIES_METRICS,
    scenario: summarise({ name: 'test', description }, scenarioRuns, cumulate),
    baseline: summarise({ name: 'base', description: 'The baseline' }, baselineRuns, cumulate),
    marginal: [marginalValue('police', scenarioRuns, scaled)],
  };
}
