// The case list and a case's plan history over HTTP: the lights of every case, officers scoped to
// their police region, and what each published version and finished plan job decided for a case.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scenario } from '../../src/domain/index.ts';
import type { AuditSink } from '../../src/http/endpoint.ts';
import { CaseHistoryBody, CaseList, caseEndpoints } from '../../src/http/routes/cases.ts';
import { caseRegions } from '../../src/http/routes/feasibility.ts';
import { importScenario, openDatabase, type Db } from '../../src/store/index.ts';
import { finishJob, insertJob, publishPlan } from '../../src/store/plans.ts';
import { as, call, testApp } from './harness.ts';

const small = Scenario.parse(JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')));
const SID = small.id;
const [first, second, third] = small.cases;
const flight = small.flights[0]!;

type ListBody = {
  cases: { id: string; regions: string[]; lights: { id: string; light: string }[]; published: unknown }[];
  publishedVersion: number;
};
type HistoryBody = { history: { source: string; version: number | null; case: { status: string } }[] };

let dir: string;
let db: Db;
let app: ReturnType<typeof testApp>;
const audited: Parameters<AuditSink>[0][] = [];

const plan = (departures: string[], leftOut: string[]) => ({
  formatVersion: 1,
  scenarioId: SID,
  rulesVersion: small.rulesVersion,
  intakes: [],
  departures: departures.map((caseId) => ({ caseId, flightId: flight.id, escorts: 2, transportId: 'tr-1' })),
  leftOut: leftOut.map((caseId) => ({
    caseId,
    code: 'capacity.exhausted',
    message: 'No escorts left on any lawful flight.',
    ruleIds: ['plan.escorts'],
    reliesOnUnverifiedRule: false,
    exhausted: [],
  })),
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotonde-cases-'));
  db = openDatabase(join(dir, 'rotonde.db'));
  expect(importScenario(db, JSON.parse(readFileSync('data/scenarios/small.json', 'utf8'))).ok).toBe(true);
  app = testApp(caseEndpoints({ db }), (entry) => audited.push(entry));
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /scenarios/:id/cases', () => {
  it('lists every case with its four lights for a planner, and audits the read', async () => {
    const res = await call(app, 'GET', `/scenarios/${SID}/cases`, { principal: as.planner });
    expect(res.status).toBe(200);
    // The documented schema (OpenAPI) is the answer's shape.
    expect(CaseList.safeParse(res.body).error).toBeUndefined();
    const body = res.body as ListBody;
    expect(body.cases.map((c) => c.id)).toEqual(small.cases.map((c) => c.id));
    for (const c of body.cases) {
      expect(c.lights.map((l) => l.id)).toEqual([
        'legally-removable',
        'available',
        'in-detention',
        'travel-document',
      ]);
      for (const l of c.lights) expect(['green', 'amber', 'red']).toContain(l.light);
    }
    expect(audited.at(-1)).toMatchObject({ kind: 'read-personal', path: `/scenarios/${SID}/cases` });
  });

  it('shows an officer only the cases of their police region', async () => {
    const region = caseRegions(small, first!)[0]!;
    const res = await call(app, 'GET', `/scenarios/${SID}/cases`, { principal: as.officer(region) });
    const ids = (res.body as ListBody).cases.map((c) => c.id);
    const expected = small.cases.filter((c) => caseRegions(small, c).includes(region)).map((c) => c.id);
    expect(ids).toEqual(expected);
    expect(ids.length).toBeLessThan(small.cases.length);
  });

  it('refuses other roles and names an unknown scenario', async () => {
    expect((await call(app, 'GET', `/scenarios/${SID}/cases`, { principal: as.analyst })).status).toBe(403);
    const missing = await call(app, 'GET', '/scenarios/nope/cases', { principal: as.planner });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'no scenario "nope"' });
  });
});

describe('GET /cases/:id/plans', () => {
  beforeAll(() => {
    insertJob(db, { id: 'job-1', scenarioId: SID, options: {}, createdBy: 't-planner' });
    const done = { plan: plan([first!.id], [second!.id]), valid: true };
    finishJob(db, 'job-1', { status: 'done', result: done, lpModel: '' });
    const published = publishPlan(db, {
      scenarioId: SID,
      expectedVersion: 0,
      jobId: 'job-1',
      plan: plan([first!.id], [second!.id]),
      provenance: {},
      publishedBy: 't-planner',
    });
    expect(published.ok).toBe(true);
    insertJob(db, { id: 'job-2', scenarioId: SID, options: {}, createdBy: 't-planner' });
    finishJob(db, 'job-2', {
      status: 'done',
      result: { plan: plan([], [first!.id]), valid: true },
      lpModel: '',
    });
  });

  it('gives what each published version and unpublished finished job decided for the case', async () => {
    const res = await call(app, 'GET', `/cases/${first!.id}/plans`, { principal: as.planner });
    expect(res.status).toBe(200);
    expect(CaseHistoryBody.safeParse(res.body).error).toBeUndefined();
    const { history } = res.body as HistoryBody;
    expect(history).toHaveLength(2);
    const bySource = Object.fromEntries(history.map((h) => [h.source, h]));
    expect(bySource.published).toMatchObject({ version: 1, case: { status: 'planned' } });
    expect(bySource.job).toMatchObject({ version: null, case: { status: 'left-out' } });
    const other = await call(app, 'GET', `/cases/${third!.id}/plans`, { principal: as.planner });
    expect((other.body as HistoryBody).history.map((h) => h.case.status)).toEqual(['absent', 'absent']);
  });

  it('the list shows what the published plan decided', async () => {
    const res = await call(app, 'GET', `/scenarios/${SID}/cases`, { principal: as.planner });
    const body = res.body as ListBody;
    expect(body.publishedVersion).toBe(1);
    const byId = new Map(body.cases.map((c) => [c.id, c.published]));
    expect(byId.get(first!.id)).toEqual({ status: 'planned' });
    expect(byId.get(second!.id)).toEqual({ status: 'left-out', code: 'capacity.exhausted' });
    expect(byId.get(third!.id)).toEqual({ status: 'absent' });
  });

  it('refuses an officer of another region with 403, and an unknown case with 404', async () => {
    const elsewhere = small.sites.detentionCentres
      .map((d) => d.policeRegionId)
      .concat(small.sites.coaLocations.map((l) => l.policeRegionId))
      .find((r) => !caseRegions(small, first!).includes(r))!;
    const res = await call(app, 'GET', `/cases/${first!.id}/plans`, { principal: as.officer(elsewhere) });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: `case "${first!.id}" is outside your police region` });
    const own = caseRegions(small, first!)[0]!;
    const ok = await call(app, 'GET', `/cases/${first!.id}/plans`, { principal: as.officer(own) });
    expect(ok.status).toBe(200);
    expect((await call(app, 'GET', '/cases/C-NOPE/plans', { principal: as.planner })).status).toBe(404);
  });
});
