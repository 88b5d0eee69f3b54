// The bearer-token middleware over real tokens, the audit sink behind mounted endpoints, the
// data-minimisation helpers, and the role × endpoint matrix on a small endpoint list.
import express from 'express';
import type { Express } from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditSink, verifyAudit } from '../../src/audit/log.ts';
import { createToken, revokeToken } from '../../src/auth/tokens.ts';
import { authenticate, canSeeCase, caseAccess, pseudonymise } from '../../src/http/auth.ts';
import type { AnyEndpoint } from '../../src/http/endpoint.ts';
import { defineEndpoint, mountEndpoints, Reply } from '../../src/http/endpoint.ts';
import { handleError, HttpError, notFound } from '../../src/http/errors.ts';
import { Role } from '../../src/http/principal.ts';
import type { Principal } from '../../src/http/principal.ts';
import { openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import { as, call, testApp } from './harness.ts';
import { checkCell, matrixCells, roleMatrix } from './role-matrix.ts';

const SALT = 'test-salt';
/** One case, picked up in R1 and detained in R2. */
const CASE = { id: 'C-1', name: 'Jan Jansen', regions: ['R1', 'R2'] };

const ENDPOINTS: AnyEndpoint[] = [
  defineEndpoint({
    method: 'get',
    path: '/health',
    summary: 'health',
    tag: 'test',
    roles: 'public',
    responses: { 200: { description: 'ok' } },
    handler: () => ({ status: 'ok' }),
  }),
  defineEndpoint({
    method: 'get',
    path: '/me',
    summary: 'who is calling',
    tag: 'test',
    roles: Role.options,
    responses: { 200: { description: 'the principal' } },
    handler: ({ principal }) => principal,
  }),
  defineEndpoint({
    method: 'get',
    path: '/cases/:id',
    summary: 'one case',
    tag: 'test',
    roles: ['planner', 'officer', 'analyst', 'admin'],
    params: z.strictObject({ id: z.string() }),
    audit: 'read-personal',
    responses: { 200: { description: 'the case' }, 404: { description: 'not found or not visible' } },
    handler: ({ principal, params }) => {
      if (params.id !== CASE.id || !canSeeCase(principal, CASE.regions))
        throw new HttpError(404, 'no such case');
      const name =
        caseAccess(principal, CASE.regions) === 'pseudonymised' ? pseudonymise(CASE.name, SALT) : CASE.name;
      return { id: CASE.id, name };
    },
  }),
  defineEndpoint({
    method: 'post',
    path: '/plans',
    summary: 'store a plan',
    tag: 'test',
    roles: ['planner', 'admin'],
    body: z.strictObject({ note: z.string() }),
    audit: 'write',
    responses: { 201: { description: 'stored' } },
    handler: () => new Reply(201, { id: 'plan-1' }),
  }),
  defineEndpoint({
    method: 'post',
    path: '/plans/:id/publish',
    summary: 'publish a plan',
    tag: 'test',
    roles: ['planner'],
    audit: 'publish',
    responses: { 202: { description: 'published' } },
    handler: () => new Reply(202, { published: true }),
  }),
  defineEndpoint({
    method: 'get',
    path: '/calendar',
    summary: 'partner calendar',
    tag: 'test',
    roles: ['partner', 'planner'],
    responses: { 200: { description: 'the feed' } },
    handler: () => ({ events: [] }),
  }),
];

const CLOCK = () => new Date('2026-07-01T09:00:00Z');

function realApp(db: Db, endpoints: readonly AnyEndpoint[] = ENDPOINTS): Express {
  const app = express();
  app.use(express.json({ limit: '100kb' }));
  app.use(authenticate(db));
  mountEndpoints(app, endpoints, auditSink(db, CLOCK));
  app.use(notFound);
  app.use(handleError);
  return app;
}

/** A database with one live token per role (the officer in R1) and the app over it. */
function world() {
  const db = openDatabase(':memory:');
  const tokens = Object.fromEntries(
    Role.options.map((role) => [
      role,
      createToken(db, { name: `t ${role}`, role, ...(role === 'officer' ? { regionId: 'R1' } : {}) }),
    ]),
  ) as Record<Role, { id: string; secret: string }>;
  const bearer = (role: Role) => ({ authorization: `Bearer ${tokens[role].secret}` });
  return { db, tokens, bearer, app: realApp(db) };
}

const w = world();
afterAll(() => w.db.close());
const auditRows = () =>
  w.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[];

describe('authenticate', () => {
  it('lets a request without a token through anonymous: public endpoints answer, others 401', async () => {
    expect(await call(w.app, 'GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect((await call(w.app, 'GET', '/me')).status).toBe(401);
  });

  it('refuses an unknown token with 401, even on a public endpoint', async () => {
    const bogus = { authorization: `Bearer ${'A'.repeat(43)}` };
    for (const path of ['/health', '/me']) {
      const res = await call(w.app, 'GET', path, { headers: bogus });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    }
  });

  it('refuses a header that is not a bearer token with 401', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', w.tokens.admin.secret]) {
      expect((await call(w.app, 'GET', '/health', { headers: { authorization } })).status).toBe(401);
    }
  });

  it('reads the scheme name case-insensitively', async () => {
    const headers = { authorization: `bearer ${w.tokens.admin.secret}` };
    expect(await call(w.app, 'GET', '/me', { headers })).toMatchObject({
      status: 200,
      body: { role: 'admin' },
    });
  });

  it('refuses a revoked token with 401', async () => {
    const { id, secret } = createToken(w.db, { name: 'leaver', role: 'planner' });
    const headers = { authorization: `Bearer ${secret}` };
    expect((await call(w.app, 'GET', '/me', { headers })).status).toBe(200);
    revokeToken(w.db, id);
    expect((await call(w.app, 'GET', '/me', { headers })).status).toBe(401);
    expect((await call(w.app, 'GET', '/health', { headers })).status).toBe(401);
  });

  it.each(Role.options)('makes the %s token its principal', async (role) => {
    const res = await call(w.app, 'GET', '/me', { headers: w.bearer(role) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      tokenId: w.tokens[role].id,
      name: `t ${role}`,
      role,
      ...(role === 'officer' ? { regionId: 'R1' } : {}),
    });
  });
});

describe('the audit sink behind mounted endpoints', () => {
  it('records reads of personal data, writes and publishes, and nothing else', async () => {
    const before = auditRows().length;
    await call(w.app, 'GET', '/health');
    await call(w.app, 'GET', '/me', { headers: w.bearer('planner') });
    await call(w.app, 'GET', '/calendar', { headers: w.bearer('partner') });
    await call(w.app, 'GET', '/cases/C-1', { headers: w.bearer('analyst') });
    await call(w.app, 'POST', '/plans', { headers: w.bearer('planner'), body: { note: 'V-123456789' } });
    await call(w.app, 'POST', '/plans/plan-1/publish', { headers: w.bearer('planner') });
    await call(w.app, 'POST', '/plans', { headers: w.bearer('analyst'), body: { note: 'x' } }); // 403
    await call(w.app, 'GET', '/cases/C-1'); // 401
    const rows = auditRows().slice(before);
    expect(rows.map((r) => [r.kind, r.method, r.path, r.status, r.token_id, r.role, r.at])).toEqual([
      ['read-personal', 'GET', '/cases/C-1', 200, w.tokens.analyst.id, 'analyst', '2026-07-01T09:00:00.000Z'],
      ['write', 'POST', '/plans', 201, w.tokens.planner.id, 'planner', '2026-07-01T09:00:00.000Z'],
      [
        'publish',
        'POST',
        '/plans/plan-1/publish',
        202,
        w.tokens.planner.id,
        'planner',
        '2026-07-01T09:00:00.000Z',
      ],
    ]);
    expect(JSON.stringify(rows)).not.toContain('V-123456789');
    expect(verifyAudit(w.db)).toMatchObject({ ok: true });
  });
});

describe('data minimisation', () => {
  it('shows analysts a pseudonym, planners the name, officers only cases of their region', async () => {
    const name = async (headers: Record<string, string>) =>
      (await call(w.app, 'GET', '/cases/C-1', { headers })).body;
    expect(await name(w.bearer('planner'))).toEqual({ id: 'C-1', name: 'Jan Jansen' });
    expect(await name(w.bearer('analyst'))).toEqual({ id: 'C-1', name: pseudonymise('Jan Jansen', SALT) });
    expect(await name(w.bearer('officer'))).toEqual({ id: 'C-1', name: 'Jan Jansen' });
    const elsewhere = createToken(w.db, { name: 'o3', role: 'officer', regionId: 'R3' });
    const res = await call(w.app, 'GET', '/cases/C-1', {
      headers: { authorization: `Bearer ${elsewhere.secret}` },
    });
    expect(res.status).toBe(404);
  });

  it('pseudonymises stably per salt, as P- and 12 hex digits', () => {
    expect(pseudonymise('V-1', 's')).toMatch(/^P-[0-9a-f]{12}$/);
    expect(pseudonymise('V-1', 's')).toBe(pseudonymise('V-1', 's'));
    expect(pseudonymise('V-1', 's')).not.toBe(pseudonymise('V-2', 's'));
    expect(pseudonymise('V-1', 's')).not.toBe(pseudonymise('V-1', 't'));
  });

  it('gives each role its case access', () => {
    const officer = (regionId: string): Principal => as.officer(regionId);
    expect(caseAccess(as.planner, ['R1'])).toBe('full');
    expect(caseAccess(as.admin, [])).toBe('full');
    expect(caseAccess(as.analyst, ['R1'])).toBe('pseudonymised');
    expect(caseAccess(officer('R2'), ['R1', 'R2'])).toBe('full');
    expect(caseAccess(officer('R3'), ['R1', 'R2'])).toBe('none');
    expect(caseAccess(as.partner, ['R1'])).toBe('none');
    expect(caseAccess(undefined, ['R1'])).toBe('none');
    expect(canSeeCase({ tokenId: 't', name: 'o', role: 'officer' }, ['R1'])).toBe(false);
    expect(canSeeCase(as.analyst, ['R1'])).toBe(true);
  });
});

describe('role matrix over real tokens', () => {
  roleMatrix(ENDPOINTS, () => ({ app: w.app, headers: w.bearer }), {
    request: (e) => (e.path === '/cases/:id' ? { path: '/cases/C-1' } : undefined),
  });
});

describe('role matrix over the test harness principal', () => {
  /** The harness injects the principal from a test header instead of a bearer token. */
  const principalOf = (role: Role): Principal => (role === 'officer' ? as.officer('R1') : as[role]);
  const harness = (app: Express) => ({
    app,
    headers: (role: Role) => ({ 'x-test-principal': JSON.stringify(principalOf(role)) }),
  });

  it('fails the cells of an app that enforces other roles than declared', async () => {
    // Declared: planners and admins. Mounted: planners and analysts.
    const declared = ENDPOINTS.filter((e) => e.path === '/plans');
    const mounted = declared.map((e) => ({ ...e, roles: ['planner', 'analyst'] as Role[] }));
    const target = harness(testApp(mounted));
    const problems = [];
    for (const cell of matrixCells(declared)) problems.push(await checkCell(target, cell));
    expect(problems.filter((p) => p !== undefined)).toEqual([
      'POST /plans as analyst → 403: got 400',
      'POST /plans as admin → neither 401 nor 403: got 403',
    ]);
  });

  it('passes every cell of an app that enforces the declared roles', async () => {
    const target = harness(testApp(ENDPOINTS));
    const problems = [];
    for (const cell of matrixCells(ENDPOINTS)) problems.push(await checkCell(target, cell));
    expect(problems.filter((p) => p !== undefined)).toEqual([]);
    expect(problems).toHaveLength(ENDPOINTS.length * 6);
  });
});
