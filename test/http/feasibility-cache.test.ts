// The officer's check reuses the planning problem while its inputs are unchanged, and rebuilds it
// after an ingest write, a re-import or a publish changed one: builds counted, never timed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, Flight, Plan, Scenario } from '../../src/domain/index.ts';
import { planEndpoints } from '../../src/http/routes/plans.ts';
import { createPlanJobs, type PlanJobs } from '../../src/jobs/plan-jobs.ts';
import { buildProblem } from '../../src/planning/build-problem.ts';
import { createProblemCache, type ProblemCache } from '../../src/planning/problem-cache.ts';
import { exportScenario, importScenario, openDatabase, type Db } from '../../src/store/index.ts';
import { upsertCase, upsertFlight } from '../../src/store/ingest.ts';
import { publishPlan } from '../../src/store/plans.ts';
import { as, call, testApp } from './harness.ts';

const SID = 'small-seed-7';
const small = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')) as unknown;

type Check = {
  publishedVersion: number;
  earliest: { flightId: string } | null;
  alternatives: unknown[];
  blocked: { code: string } | null;
  planned: unknown;
};

let dir: string;
let db: Db;
let jobs: PlanJobs;
let problems: ProblemCache;
let app: ReturnType<typeof testApp>;
let built = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotonde-feasibility-'));
  db = openDatabase(join(dir, 'rotonde.db'));
  expect(importScenario(db, small).ok).toBe(true);
  jobs = createPlanJobs(db, { maxConcurrent: 1, progressWriteMs: 0 });
  problems = createProblemCache(db, {
    build: (scenario, rules) => {
      built++;
      return buildProblem(scenario, rules);
    },
  });
  app = testApp(planEndpoints({ db, jobs, problems }));
});

afterAll(async () => {
  await jobs.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const stored = (): Scenario => exportScenario(db, SID)!;

async function check(caseId: string): Promise<Check> {
  const res = await call(app, 'GET', `/cases/${caseId}/feasibility?scenarioId=${SID}`, {
    principal: as.planner,
  });
  expect(res.status).toBe(200);
  return res.body as Check;
}

/** A case the check offers a departure to, as stored now. */
async function departingCase(): Promise<Case> {
  for (const c of stored().cases) if ((await check(c.id)).earliest !== null) return c;
  throw new Error('no case of the small scenario can depart');
}

const feedRecord = <T extends { version?: number }>(record: T): Omit<T, 'version'> => {
  const copy = structuredClone(record);
  delete copy.version;
  return copy;
};

describe('the feasibility cache', () => {
  it('a second call with unchanged inputs is served from the cache', async () => {
    const c = stored().cases[0]!;
    const first = await check(c.id);
    const before = { ...problems.stats, built };
    const second = await check(c.id);
    expect(second).toEqual(first);
    expect(built).toBe(before.built);
    expect(problems.stats.hits).toBe(before.hits + 1);
    expect(problems.stats.assignments).toBe(before.assignments);
  });

  it('a case update from a feed is reflected in the next answer', async () => {
    const c = await departingCase();
    const before = built;
    const barred = { ...feedRecord(c), nonRefoulementBar: true };
    expect(upsertCase(db, SID, barred, { version: c.version + 1, source: 'ind' }).kind).toBe('written');
    const after = await check(c.id);
    expect(built).toBe(before + 1);
    expect(after.earliest).toBeNull();
    expect(after.blocked?.code).toBe('condition.not-met');
    await check(c.id);
    expect(built).toBe(before + 1);
  });

  it('a flight update from a feed is reflected in the next answer', async () => {
    const c = await departingCase();
    const { earliest } = await check(c.id);
    const flight = stored().flights.find((f) => f.id === earliest!.flightId)!;
    const full: Flight = flight.kind === 'scheduled' ? { ...flight, seats: 0 } : { ...flight, allotment: 0 };
    const before = built;
    expect(upsertFlight(db, SID, full, { version: 2, source: 'kmar' }).kind).toBe('written');
    const after = await check(c.id);
    expect(built).toBe(before + 1);
    expect(after.earliest?.flightId).not.toBe(flight.id);
  });

  it('a publish re-reads the plan without rebuilding the problem', async () => {
    const c = stored().cases[0]!;
    const first = await check(c.id);
    const before = { ...problems.stats, built };
    const s = stored();
    const plan: Plan = {
      formatVersion: 1,
      scenarioId: SID,
      rulesVersion: s.rulesVersion,
      intakes: [],
      departures: [],
      leftOut: [],
    };
    const expected = first.publishedVersion;
    const job = 'job-cache-test';
    db.prepare(
      "INSERT INTO plan_jobs (id, scenario_id, status, options, created_by) VALUES (?, ?, 'done', '{}', 't')",
    ).run(job, SID);
    const published = publishPlan(db, {
      scenarioId: SID,
      expectedVersion: expected,
      jobId: job,
      plan,
      provenance: {},
      publishedBy: 't',
    });
    expect(published.ok).toBe(true);
    const after = await check(c.id);
    expect(after.publishedVersion).toBe(expected + 1);
    expect(built).toBe(before.built);
    expect(problems.stats.assignments).toBe(before.assignments + 1);
  });

  it('a re-import rebuilds; a deleted scenario is 404', async () => {
    const c = stored().cases[0]!;
    await check(c.id);
    const before = built;
    await new Promise((resolve) => setTimeout(resolve, 5)); // imported_at has millisecond resolution
    expect(importScenario(db, small).ok).toBe(true);
    await check(c.id);
    expect(built).toBe(before + 1);
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(SID);
    const gone = await call(app, 'GET', `/cases/${c.id}/feasibility?scenarioId=${SID}`, {
      principal: as.planner,
    });
    expect(gone.status).toBe(404);
  });
});
