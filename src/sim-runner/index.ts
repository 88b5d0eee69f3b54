// The Monte Carlo runner's public surface (contract B).
import { realDeps } from './real-deps.ts';
import { runMonteCarloWith } from './run-monte-carlo.ts';
import type { MonteCarloInput, MonteCarloOptions, MonteCarloResult } from './types.ts';

export type {
  Interval,
  MarginalValue,
  MonteCarloInput,
  MonteCarloOptions,
  MonteCarloProgress,
  MonteCarloResult,
  ScenarioSummary,
} from './types.ts';
export { MonteCarloInputError } from './input.ts';
export { renderReport } from './report.ts';
export { meanInterval, pairedDifference, tQuantile975 } from './stats.ts';
export { replicationSeeds } from './real-deps.ts';

/**
 * Replicates the scenario (and the baseline, and each resource type +10%) in worker threads on common
 * random numbers. Rejects with MonteCarloInputError for bad input, with the signal's reason on abort.
 */
export function runMonteCarlo(
  input: MonteCarloInput,
  options?: MonteCarloOptions,
): Promise<MonteCarloResult> {
  return runMonteCarloWith(realDeps, input, options);
}
