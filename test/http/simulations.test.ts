// Simulations over HTTP: inputs checked field by field, jobs queued one at a time, polled, cancelled,
// capacity factors applied to the scenario the runner gets, and the report of a finished run. A
// fake runner (controlled by the test) stands in for the Monte Carlo runner, except in one short
// real run that also proves the scaled scenario file is read back by the real loader.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { simulationEndpoints } from '../../src/http/routes/simulations.ts';
import { createSimulationJobs, type SimulationJob } from '../../src/jobs/simulation-jobs.ts';
import { loadSimScenario } from '../../src/sim-data/scenarios.ts';
import type { MonteCarloInput, MonteCarloResult, runMonteCarlo } from '../../src/sim-runner/index.ts';
import { RESOURCE_TYPES, scaleResource } from '../../src/simulation/index.ts';
import { as, call, testApp } from './harness.ts';

type Started = {
  input: MonteCarloInput;
  signal: AbortSignal | undefined;
  finish: () => void;
  scenarioExisted: boolean;
};

/** A runner that reports progress and ends when the test says so (or rejects when aborted). */
function fakeRunner(): { run: typeof runMonteCarlo; started: Started[] } {
  const started: Started[] = [];
  const run: typeof runMonteCarlo = (input, options) =>
    new Promise<MonteCarloResult>((resolve, reject) => {
      options?.onProgress?.({ done: 1, total: 4, phase: 'scenario' });
      options?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      const finish = () => resolve({ input, generatedAt: 'now' } as unknown as MonteCarloResult);
      started.push({ input, signal: options?.signal, finish, scenarioExisted: existsSync(input.scenario) });
    });
  return { run, started };
}

const fake = fakeRunner();
const jobs = createSimulationJobs({ run: fake.run });
const app = testApp(simulationEndpoints({ jobs }));
const real = createSimulationJobs();
const realApp = testApp(simulationEndpoints({ jobs: real }));

afterAll(async () => {
  await jobs.close();
  await real.close();
});

const body = { scenario: 'baseline-2021', days: 30, replications: 2, seed: 7 };
const start = async (extra: Record<string, unknown> = {}, on = app) => {
  const res = await call(on, 'POST', '/simulations', { principal: as.analyst, body: { ...body, ...extra } });
  expect(res.status).toBe(202);
  return (res.body as { id: string }).id;
};
const get = async (id: string, on = app) =>
  (await call(on, 'GET', `/simulations/${id}`, { principal: as.analyst })).body as SimulationJob;
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

