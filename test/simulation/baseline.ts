import { readFileSync } from 'node:fs';
import type { SimulationParameters, SimulationScenario } from '../../src/simulation/parameters.ts';
import { parseScenario } from '../../src/simulation/parameters.ts';

/** The raw JSON of the 2021 baseline scenario (tests read files; the simulation core does not). */
export function readBaselineJson(): unknown {
  return JSON.parse(
    readFileSync(new URL('../../data/scenarios/sim/baseline-2021.json', import.meta.url), 'utf8'),
  );
}

export function baselineScenario(): SimulationScenario {
  const parsed = parseScenario(readBaselineJson());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

export const baselineParameters = (): SimulationParameters => baselineScenario().parameters;
