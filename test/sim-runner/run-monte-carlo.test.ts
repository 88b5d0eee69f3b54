import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MonteCarloInputError } from '../../src/sim-runner/input.ts';
import { runMonteCarloWith } from '../../src/sim-runner/run-monte-carlo.ts';
import type { MonteCarloProgress } from '../../src/sim-runner/types.ts';
import { fakeDeps } from './fake-deps.ts';
import type { FakeScenario } from './fake-replication.ts';

const scenario: FakeScenario = {
  name: 'short',
  description: 'few police',
  rate: 3,
  capacity: { police: 5, lawyers: 4 },
};
const baseline: FakeScenario = {
  name: 'baseline-2021',
  description: 'base',
  rate: 3,
  capacity: { police: 8, lawyers: 4 },
};
const dir = mkdtempSync(join(tmpdir(), 'rotonde-sim-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const trace = join(dir, 'trace.txt');
const deps = fakeDeps({
  short: scenario,
  'baseline-2021': baseline,
  slow: { ...scenario, delayMs: 20, traceFile: trace },
  broken: { ...scenario, failOnDay: 3 },
});

describe('runMonteCarloWith (over a fake model in worker threads)', () => {
  it('gives the same result with one worker as with two', async () => {
    const input = {
      scenario: 'short',
      days: 10,
      replications: 3,
      seed: 5,
      marginal: { days: 6, replications: 2 },
    };
    const one = await runMonteCarloWith(deps, { ...input, workers: 1 });
    const two = await runMonteCarloWith(deps, { ...input, workers: 2 });
    expect({ ...two, input: null }).toEqual({ ...one, input: null });
    expect(one.scenario.replications).toHaveLength(3);
    expect(one.baseline?.name).toBe('baseline-2021');
    expect(one.scenario.series.caseload).toHaveLength(10);
    expect(one.scenario.series['cumulative.forcedDepartures']).toHaveLength(10);
  }, 30_000);

  it('runs replication r of every variant on the same seed (common random numbers)', async () => {
    const same = await runMonteCarloWith(deps, {
      scenario: 'short',
      baseline: 'short',
      days: 5,
      replications: 2,
      seed: 1,
      marginal: null,
      workers: 2,
    });
    expect(same.baseline?.replications).toEqual(same.scenario.replications);
    expect(same.marginal).toEqual([]);
  }, 30_000);

  it('values the resource that binds and not the one that does not', async () => {
    const r = await runMonteCarloWith(deps, {
      scenario: 'short',
      days: 20,
      replications: 4,
      seed: 2,
      baseline: null,
      workers: 2,
    });
    const [police, lawyers] = r.marginal;
    expect(police).toMatchObject({ resource: 'police', addedUnits: 10 });
    expect(police?.extraDepartures.mean).toBeGreaterThan(0);
    expect(lawyers).toMatchObject({ resource: 'lawyers', addedUnits: 8, departuresPerUnit: 0 });
    expect(lawyers?.extraDepartures).toEqual({ mean: 0, low: 0, high: 0 });
    // defaults: marginal over min(days, 90) days and 5 replications
    expect(r.input.marginal).toEqual({ days: 20, replications: 5 });
  }, 30_000);

  it('reuses the scenario’s own replications as the marginal base when horizon and seeds match', async () => {
    const seen: MonteCarloProgress[] = [];
    const input = { scenario: 'short', baseline: null, days: 6, replications: 3, seed: 9, workers: 2 };
    const reused = await runMonteCarloWith(
      deps,
      { ...input, marginal: { days: 6, replications: 2 } },
      { onProgress: (p) => seen.push(p) },
    );
    // 3 × 6 days of the scenario and 2 × 6 per resource type: no separate unscaled run
    expect(seen.at(-1)).toMatchObject({ done: 42, total: 42 });
    const separate = await runMonteCarloWith(deps, {
      ...input,
      replications: 1,
      marginal: { days: 6, replications: 2 },
    });
    expect(separate.marginal).toEqual(reused.marginal);
  }, 30_000);

  it('reports progress in simulated days up to the total', async () => {
    const seen: MonteCarloProgress[] = [];
    await runMonteCarloWith(
      deps,
      { scenario: 'short', days: 4, replications: 2, seed: 1, marginal: null, workers: 2 },
      { onProgress: (p) => seen.push(p) },
    );
    expect(seen.at(-1)).toMatchObject({ done: 16, total: 16 });
    expect(seen.every((p, i) => i === 0 || p.done >= (seen[i - 1]?.done ?? 0))).toBe(true);
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['scenario', 'baseline']));
  }, 30_000);

  it('stops the workers and rejects with the reason when aborted', async () => {
    const controller = new AbortController();
    let days = 0;
    const run = runMonteCarloWith(
      deps,
      { scenario: 'slow', baseline: null, marginal: null, days: 500, replications: 2, seed: 1, workers: 2 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          days = p.done;
          if (p.done >= 4) controller.abort(new Error('stopped by the test'));
        },
      },
    );
    await expect(run).rejects.toThrow('stopped by the test');
    // The workers are gone once the run has rejected: the days they trace stop growing.
    const traced = readFileSync(trace, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readFileSync(trace, 'utf8')).toBe(traced);
    expect(days).toBeLessThan(1000);
  }, 30_000);

  it('rejects a replication that fails, naming the job', async () => {
    const run = runMonteCarloWith(deps, {
      scenario: 'broken',
      baseline: null,
      marginal: null,
      days: 5,
      replications: 1,
      seed: 1,
      workers: 1,
    });
    await expect(run).rejects.toThrow(/replication job 0 failed: fake failure on day 3/);
  }, 30_000);

  it('names the field of a bad input and an unknown scenario', async () => {
    const bad = runMonteCarloWith(deps, { scenario: 'short', days: 0, replications: 1.5, seed: 1 });
    await expect(bad).rejects.toBeInstanceOf(MonteCarloInputError);
    await expect(bad).rejects.toThrow(/days: .*\n.*replications: /);
    await expect(
      runMonteCarloWith(deps, { scenario: 'short', baseline: 'nope', days: 1, replications: 1, seed: 1 }),
    ).rejects.toThrow('baseline: unknown scenario "nope"');
  });
});