async function settled(id: string, on = app, timeoutMs = 50_000): Promise<SimulationJob> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await get(id, on);
    if (job.status !== 'queued' && job.status !== 'running') return job;
    if (Date.now() > until) throw new Error(`simulation ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('simulation setup and input', () => {
  it('lists the scenarios, the resource types and the limits, to analysts only', async () => {
    const res = await call(app, 'GET', '/simulation-scenarios', { principal: as.analyst });
    expect(res.status).toBe(200);
    const setup = res.body as {
      scenarios: { name: string }[];
      resources: string[];
      limits: { days: number };
    };
    expect(setup.scenarios.map((s) => s.name)).toContain('baseline-2021');
    expect(setup.resources).toEqual([...RESOURCE_TYPES]);
    expect(setup.limits.days).toBe(730);
    expect((await call(app, 'GET', '/simulation-scenarios', { principal: as.planner })).status).toBe(403);
  });

  it.each([
    [{ days: 731 }, 'body.days'],
    [{ replications: 0 }, 'body.replications'],
    [{ scenario: '../etc/passwd' }, 'body.scenario'],
    [{ scenario: 'no-such-scenario' }, 'body.scenario'],
    [{ baseline: 'no-such-scenario' }, 'body.baseline'],
    [{ factors: { escorts: 11 } }, 'body.factors.escorts'],
    [{ factors: { unicorns: 2 } }, 'body.factors.unicorns'],
  ])('refuses %j, naming %s', async (change, path) => {
    const res = await call(app, 'POST', '/simulations', {
      principal: as.analyst,
      body: { ...body, ...change },
    });
    expect(res.status).toBe(400);
    expect((res.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(path);
  });
});

describe('simulation jobs', () => {
  it('runs one at a time: the second waits until the first is done, then runs and is polled to done', async () => {
    const first = await start();
    const second = await start({ marginal: true });
    await tick();
    expect(await get(first)).toMatchObject({ status: 'running', progress: { done: 1, total: 4 } });
    expect((await get(second)).status).toBe('queued');
    expect(fake.started).toHaveLength(1);
    expect(fake.started[0]!.input).toMatchObject({
      scenario: 'baseline-2021',
      days: 30,
      baseline: 'baseline-2021',
      marginal: null,
    });
    fake.started[0]!.finish();
    expect((await settled(first)).status).toBe('done');
    await tick();
    expect(fake.started[1]!.input.marginal).toEqual({ days: 30, replications: 2 });
    fake.started[1]!.finish();
    const done = await settled(second);
    expect(done.result).toMatchObject({ generatedAt: 'now' });
    const list = await call(app, 'GET', '/simulations', { principal: as.analyst });
    expect((list.body as { simulations: { id: string }[] }).simulations.slice(0, 2).map((s) => s.id)).toEqual(
      [second, first],
    );
  });

  it('applies capacity factors in a scaled scenario file that is removed when the job ends', async () => {
    const id = await start({ factors: { escorts: 0.5, police: 1 } });
    await tick();
    const run = fake.started.at(-1)!;
    expect(run.scenarioExisted).toBe(true);
    const scaled = loadSimScenario(run.input.scenario);
    const plain = loadSimScenario('baseline-2021');
    if (!scaled.ok || !plain.ok) throw new Error('scenario did not load');
    const expected = scaleResource(plain.value, 'escorts', 0.5);
    expect(scaled.value.parameters).toEqual(expected.parameters);
    expect(scaled.value.parameters).not.toEqual(plain.value.parameters);
    run.finish();
    await settled(id);
    expect(existsSync(run.input.scenario)).toBe(false);
  });

  it('has no report while running; cancels it (its runner is aborted); a second cancel is a conflict', async () => {
    const id = await start();
    await tick();
    const run = fake.started.at(-1)!;
    const report = await call(app, 'GET', `/simulations/${id}/report.html`, { principal: as.analyst });
    expect(report.body).toEqual({ error: 'simulation is running, not done' });
    const res = await call(app, 'DELETE', `/simulations/${id}`, { principal: as.analyst });
    expect(res.body).toEqual({ id, status: 'cancelled' });
    expect(run.signal?.aborted).toBe(true);
    expect((await call(app, 'DELETE', `/simulations/${id}`, { principal: as.analyst })).status).toBe(409);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await call(app, 'GET', `/simulations/${missing}`, { principal: as.analyst })).status).toBe(404);
  });

  it('keeps only the newest finished simulations in memory', async () => {
    const own = fakeRunner();
    const few = createSimulationJobs({ run: own.run, maxKept: 1 });
    const request = { ...body, factors: {}, marginal: false, baseline: null };
    const first = few.start(request, 't');
    const second = few.start(request, 't');
    if (!first.ok || !second.ok) throw new Error('not started');
    own.started[0]!.finish();
    await tick();
    own.started[1]!.finish();
    await tick();
    expect(few.get(first.id)).toBeUndefined();
    expect(few.get(second.id)?.status).toBe('done');
    await few.close();
  });

  it('a short real run finishes with intervals, and its report is a self-contained page', async () => {
    const id = await start({ days: 3, replications: 1, baseline: null, factors: { escorts: 0.5 } }, realApp);
    const done = await settled(id, realApp);
    expect(done.status).toBe('done');
    const result = done.result as MonteCarloResult;
    expect(result.scenario.name).toContain('escorts');
    for (const i of Object.values(result.scenario.kpis)) expect(i.low).toBeLessThanOrEqual(i.high);
    const report = await call(realApp, 'GET', `/simulations/${id}/report.html?lang=en`, {
      principal: as.analyst,
    });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('text/html');
    expect(report.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(report.text).toContain('<svg');
    expect(report.text).not.toMatch(/<script/i);
  });
});
