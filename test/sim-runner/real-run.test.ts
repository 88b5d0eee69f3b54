// The runner over the real simulation core, with the planner in the loop: a short horizon only.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/sim-runner/index.ts';

describe('runMonteCarlo (real core, planner in the loop)', () => {
  it('gives the same result with one worker as with two', async () => {
    const input = {
      scenario: 'baseline-2021',
      days: 6,
      replications: 2,
      seed: 3,
      baseline: null,
      marginal: null,
    };
    const one = await runMonteCarlo({ ...input, workers: 1 });
    const two = await runMonteCarlo({ ...input, workers: 2 });
    expect(two.scenario).toEqual(one.scenario);
    expect(one.scenario.replications).toHaveLength(2);
    expect(one.scenario.series.caseload).toHaveLength(6);
    expect(one.scenario.plans?.invalid).toBe(0);
    expect(one.scenario.plans?.made).toBeGreaterThan(0);
  }, 60_000);
});
