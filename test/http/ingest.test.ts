import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case, ScenarioInput } from '../../src/domain/index.ts';
import type { AuditSink } from '../../src/http/endpoint.ts';
import { ingestEndpoints } from '../../src/http/routes/ingest.ts';
import { exportScenario, importScenario, openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import { openIssueCaseIds } from '../../src/store/data-quality.ts';
import { dumpDatabase } from '../store/dump.ts';
import { as, call, testApp } from './harness.ts';

const small = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')) as ScenarioInput;
const SID = 'small-seed-7';
const CASE_ID = 'C-AMMR-0915';
const dir = mkdtempSync(join(tmpdir(), 'rotonde-ingest-http-'));
let files = 0;

let db: Db;
let app: Express;
let audited: Parameters<AuditSink>[0][];

beforeEach(() => {
  db = openDatabase(join(dir, `http-${String(files++)}.db`));
  expect(importScenario(db, small)).toMatchObject({ ok: true });
  audited = [];
  app = testApp(ingestEndpoints({ db, scenarioId: SID }), (entry) => audited.push(entry));
});
afterEach(() => db.close());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flight = {
  id: 'F-NEW-1',
  kind: 'scheduled',
  carrier: 'TK',
  flightNumber: 'TK1952',
  departureAirport: 'AMS',
  departure: '2026-12-09T10:00',
  arrivalAirport: 'IST',
  arrival: '2026-12-09T14:30',
  destinationCountry: 'TR',
  transits: [],
  seats: 4,
  escortDutyDays: 2,
};

/** The stored case as a feed sends it (no record version), its first person's nationality set. */
function caseRecord(nationality: string): Omit<Case, 'version'> {
  const stored = exportScenario(db, SID)?.cases.find((c) => c.id === CASE_ID);
  if (stored === undefined) throw new Error('case missing');
  const record: Omit<Case, 'version'> & { version?: number } = stored;
  delete record.version;
  return { ...record, persons: record.persons.map((p) => ({ ...p, nationality })) };
}

const put = (path: string, version: number, record: unknown, source = 'kmar') =>
  call(app, 'PUT', path, { principal: as.planner, body: { version, source, record } });

describe('PUT /flights/:id', () => {
  it('creates (201), repeats as a no-op (200), refuses a stale version (409), updates a newer one', async () => {
    expect(await put('/flights/F-NEW-1', 2, flight)).toMatchObject({
      status: 201,
      body: { changed: true, created: true, version: 2 },
    });
    expect(await put('/flights/F-NEW-1', 2, flight)).toMatchObject({ status: 200, body: { changed: false } });
    expect(await put('/flights/F-NEW-1', 1, flight)).toMatchObject({
      status: 409,
      body: { conflict: 'stale', current: { version: 2, source: 'kmar' } },
    });
    expect(await put('/flights/F-NEW-1', 3, { ...flight, seats: 6 })).toMatchObject({
      status: 200,
      body: { changed: true, version: 3 },
    });
    expect(exportScenario(db, SID)?.flights.at(-1)).toMatchObject({ id: 'F-NEW-1', seats: 6 });
    expect(audited.map((a) => [a.kind, a.status])).toEqual([
      ['write', 201],
      ['write', 200],
      ['write', 409],
      ['write', 200],
    ]);
  });
});

describe('bad input is a 400 naming the field, and writes nothing', () => {
  const badRequests: [string, string, unknown, string][] = [
    ['an unknown field', '/flights/F-NEW-1', { ...flight, gate: 'D7' }, 'body.record'],
    ['a wrong type', '/flights/F-NEW-1', { ...flight, seats: 'four' }, 'body.record.seats'],
    [
      'an unknown airport',
      '/flights/F-NEW-1',
      { ...flight, arrivalAirport: 'XXX' },
      'body.record.arrivalAirport',
    ],
    ['an id other than the path', '/flights/F-OTHER', flight, 'body.record.id'],
    [
      'an unknown police region',
      '/availability/police/team-x',
      {
        id: 'team-x',
        window: { from: '2026-12-08T09:00', to: '2026-12-08T13:00' },
        capacity: 1,
        policeRegionId: 'x',
      },
      'body.record.policeRegionId',
    ],
    [
      'an on-site interpreter without region',
      '/availability/interpreters/i-x',
      {
        id: 'i-x',
        window: { from: '2026-12-08T09:00', to: '2026-12-08T13:00' },
        capacity: 1,
        language: 'ar',
        mode: 'on-site',
      },
      'body.record.policeRegionId',
    ],
    [
      'a COA location in an unknown region',
      '/sites/coaLocations/coa-x',
      { id: 'coa-x', name: 'X', municipality: 'X', policeRegionId: 'x' },
      'body.record.policeRegionId',
    ],
  ];

  it.each(badRequests)('%s', async (_name, path, record, field) => {
    const before = dumpDatabase(db);
    const res = await put(path, 1, record);
    expect(res.status).toBe(400);
    expect((res.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(field);
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('a case in an unknown COA location', async () => {
    const before = dumpDatabase(db);
    const record = { ...caseRecord('SY'), location: { kind: 'coa', coaLocationId: 'coa-x' } };
    const res = await put(`/cases/${CASE_ID}`, 2, record, 'ind');
    expect(res).toMatchObject({
      status: 400,
      body: { issues: [{ path: 'body.record.location.coaLocationId' }] },
    });
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('an unknown partner kind in the path, or an envelope field missing', async () => {
    expect((await put('/availability/pilots/p-1', 1, {})).status).toBe(400);
    const res = await call(app, 'PUT', '/flights/F-NEW-1', {
      principal: as.planner,
      body: { version: 1, record: flight },
    });
    expect(res).toMatchObject({ status: 400, body: { issues: [{ path: 'body.source' }] } });
  });
});

describe('sites and availability', () => {
  it('creates an airport by its code and a transport entry', async () => {
    const airport = { code: 'LHR', name: 'Heathrow', country: 'GB', timeZone: 'Europe/London' };
    expect((await put('/sites/airports/LHR', 1, airport)).status).toBe(201);
    const transport = {
      id: 'tr-x',
      window: { from: '2026-12-08T09:00', to: '2026-12-08T13:00' },
      capacity: 1,
      policeRegionId: 'limburg',
      seats: 4,
    };
    expect((await put('/availability/transport/tr-x', 1, transport)).status).toBe(201);
    expect(exportScenario(db, SID)?.availability.transport.at(-1)).toEqual(transport);
  });
});

describe('data-quality issues', () => {
  it('a second source contradicting a nationality is a 409 issue that blocks the case until resolved', async () => {
    expect((await put(`/cases/${CASE_ID}`, 2, caseRecord('SY'), 'ind')).status).toBe(200);
    const conflict = await put(`/cases/${CASE_ID}`, 3, caseRecord('IQ'), 'coa');
    expect(conflict).toMatchObject({
      status: 409,
      body: {
        conflict: 'data-quality',
        dataQualityIssue: { caseId: CASE_ID, field: 'nationality', values: { ind: 'SY', coa: 'IQ' } },
      },
    });
    const id = (conflict.body as { dataQualityIssue: { id: number } }).dataQualityIssue.id;
    const listed = await call(app, 'GET', '/data-quality-issues?open=true', { principal: as.planner });
    expect(listed).toMatchObject({ status: 200, body: { issues: [{ id, caseId: CASE_ID }] } });
    expect(openIssueCaseIds(db, SID).has(CASE_ID)).toBe(true);

    const resolve = (principal = as.admin, value = 'IQ') =>
      call(app, 'POST', `/data-quality-issues/${String(id)}/resolve`, { principal, body: { value } });
    expect((await resolve(as.planner)).status).toBe(403);
    expect((await resolve(as.admin, 'Iraq')).status).toBe(400);
    expect(await resolve()).toMatchObject({
      status: 200,
      body: { version: 3, issue: { id, resolution: { value: 'IQ', by: 'Admin' } } },
    });
    expect((await resolve()).status).toBe(409);
    const open = await call(app, 'GET', '/data-quality-issues?open=true', { principal: as.planner });
    expect(open.body).toEqual({ issues: [] });
    expect(openIssueCaseIds(db, SID).size).toBe(0);
    expect(exportScenario(db, SID)?.cases.find((c) => c.id === CASE_ID)?.persons[0]?.nationality).toBe('IQ');
  });

  it('an unknown issue is a 404; an unknown query parameter a 400', async () => {
    const res = await call(app, 'POST', '/data-quality-issues/99/resolve', {
      principal: as.admin,
      body: { value: 'SY' },
    });
    expect(res.status).toBe(404);
    expect((await call(app, 'GET', '/data-quality-issues?state=x', { principal: as.admin })).status).toBe(
      400,
    );
  });
});

describe('access', () => {
  it('needs a token (401) and the planner or admin role (403)', async () => {
    expect(
      (await call(app, 'PUT', '/flights/F-NEW-1', { body: { version: 1, source: 'x', record: flight } }))
        .status,
    ).toBe(401);
    const asAnalyst = { principal: as.analyst, body: { version: 1, source: 'x', record: flight } };
    expect((await call(app, 'PUT', '/flights/F-NEW-1', asAnalyst)).status).toBe(403);
    expect((await call(app, 'GET', '/data-quality-issues', { principal: as.partner })).status).toBe(403);
  });
});
