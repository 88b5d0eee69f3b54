// The planning service over HTTP: plan jobs in worker threads, publishing with optimistic
// concurrency, provenance, pinning on re-plan, and the officer's check. Plans are judged by the
// independent validator, never compared to a stored plan.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet, Scenario } from '../../src/domain/index.ts';
import type { Plan } from '../../src/domain/index.ts';
import { planEndpoints } from '../../src/http/routes/plans.ts';
import { createPlanJobs, type PlanJobs } from '../../src/jobs/plan-jobs.ts';
import { importScenario, openDatabase, type Db } from '../../src/store/index.ts';
import { readPublished } from '../../src/store/plans.ts';
import { validatePlan } from '../../src/validate/index.ts';
import { as, call, testApp } from './harness.ts';

const read = (name: string): unknown => JSON.parse(readFileSync(`data/scenarios/${name}.json`, 'utf8'));
const SMALL = 'small-seed-7';
const NATIONAL = 'national-seed-7';
const small = Scenario.parse(read('small'));

let dir: string;
let db: Db;
let jobs: PlanJobs;
let app: ReturnType<typeof testApp>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotonde-plans-'));
  db = openDatabase(join(dir, 'rotonde.db'));
  for (const name of ['small', 'national']) expect(importScenario(db, read(name)).ok).toBe(true);
  jobs = createPlanJobs(db, { maxConcurrent: 1, progressWriteMs: 0 });
  app = testApp(planEndpoints({ db, jobs }));
});

afterAll(async () => {
  await jobs.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

type JobView = { id: string; status: string; progress: unknown; summary?: unknown; valid?: boolean };

async function startJob(scenarioId = SMALL, timeLimitSeconds = 5): Promise<string> {
  const res = await call(app, 'POST', '/plans', {
    principal: as.planner,
    body: { scenarioId, timeLimitSeconds },
  });
  expect(res.status).toBe(202);
  return (res.body as { id: string }).id;
}

async function settled(id: string, timeoutMs = 60_000): Promise<JobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await call(app, 'GET', `/plans/${id}`, { principal: as.planner });
    const job = res.body as JobView;
    if (job.status !== 'queued' && job.status !== 'running') return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const publish = (id: string, version: number) =>
  call(app, 'POST', `/plans/${id}/publish`, {
    principal: as.planner,
    headers: { 'if-match': `"${version}"` },
  });

async function resultOf(id: string): Promise<{ plan: Plan; valid: boolean; provenance: unknown }> {
  const res = await call(app, 'GET', `/plans/${id}/result`, { principal: as.planner });
  expect(res.status).toBe(200);
  return res.body as { plan: Plan; valid: boolean; provenance: unknown };
}

describe('plan jobs', () => {
  it('a job is accepted, polled until done, and its plan passes the validator with explanations', async () => {
    const res = await call(app, 'POST', '/plans', {
      principal: as.planner,
      body: { scenarioId: SMALL, timeLimitSeconds: 5 },
    });
    expect(res.status).toBe(202);
    const { id, links } = res.body as { id: string; links: { self: string } };
    expect(res.headers.get('location')).toBe(`/plans/${id}`);
    expect(links.self).toBe(`/plans/${id}`);
    const job = await settled(id);
    expect(job.status).toBe('done');
    expect(job.valid).toBe(true);
    expect(job.summary).toBeDefined();
    const { plan } = await resultOf(id);
    expect(plan.departures.length).toBeGreaterThan(0);
    expect(plan.leftOut.length).toBeGreaterThan(0);
    for (const e of plan.leftOut) expect(e.message.length).toBeGreaterThan(0);
    expect(validatePlan(small, plan, loadRuleSet(small.rulesVersion))).toEqual([]);
  });

  it('an analyst may poll a job and read its plan only with case ids pseudonymised', async () => {
    const id = await startJob();
    expect((await call(app, 'GET', `/plans/${id}`, { principal: as.analyst })).status).toBe(200);
    await settled(id);
    const planner = await call(app, 'GET', `/plans/${id}/result`, { principal: as.planner });
    const analyst = await call(app, 'GET', `/plans/${id}/result`, { principal: as.analyst });
    expect(analyst.status).toBe(200);
    const plan = (
      planner.body as { plan: { departures: { caseId: string }[]; leftOut: { caseId: string }[] } }
    ).plan;
    const ids = [...plan.departures, ...plan.leftOut].map((x) => x.caseId);
    expect(ids.length).toBeGreaterThan(0);
    for (const caseId of ids) expect(analyst.text).not.toContain(caseId);
    expect((await call(app, 'GET', `/plans/${id}/result`, { principal: as.officer('x') })).status).toBe(403);
  });

  it('an unknown job is 404, an unknown scenario is 404', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(app, 'GET', `/plans/${unknown}`, { principal: as.planner })).status).toBe(404);
    expect((await call(app, 'DELETE', `/plans/${unknown}`, { principal: as.planner })).status).toBe(404);
    const res = await call(app, 'POST', '/plans', { principal: as.planner, body: { scenarioId: 'nope' } });
    expect(res.status).toBe(404);
  });

  it('a bad body is 400 naming the field', async () => {
    const res = await call(app, 'POST', '/plans', {
      principal: as.planner,
      body: { scenarioId: SMALL, timeLimitSeconds: 601 },
    });
    expect(res.status).toBe(400);
    const { issues } = res.body as { issues: { path: string }[] };
    expect(issues.map((i) => i.path)).toContain('body.timeLimitSeconds');
  });

  it('a queued job and a running job can be cancelled, and stay cancelled', async () => {
    const running = await startJob(NATIONAL, 30);
    const queued = await startJob(SMALL);
    const off = await call(app, 'DELETE', `/plans/${queued}`, { principal: as.planner });
    expect(off.status).toBe(200);
    expect((off.body as JobView).status).toBe('cancelled');
    const stop = await call(app, 'DELETE', `/plans/${running}`, { principal: as.planner });
    expect((stop.body as JobView).status).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await settled(running)).status).toBe('cancelled');
    expect((await settled(queued)).status).toBe('cancelled');
  });

  it('status reads are answered while a national plan is being solved (the solver is off the event loop)', async () => {
    const id = await startJob(NATIONAL, 20);
    let answeredWhileRunning = 0;
    for (;;) {
      const res = await call(app, 'GET', `/plans/${id}`, { principal: as.planner });
      const { status } = res.body as JobView;
      if (status === 'running') answeredWhileRunning += 1;
      if (status !== 'queued' && status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // A solver on the event loop would hold every read until it finished: at most one would see
    // the job running. Counting reads, not timing them, keeps the test free of speed assertions.
    expect(answeredWhileRunning).toBeGreaterThanOrEqual(5);
  });
});

