// Capacity use, gaps and the timeline of a plan, checked against the plan itself: every intake
// takes one police team slot and one duty lawyer, no capacity is used beyond what is available, a
// binding capacity is one used in full, and every gap counts the left-out cases that name it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scenario, type Plan } from '../../src/domain/index.ts';
import { capacityEndpoints } from '../../src/http/routes/capacity.ts';
import type { CapacityReport } from '../../src/http/routes/capacity-use.ts';
import { partnerType } from '../../src/http/routes/capacity-use.ts';
import type { Timeline } from '../../src/http/routes/plan-timeline.ts';
import { importScenario, openDatabase, type Db } from '../../src/store/index.ts';
import { finishJob, insertJob, publishPlan } from '../../src/store/plans.ts';
import { plan as planOf } from '../planning/helpers.ts';
import { as, call, testApp } from './harness.ts';

const small = Scenario.parse(JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')));
let dir: string;
let db: Db;
let app: ReturnType<typeof testApp>;
let plan: Plan;
const jobId = randomUUID();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rotonde-capacity-'));
  db = openDatabase(join(dir, 'rotonde.db'));
  expect(importScenario(db, small).ok).toBe(true);
  const outcome = await planOf(small, { timeLimitSeconds: 10, relativeGap: 0.01 });
  plan = outcome.plan;
  insertJob(db, { id: jobId, scenarioId: small.id, options: {}, createdBy: 't-planner' });
  finishJob(db, jobId, { status: 'done', result: { plan, valid: outcome.valid }, lpModel: '' });
  app = testApp(capacityEndpoints({ db }));
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const report = async (path: string) => {
  const res = await call(app, 'GET', path, { principal: as.planner });
  expect(res.status, res.text).toBe(200);
  return res.body as CapacityReport;
};
const total = (r: CapacityReport, type: string) =>
  r.cells.filter((c) => c.type === type).reduce((n, c) => n + c.used, 0);

describe('capacity use of a job', () => {
  it('counts one police team and one duty lawyer per intake, never more than available', async () => {
    const r = await report(`/plans/${jobId}/capacity`);
    expect(plan.intakes.length).toBeGreaterThan(0);
    expect(r.source).toEqual({ kind: 'job', jobId });
    expect(total(r, 'police')).toBe(plan.intakes.length);
    expect(total(r, 'lawyers')).toBe(plan.intakes.length);
    expect(r.unmatched).toBe(0);
    expect(r.cells.some((c) => c.binding)).toBe(true);
    for (const c of r.cells) {
      expect(c.used).toBeLessThanOrEqual(c.available);
      expect(c.binding).toBe(c.used > 0 && c.used === c.available);
      expect(r.days).toContain(c.date);
    }
  });

  it('sums the cells per partner type and day', async () => {
    const r = await report(`/plans/${jobId}/capacity`);
    for (const d of r.byTypeDay) {
      const cells = r.cells.filter((c) => c.type === d.type && c.date === d.date);
      expect(d.used).toBe(cells.reduce((n, c) => n + c.used, 0));
      expect(d.available).toBe(cells.reduce((n, c) => n + c.available, 0));
      expect(d.binding).toBe(cells.filter((c) => c.binding).length);
    }
  });

  it('counts, for every gap, the left-out cases whose explanation names it', async () => {
    const r = await report(`/plans/${jobId}/capacity`);
    expect(r.gaps.length).toBeGreaterThan(0);
    for (const g of r.gaps) {
      const naming = plan.leftOut.filter((e) =>
        e.exhausted.some(
          (x) => x.resource === g.resource && x.place === g.place && x.date === g.date && x.part === g.part,
        ),
      );
      expect(g.cases).toBe(naming.length);
    }
    const counts = r.gaps.map((g) => g.cases);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('answers 404 for an unknown job and 409 for one not done', async () => {
    expect(
      (await call(app, 'GET', `/plans/${randomUUID()}/capacity`, { principal: as.planner })).status,
    ).toBe(404);
    const queued = randomUUID();
    insertJob(db, { id: queued, scenarioId: small.id, options: {}, createdBy: 't-planner' });
    const res = await call(app, 'GET', `/plans/${queued}/capacity`, { principal: as.planner });
    expect(res.status).toBe(409);
    expect((await call(app, 'GET', '/plans/not-a-uuid/capacity', { principal: as.planner })).text).toContain(
      'params.id',
    );
  });
});

describe('the resources of a scenario', () => {
  it('shows capacity without use before anything is published, and the published plan’s use after', async () => {
    const before = await report(`/scenarios/${small.id}/resources`);
    expect(before.source).toEqual({ kind: 'none' });
    expect(before.cells.every((c) => c.used === 0 && !c.binding)).toBe(true);
    expect(before.gaps).toEqual([]);
    const published = publishPlan(db, {
      scenarioId: small.id,
      expectedVersion: 0,
      jobId,
      plan,
      provenance: {},
      publishedBy: 't-planner',
    });
    expect(published.ok).toBe(true);
    const after = await report(`/scenarios/${small.id}/resources`);
    expect(after.source).toMatchObject({ kind: 'published', version: 1, jobId });
    expect(after.cells).toEqual((await report(`/plans/${jobId}/capacity`)).cells);
  });

  it('answers 404 for an unknown scenario', async () => {
    expect((await call(app, 'GET', '/scenarios/nope/resources', { principal: as.analyst })).status).toBe(404);
  });
});

describe('the timeline of a plan', () => {
  it('puts every intake on its day and every departure once, with its family size and flight', async () => {
    const res = await call(app, 'GET', `/plans/${jobId}/timeline`, { principal: as.planner });
    expect(res.status).toBe(200);
    const t = res.body as Timeline;
    const intakes = t.days.flatMap((d) => d.intakes.map((i) => ({ ...i, day: d.date })));
    expect(intakes.map((i) => i.caseId).sort()).toEqual(plan.intakes.map((i) => i.caseId).sort());
    for (const i of intakes) expect(i.start.slice(0, 10)).toBe(i.day);
    // Each partner is named by where it comes from: the police region of its availability entry.
    for (const i of intakes) {
      const team = small.availability.police.find((p) => p.id === i.partners.policeTeam)!;
      const region = small.sites.policeRegions.find((r) => r.id === team.policeRegionId)!;
      expect(i.partnerPlaces.policeTeam).toBe(region.name);
      expect(i.partnerPlaces.coaStaff === null).toBe(i.partners.coaStaff === null);
    }
    const departures = t.days.flatMap((d) => d.departures);
    expect(departures.map((d) => d.caseId).sort()).toEqual(plan.departures.map((d) => d.caseId).sort());
    for (const d of departures) {
      const c = small.cases.find((x) => x.id === d.caseId)!;
      expect(d.persons).toBe(c.persons.length);
      expect(small.flights.find((f) => f.id === d.flight.id)?.destinationCountry).toBe(
        d.flight.destinationCountry,
      );
    }
    expect(t.leftOut).toEqual(plan.leftOut);
  });

  it('gives the published plan’s timeline with its version', async () => {
    const res = await call(app, 'GET', `/published/${small.id}/timeline`, { principal: as.planner });
    expect(res.status).toBe(200);
    const body = res.body as { version: number; jobId: string; timeline: Timeline };
    expect(body.version).toBe(1);
    expect(body.jobId).toBe(jobId);
    expect(body.timeline.days.flatMap((d) => d.intakes)).toHaveLength(plan.intakes.length);
  });
});

describe('partner types', () => {
  it('groups the planning problem’s resource labels', () => {
    expect(partnerType('police team')).toBe('police');
    expect(partnerType('Tigrinya interpreter')).toBe('interpreters');
    expect(partnerType('DV&O transport (≥4 seats)')).toBe('transport');
    expect(partnerType('detention places (families wing)')).toBe('detention');
    expect(partnerType('flight seats')).toBe('flights');
    expect(partnerType('DEPA limit')).toBe('carrierLimits');
    expect(partnerType('KMar escorts')).toBe('escorts');
    expect(partnerType('something new')).toBe('other');
  });
});
