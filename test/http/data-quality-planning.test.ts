// A case with an open data-quality issue is not planned: a plan job leaves it out (even when the
// published plan had it pinned) with the code data-quality.open-issue, the officer's check is
// blocked by the same explanation, and once the issue is resolved the case is planned again.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/domain/index.ts';
import type { Case, Explanation, Plan, Scenario } from '../../src/domain/index.ts';
import { planEndpoints } from '../../src/http/routes/plans.ts';
import { createPlanJobs, type PlanJobs } from '../../src/jobs/plan-jobs.ts';
import { exportScenario, importScenario, openDatabase, type Db } from '../../src/store/index.ts';
import { listDataQualityIssues } from '../../src/store/data-quality.ts';
import { resolveDataQualityIssue, upsertCase } from '../../src/store/ingest.ts';
import { validatePlan } from '../../src/validate/index.ts';
import { as, call, testApp } from './harness.ts';

const SID = 'small-seed-7';
const CODE = 'data-quality.open-issue';
const small = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')) as unknown;

type Result = {
  plan: Plan;
  valid: boolean;
  summary: { leftOutByReason: Record<string, number> };
  provenance: { dataQualityHeld: string[]; basedOnVersion: number };
};

let dir: string;
let db: Db;
let jobs: PlanJobs;
let app: ReturnType<typeof testApp>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotonde-dq-planning-'));
  db = openDatabase(join(dir, 'rotonde.db'));
  expect(importScenario(db, small).ok).toBe(true);
  jobs = createPlanJobs(db, { maxConcurrent: 1, progressWriteMs: 0 });
  app = testApp(planEndpoints({ db, jobs }));
});

afterAll(async () => {
  await jobs.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const stored = (): Scenario => exportScenario(db, SID)!;

async function plan(): Promise<{ id: string; result: Result }> {
  const started = await call(app, 'POST', '/plans', {
    principal: as.planner,
    body: { scenarioId: SID, timeLimitSeconds: 5 },
  });
  expect(started.status).toBe(202);
  const { id } = started.body as { id: string };
  const until = Date.now() + 60_000;
  for (;;) {
    const res = await call(app, 'GET', `/plans/${id}`, { principal: as.planner });
    const { status } = res.body as { status: string };
    if (status === 'done') break;
    if (status !== 'queued' && status !== 'running') throw new Error(`plan job ${status}`);
    if (Date.now() > until) throw new Error('plan job still running');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const res = await call(app, 'GET', `/plans/${id}/result`, { principal: as.planner });
  expect(res.status).toBe(200);
  return { id, result: res.body as Result };
}

async function feasibility(caseId: string) {
  const res = await call(app, 'GET', `/cases/${caseId}/feasibility?scenarioId=${SID}`, {
    principal: as.planner,
  });
  expect(res.status).toBe(200);
  return res.body as { blocked: Explanation | null; earliest: unknown; alternatives: unknown[] };
}

/** The case as a feed sends it (the envelope carries the version), the first person's nationality set. */
function asFeed(c: Case, nationality: string): Omit<Case, 'version'> {
  const record: Omit<Case, 'version'> & { version?: number } = structuredClone(c);
  delete record.version;
  return { ...record, persons: record.persons.map((p, i) => (i === 0 ? { ...p, nationality } : p)) };
}

describe('data-quality issues block planning', () => {
  let caseId: string;
  let nationality: string;

  beforeAll(async () => {
    // A plan is published; a case it schedules in the future is then pinned by every later job.
    const { id, result } = await plan();
    expect(result.valid).toBe(true);
    const s = stored();
    const departs = new Map(s.flights.map((f) => [f.id, f.departure]));
    const today = s.now.slice(0, 10);
    const pinned = result.plan.departures.find((d) => {
      const intake = result.plan.intakes.find((i) => i.caseId === d.caseId);
      return (departs.get(d.flightId) ?? '') > s.now && (intake === undefined || intake.date > today);
    });
    expect(pinned).toBeDefined();
    caseId = pinned!.caseId;
    const publish = await call(app, 'POST', `/plans/${id}/publish`, {
      principal: as.planner,
      headers: { 'if-match': '"0"' },
    });
    expect(publish.status).toBe(201);

    // Two sources disagree on who the person is.
    const c = s.cases.find((x) => x.id === caseId)!;
    nationality = c.persons[0]!.nationality;
    const other = nationality === 'IQ' ? 'SY' : 'IQ';
    expect(upsertCase(db, SID, asFeed(c, nationality), { version: c.version + 1, source: 'ind' }).kind).toBe(
      'written',
    );
    const conflict = upsertCase(db, SID, asFeed(c, other), { version: c.version + 2, source: 'coa' });
    expect(conflict.kind).toBe('data-quality');
  });

  it('a plan job leaves the case out with data-quality.open-issue, its pin dropped', async () => {
    const { result } = await plan();
    const { plan: p } = result;
    expect(result.valid).toBe(true);
    expect(p.departures.map((d) => d.caseId)).not.toContain(caseId);
    expect(p.intakes.map((i) => i.caseId)).not.toContain(caseId);
    expect(p.leftOut.filter((e) => e.caseId === caseId)).toEqual([
      {
        caseId,
        code: CODE,
        message: 'Open data-quality issue on nationality (sources ind vs coa): resolve it before planning.',
        ruleIds: [CODE],
        reliesOnUnverifiedRule: false,
        exhausted: [],
      },
    ]);
    expect(p.leftOut.filter((e) => e.code === CODE)).toHaveLength(1);
    expect(result.summary.leftOutByReason[CODE]).toBe(1);
    expect(result.provenance).toMatchObject({ dataQualityHeld: [caseId], basedOnVersion: 1 });
    // The plan is lawful for the scenario as stored, the held case (and any place it holds) in it.
    const s = stored();
    expect(validatePlan(s, p, loadRuleSet(s.rulesVersion))).toEqual([]);
  });

  it("the officer's check is blocked by the same explanation", async () => {
    const check = await feasibility(caseId);
    expect(check.blocked).toMatchObject({ caseId, code: CODE, ruleIds: [CODE] });
    expect(check.blocked?.message).toMatch(/^Open data-quality issue on nationality \(sources ind vs coa\)/);
    expect(check.earliest).toBeNull();
    expect(check.alternatives).toEqual([]);
  });

  it('once the issue is resolved the case is planned again', async () => {
    const [issue] = listDataQualityIssues(db, SID, { open: true });
    expect(resolveDataQualityIssue(db, SID, issue!.id, { value: nationality, by: 'Admin' }).kind).toBe(
      'resolved',
    );
    expect((await feasibility(caseId)).blocked?.code).not.toBe(CODE);
    const { result } = await plan();
    expect(result.valid).toBe(true);
    expect(result.provenance.dataQualityHeld).toEqual([]);
    expect(result.plan.leftOut.map((e) => e.code)).not.toContain(CODE);
    // Pinned again by the published plan, so it departs exactly as published.
    expect(result.plan.departures.map((d) => d.caseId)).toContain(caseId);
  });
});