describe('publishing', () => {
  let first: string;

  beforeAll(async () => {
    first = await startJob();
    expect((await settled(first)).status).toBe('done');
  });

  it('without If-Match is 428; with the current version it publishes; with the old one it is 412', async () => {
    const missing = await call(app, 'POST', `/plans/${first}/publish`, { principal: as.planner });
    expect(missing.status).toBe(428);
    const ok = await publish(first, 0);
    expect(ok.status).toBe(201);
    expect(ok.headers.get('etag')).toBe('"1"');
    const again = await publish(first, 0);
    expect(again.status).toBe(412);
    expect((again.body as { currentVersion: number }).currentVersion).toBe(1);
    const current = await call(app, 'GET', `/published/${SMALL}`, { principal: as.officer('x') });
    expect(current.headers.get('etag')).toBe('"1"');
  });

  it('the published plan stores its provenance', () => {
    const p = readPublished(db, SMALL)!;
    const provenance = p.provenance as Record<string, unknown>;
    expect(provenance.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(provenance.rulesVersion).toBe(small.rulesVersion);
    expect(provenance.solverOptions).toMatchObject({ timeLimitSeconds: 5, engine: 'highs' });
    expect(String(provenance.lpModel)).toMatch(/Subject To/i);
    expect(provenance.validator).toEqual({ valid: true, violations: [] });
  });

  it('a later plan keeps the published decisions still in the future', async () => {
    const published = readPublished(db, SMALL)!.plan as Plan;
    const id = await startJob();
    expect((await settled(id)).status).toBe('done');
    const { plan } = await resultOf(id);
    const flights = new Map(small.flights.map((f) => [f.id, f.departure]));
    const future = published.departures.filter((d) => (flights.get(d.flightId) ?? '') > small.now);
    expect(future.length).toBeGreaterThan(0);
    for (const d of future) expect(plan.departures).toContainEqual(expect.objectContaining(d));
    for (const i of published.intakes.filter((x) => x.date > small.now.slice(0, 10))) {
      const kept = plan.intakes.find((x) => x.caseId === i.caseId);
      expect(kept).toMatchObject({ date: i.date, part: i.part, centreId: i.centreId });
    }
  });

  it('two planners publishing concurrently: exactly one wins, the other is told why', async () => {
    const a = await startJob();
    const b = await startJob();
    await settled(a);
    await settled(b);
    const [ra, rb] = await Promise.all([publish(a, 1), publish(b, 1)]);
    expect([ra.status, rb.status].sort()).toEqual([201, 412]);
    const loser = ra.status === 412 ? ra : rb;
    expect((loser.body as { error: string; currentVersion: number }).currentVersion).toBe(2);
    expect((loser.body as { error: string }).error).toMatch(/version is 2/);
  });

  it('a plan computed against an older version is not published over a newer one', async () => {
    const res = await publish(first, 2);
    expect(res.status).toBe(409);
  });
});

describe("the officer's check", () => {
  const c = small.cases.find((x) => x.location.kind === 'coa')!;
  const region = small.sites.coaLocations.find(
    (l) => c.location.kind === 'coa' && l.id === c.location.coaLocationId,
  )!.policeRegionId;
  const other = small.sites.policeRegions.find((r) => r.id !== region)!.id;
  const path = `/cases/${c.id}/feasibility?scenarioId=${SMALL}&date=${small.window.start}`;

  it('an officer of the case’s region sees four lights and the earliest departure or what blocks it', async () => {
    const res = await call(app, 'GET', path, { principal: as.officer(region) });
    expect(res.status).toBe(200);
    const body = res.body as { conditions: unknown[]; earliest: unknown; blocked: unknown; planned: unknown };
    expect(body.conditions).toHaveLength(4);
    expect(body.earliest !== null || body.blocked !== null || body.planned !== null).toBe(true);
  });

  it('an officer of another region is refused, and so is an analyst', async () => {
    expect((await call(app, 'GET', path, { principal: as.officer(other) })).status).toBe(403);
    expect((await call(app, 'GET', path, { principal: as.analyst })).status).toBe(403);
  });

  it('an unknown case is 404', async () => {
    const res = await call(app, 'GET', '/cases/C-NOPE/feasibility', { principal: as.planner });
    expect(res.status).toBe(404);
  });
});
