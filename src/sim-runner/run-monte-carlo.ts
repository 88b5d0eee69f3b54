// The Monte Carlo run: the scenario, its baseline and the +10% variants of every resource type, each
// replicated on the same seeds (common random numbers) over the worker pool, then summarised.
import type { Metric, ReplicationOutcome, SeriesMetric, SimulationScenario } from '../simulation/index.ts';
import { marginalValue, summarise } from './aggregate.ts';
import type { ResolvedInput } from './input.ts';
import { MonteCarloInputError, resolveInput } from './input.ts';
import { runPool } from './pool.ts';
import type { ReplicationJob } from './worker.ts';
import type { MonteCarloInput, MonteCarloOptions, MonteCarloResult } from './types.ts';

/** What the runner needs of the simulation core: injected, so tests can run it on a fake model. */
export type SimulationDeps = {
  readonly loadScenario: (
    nameOrFile: string,
  ) => { ok: true; value: SimulationScenario } | { ok: false; messages: string[] };
  readonly describe: (s: SimulationScenario) => { name: string; description: string };
  readonly scaleResource: (s: SimulationScenario, resource: string, factor: number) => SimulationScenario;
  readonly resourceTypes: readonly string[];
  readonly kpiMetrics: readonly Metric[];
  readonly seriesMetrics: (s: SimulationScenario) => readonly SeriesMetric[];
  /** the replication seed keys for a root seed */
  readonly replicationSeeds: (seed: number | string, count: number) => string[];
  readonly rulesVersion: (s: SimulationScenario) => string;
  /** URL of the module whose `runReplication` the workers call */
  readonly replicationModule: string;
  readonly clock: () => Date;
};

/** The marginal value adds this share of one resource type at a time. */
export const MARGINAL_FACTOR = 1.1;

/** Series whose running totals are summarised as well (the report charts them cumulatively). */
const CUMULATED_GROUPS: ReadonlySet<string> = new Set(['departures', 'lapses']);

/** A block of replications of one scenario variant. */
type Group = { phase: string; variant: number; days: number; replications: number };

export async function runMonteCarloWith(
  deps: SimulationDeps,
  input: MonteCarloInput,
  options: MonteCarloOptions = {},
): Promise<MonteCarloResult> {
  const resolved = resolveInput(input);
  const scenario = load(deps, resolved.scenario, 'scenario');
  const baseline = resolved.baseline === null ? null : load(deps, resolved.baseline, 'baseline');
  const { variants, groups } = planGroups(deps, resolved, scenario, baseline);
  const seeds = deps.replicationSeeds(resolved.seed, Math.max(...groups.map((g) => g.replications)));
  const jobs = groups.flatMap((g) =>
    seeds
      .slice(0, g.replications)
      .map((seed): ReplicationJob => ({ scenario: g.variant, days: g.days, seed })),
  );
  const setup = {
    scenarios: variants,
    rulesVersion: deps.rulesVersion(scenario),
    replicationModule: deps.replicationModule,
  };
  const onDay = progressTracker(groups, jobs, options);
  const outcomes = await runPool(setup, jobs, { workers: resolved.workers, onDay, ...signal(options) });
  const runs = splitByGroup(groups, outcomes);

  const metrics = deps.seriesMetrics(scenario);
  const cumulate = metrics.filter((m) => CUMULATED_GROUPS.has(m.group)).map((m) => m.key);
  const summary = (s: SimulationScenario, phase: string) =>
    summarise(deps.describe(s), runs.get(phase) ?? [], cumulate);
  const unscaled = (runs.get('marginal base') ?? runs.get('scenario') ?? []).slice(
    0,
    resolved.marginal?.replications,
  );
  return {
    input: resolved,
    generatedAt: deps.clock().toISOString(),
    kpiMetrics: deps.kpiMetrics,
    seriesMetrics: metrics,
    scenario: summary(scenario, 'scenario'),
    baseline: baseline ? summary(baseline, 'baseline') : null,
    marginal:
      resolved.marginal === null
        ? []
        : deps.resourceTypes.map((r) => marginalValue(r, unscaled, runs.get(`marginal ${r}`) ?? [])),
  };
}

/**
 * The variants to replicate and the blocks of replications: the scenario, the baseline, and per
 * resource type the scenario +10%, with the unscaled scenario over the marginal horizon unless the
 * main run already covers it (same days, enough replications: the same seeds).
 */
function planGroups(
  deps: SimulationDeps,
  input: ResolvedInput,
  scenario: SimulationScenario,
  baseline: SimulationScenario | null,
): { variants: SimulationScenario[]; groups: Group[] } {
  const variants: SimulationScenario[] = [scenario];
  const main = { days: input.days, replications: input.replications };
  const groups: Group[] = [{ phase: 'scenario', variant: 0, ...main }];
  if (baseline) {
    variants.push(baseline);
    groups.push({ phase: 'baseline', variant: 1, ...main });
  }
  const m = input.marginal;
  if (m === null) return { variants, groups };
  if (m.days !== input.days || m.replications > input.replications) {
    groups.push({ phase: 'marginal base', variant: 0, ...m });
  }
  for (const resource of deps.resourceTypes) {
    variants.push(deps.scaleResource(scenario, resource, MARGINAL_FACTOR));
    groups.push({ phase: `marginal ${resource}`, variant: variants.length - 1, ...m });
  }
  return { variants, groups };
}

function load(deps: SimulationDeps, nameOrFile: string, field: string): SimulationScenario {
  const loaded = deps.loadScenario(nameOrFile);
  if (loaded.ok) return loaded.value;
  // The loader's messages name the scenario; those of the baseline say so first.
  throw new MonteCarloInputError(
    field === 'baseline' ? loaded.messages.map((m) => `baseline: ${m}`) : loaded.messages,
  );
}

function splitByGroup(groups: readonly Group[], outcomes: readonly ReplicationOutcome[]) {
  const byGroup = new Map<string, ReplicationOutcome[]>();
  let at = 0;
  for (const g of groups) {
    byGroup.set(g.phase, outcomes.slice(at, at + g.replications));
    at += g.replications;
  }
  return byGroup;
}

/** Progress in simulated days over every job; the phase is that of the job that last moved. */
function progressTracker(
  groups: readonly Group[],
  jobs: readonly ReplicationJob[],
  options: MonteCarloOptions,
) {
  const phaseOf = groups.flatMap((g) => Array.from({ length: g.replications }, () => g.phase));
  const total = jobs.reduce((n, j) => n + j.days, 0);
  const daysDone = jobs.map(() => 0);
  let done = 0;
  return (job: number, day: number) => {
    const before = daysDone[job] ?? 0;
    if (day + 1 <= before) return;
    daysDone[job] = day + 1;
    done += day + 1 - before;
    options.onProgress?.({ done, total, phase: phaseOf[job] ?? '' });
  };
}

const signal = (options: MonteCarloOptions) => (options.signal ? { signal: options.signal } : {});
