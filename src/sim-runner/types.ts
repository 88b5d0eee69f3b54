// The Monte Carlo runner's public types (contract B): input, intervals, summaries, marginal values.
import type { Metric, ReplicationOutcome, SeriesMetric } from '../simulation/index.ts';

export type MonteCarloInput = {
  /** a name in data/scenarios/sim or a file path (loadSimScenario) */
  readonly scenario: string;
  /** simulated days per replication */
  readonly days: number;
  readonly replications: number;
  /** the root seed; replication r uses the key split from it by `replication-r` */
  readonly seed: number | string;
  /** the scenario compared against; default 'baseline-2021'; null: no comparison */
  readonly baseline?: string | null;
  /** the horizon and replications of the marginal-value runs; null: skip them */
  readonly marginal?: { readonly days: number; readonly replications: number } | null;
  /** worker threads; default min(2, os.availableParallelism()) */
  readonly workers?: number;
};

/** A mean with its 95% confidence interval. */
export type Interval = { readonly mean: number; readonly low: number; readonly high: number };

export type ScenarioSummary = {
  readonly name: string;
  readonly description: string;
  /** per KPI key */
  readonly kpis: Readonly<Record<string, Interval>>;
  /** per series key, one interval per day */
  readonly series: Readonly<Record<string, readonly Interval[]>>;
  /** each replication's KPIs, in replication order */
  readonly replications: readonly ReplicationOutcome['kpis'][];
  /** the planner's plans over all replications: made, and how many the validator passed */
  readonly plans?: ReplicationOutcome['plans'];
};

/** What +10% of one resource type adds, against the unscaled scenario on the same seeds. */
export type MarginalValue = {
  readonly resource: string;
  /** mean difference of the `capacity.<resource>` KPI: the units the +10% added over the run */
  readonly addedUnits: number;
  readonly extraDepartures: Interval;
  readonly avoidedLapses: Interval;
  /** extraDepartures.mean / addedUnits (0 when nothing was added) */
  readonly departuresPerUnit: number;
  readonly lapsesAvoidedPerUnit: number;
};

export type MonteCarloResult = {
  /** the input as run, every default filled in */
  readonly input: MonteCarloInput;
  /** ISO timestamp, from the edge clock */
  readonly generatedAt: string;
  readonly kpiMetrics: readonly Metric[];
  readonly seriesMetrics: readonly SeriesMetric[];
  readonly scenario: ScenarioSummary;
  readonly baseline: ScenarioSummary | null;
  readonly marginal: readonly MarginalValue[];
};

export type MonteCarloProgress = {
  /** simulated days done, over all replications of all phases */
  readonly done: number;
  readonly total: number;
  /** 'scenario', 'baseline' or 'marginal <resource>' */
  readonly phase: string;
};

export type MonteCarloOptions = {
  readonly onProgress?: (p: MonteCarloProgress) => void;
  readonly signal?: AbortSignal;
};
