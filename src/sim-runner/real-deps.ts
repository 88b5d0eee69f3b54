// The runner wired to the real simulation core (contract A) and the scenario files.
import { listRuleSets } from '../domain/rules.ts';
import { loadSimScenario } from '../sim-data/scenarios.ts';
import type { SimulationScenario } from '../simulation/index.ts';
import { createPrng, KPIS, RESOURCE_TYPES, scaleResource, seriesMetrics } from '../simulation/index.ts';
import type { ResourceType } from '../simulation/index.ts';
import type { SimulationDeps } from './run-monte-carlo.ts';

const SIMULATION_MODULE = new URL('../simulation/index.ts', import.meta.url).href;

/** Replication r runs on the key split from the root seed by `replication-r`: the same for every variant. */
export function replicationSeeds(seed: number | string, count: number): string[] {
  const root = createPrng(seed);
  return Array.from({ length: count }, (_, r) => root.split(`replication-${r}`).key);
}

/** The scenario's own rule set version when it names one, else the newest in data/rules/. */
function rulesVersion(scenario: SimulationScenario): string {
  const own = (scenario as { rulesVersion?: unknown }).rulesVersion;
  if (typeof own === 'string') return own;
  const newest = listRuleSets().at(-1);
  if (newest === undefined) throw new Error('no rule set in data/rules/');
  return newest;
}

function describe(scenario: SimulationScenario): { name: string; description: string } {
  const { name, description } = scenario as { name?: unknown; description?: unknown };
  return {
    name: typeof name === 'string' ? name : 'unnamed scenario',
    description: typeof description === 'string' ? description : '',
  };
}

export const realDeps: SimulationDeps = {
  loadScenario: loadSimScenario,
  describe,
  scaleResource: (s, resource, factor) => scaleResource(s, resource as ResourceType, factor),
  resourceTypes: RESOURCE_TYPES,
  kpiMetrics: KPIS,
  seriesMetrics,
  replicationSeeds,
  rulesVersion,
  replicationModule: SIMULATION_MODULE,
  clock: () => new Date(),
};
