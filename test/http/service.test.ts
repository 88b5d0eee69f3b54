// The whole service as `serve` builds it: every endpoint behind its roles (the full matrix), the
// OpenAPI document, and fuzzing of every endpoint with malformed input.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/index.ts';
import { createToken } from '../../src/auth/tokens.ts';
import { createService } from '../../src/http/service.ts';
import type { Role } from '../../src/http/principal.ts';
import { importScenario, openDatabase } from '../../src/store/index.ts';
import { dumpDatabase } from '../store/dump.ts';
import { fuzzEndpoints } from './fuzz.ts';
import { call } from './harness.ts';
import { roleMatrix } from './role-matrix.ts';

const scenario = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')) as Scenario;
const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'rotonde-service-')), 'service.db'));
importScenario(db, scenario);
const officerCase = scenario.cases.find((c) => c.location.kind === 'coa')!;
const officerRegion = scenario.sites.coaLocations.find(
  (l) => officerCase.location.kind === 'coa' && l.id === officerCase.location.coaLocationId,
)!.policeRegionId;
const secrets = Object.fromEntries(
  (['planner', 'officer', 'analyst', 'admin', 'partner'] as const).map((role) => [
    role,
    createToken(db, {
      name: `test ${role}`,
      role,
      ...(role === 'officer' ? { regionId: officerRegion } : {}),
    }).secret,
  ]),
) as Record<Role, string>;
const service = createService(db, { salt: 'test-salt', rateLimitPerMinute: 0 });
const bearer = (role: Role) => ({ authorization: `Bearer ${secrets[role]}` });

afterAll(async () => {
  await service.close();
  db.close();
});

roleMatrix(service.endpoints, () => ({ app: service.app, headers: bearer }), {
  request: (e) =>
    e.path === '/cases/:id/feasibility' ? { path: `/cases/${officerCase.id}/feasibility` } : undefined,
});

describe('the OpenAPI document', () => {
  it('describes every endpoint with its roles, parameters and responses', async () => {
    const { status, body } = await call(service.app, 'GET', '/openapi.json');
    expect(status).toBe(200);
    const doc = body as { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const e of service.endpoints) {
      const op = doc.paths[e.path.replace(/:(\w+)/g, '{$1}')]?.[e.method];
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      expect(op?.['x-roles']).toEqual(e.roles);
      expect(Object.keys(op?.responses as object).length).toBeGreaterThan(0);
      for (const name of e.path.match(/:(\w+)/g) ?? []) {
        const params = (op?.parameters ?? []) as { name: string; in: string }[];
        expect(
          params.some((p) => p.name === name.slice(1) && p.in === 'path'),
          `${e.path} ${name}`,
        ).toBe(true);
      }
    }
  });

  it('validates against the OpenAPI 3.1 schema', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const { body } = await call(service.app, 'GET', '/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(body as Parameters<typeof validator.validate>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has a readable reference page', async () => {
    const { status, text, headers } = await call(service.app, 'GET', '/docs');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/text\/html/);
    expect(text).toContain('/cases/{id}/feasibility');
  });
});

describe('fuzzing every endpoint', () => {
  it('answers thousands of malformed requests without a 5xx, and a refused one writes nothing', async () => {
    const snapshot = () => {
      // Everything but the audit log, which records accepted reads as well.
      const tables = Object.entries(dumpDatabase(db)).filter(([name]) => name !== 'audit_log');
      return JSON.stringify(tables);
    };
    const sent = await fuzzEndpoints(service.app, service.endpoints, {
      headers: (e) => bearer(e.roles === 'public' ? 'admin' : (e.roles[0] ?? 'admin')),
      snapshot,
      runsPerEndpoint: 60,
    });
    expect(sent).toBeGreaterThanOrEqual(1000);
  }, 240_000);
});
