// The service in-process: the app over an in-memory database holding the small scenario, on a free port.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/index.ts';
import { createApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/app.ts';
import { importScenario, openDatabase } from '../../src/store/index.ts';
import { createToken } from '../../src/auth/tokens.ts';

const scenario = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')) as Scenario;
const db = openDatabase(':memory:');
const servers: Server[] = [];
let base = '';

/** Starts `createApp(deps)` on a free loopback port; returns its base URL. */
async function start(deps: AppDeps): Promise<string> {
  const server = createServer(createApp(deps));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let analyst = '';

async function get(path: string, url = base) {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${analyst}` } });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  const imported = importScenario(db, scenario);
  expect(imported.ok).toBe(true);
  analyst = createToken(db, { name: 'test analyst', role: 'analyst' }).secret;
  base = await start({ db });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  db.close();
});

describe('GET endpoints', () => {
  it('reports health', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('lists the rule set versions', async () => {
    const res = await get('/rules');
    expect(res.status).toBe(200);
    expect(res.body.versions).toContain('nl-2026-07');
  });

  it('serves each rule of a rule set with its legal basis and effective dates', async () => {
    const res = await get('/rules/nl-2026-07');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 'nl-2026-07', effectiveFrom: '2026-07-01' });
    const rules = res.body.rules as Record<string, unknown>[];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(Object.keys(rule).sort()).toEqual(
        [
          'description',
          'effectiveFrom',
          'effectiveTo',
          'id',
          'legalBasis',
          'source',
          'unit',
          'value',
          'verified',
        ].sort(),
      );
    }
    expect(rules.find((r) => r.id === 'dublin3.transfer-deadline')).toMatchObject({
      value: 6,
      unit: 'months',
    });
  });

  it('lists the scenarios with their case counts', async () => {
    const res = await get('/scenarios');
    expect(res.status).toBe(200);
    expect(res.body.scenarios).toEqual([
      expect.objectContaining({
        id: scenario.id,
        name: scenario.name,
        rulesVersion: scenario.rulesVersion,
        window: scenario.window,
        cases: scenario.cases.length,
      }),
    ]);
  });

  it('summarises a scenario in counts that agree with the scenario file', async () => {
    const res = await get(`/scenarios/${scenario.id}/summary`);
    expect(res.status).toBe(200);
    const cases = res.body.cases as { total: number; families: number; byRegime: object; byLocation: object };
    const sum = (o: object) => Object.values(o).reduce((a: number, b: number) => a + b, 0);
    expect(cases.total).toBe(scenario.cases.length);
    expect(cases.families).toBe(scenario.cases.filter((c) => c.persons.length > 1).length);
    expect(sum(cases.byRegime)).toBe(cases.total);
    expect(sum(cases.byLocation)).toBe(cases.total);
    expect(res.body.flights).toMatchObject({ total: scenario.flights.length });
    const destinations = res.body.destinations as { cases: number; flights: number }[];
    expect(destinations.reduce((n, d) => n + d.cases, 0)).toBe(cases.total);
    expect(destinations.reduce((n, d) => n + d.flights, 0)).toBe(scenario.flights.length);
    const places = scenario.sites.detentionCentres.map((c) => ({
      centreId: c.id,
      wings: c.wings.map((w) => expect.objectContaining({ wing: w.wing, places: w.places })),
    }));
    expect(res.body.detention).toEqual(places.map((p) => expect.objectContaining(p)));
  });
});

describe('errors', () => {
  it.each(['/rules/nl-1999-01', '/scenarios/no-such-scenario/summary', '/no/such/route'])(
    'answers 404 with a JSON error for %s',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual(expect.any(String));
    },
  );

  it('answers 400 naming the field for a version that tries to leave the rules folder', async () => {
    const res = await get('/rules/..%2F..%2Fpackage');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'invalid request',
      issues: [{ path: 'params.version', message: expect.any(String) }],
    });
  });

  it('answers 400 naming the field for a malformed scenario id', async () => {
    const res = await get(`/scenarios/${'x'.repeat(65)}/summary`);
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: 'params.id', message: expect.any(String) }]);
  });

  it('answers 400 for a path that cannot be decoded', async () => {
    expect(await get('/rules/%E0')).toMatchObject({ status: 400, body: { error: 'Bad Request' } });
  });

  it('refuses a JSON body over 100kb with 413', async () => {
    const res = await fetch(`${base}/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(110_000) }),
    });
    expect(res.status).toBe(413);
  });

  it('answers a failure it does not know as a plain 500 without internals', async () => {
    const closed = openDatabase(':memory:');
    closed.close();
    const res = await get('/scenarios', await start({ db: closed }));
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: 'internal error' });
  });

  it('does not reveal the file or reason when a rule set file is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotonde-rules-'));
    try {
      writeFileSync(join(dir, 'nl-broken.json'), '{ not json');
      const res = await get('/rules/nl-broken', await start({ db, rulesDir: dir }));
      expect(res).toMatchObject({ status: 500, body: { error: 'internal error' } });
      expect(res.text).not.toContain(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('security', () => {
  it('sets the security headers and hides the framework on every response', async () => {
    for (const path of ['/health', '/no/such/route', '/rules/..%2F']) {
      const { headers } = await get(path);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cache-control')).toBe('no-store');
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('serves no personal data: no V-number, name, birth date or case id in any response', async () => {
    const paths = [
      '/health',
      '/rules',
      '/rules/nl-2026-07',
      '/scenarios',
      `/scenarios/${scenario.id}/summary`,
      '/scenarios/no-such/summary',
    ];
    const texts = (await Promise.all(paths.map((p) => get(p)))).map((r) => r.text).join('\n');
    const persons = scenario.cases.flatMap((c) => c.persons);
    const secrets = [
      ...persons.flatMap((p) => [p.vNumber, p.givenNames, p.familyName, p.birthDate]),
      ...scenario.cases.map((c) => c.id),
    ];
    expect(secrets.length).toBeGreaterThan(40);
    // The detector itself finds a leak, so an empty list below is not vacuous.
    expect(secrets.filter((s) => asWord(s).test(JSON.stringify(scenario.cases)))).toEqual(secrets);
    const leaked = secrets.filter((s) => asWord(s).test(texts));
    expect(leaked).toEqual([]);
  });
});

/** `text` as a whole word (letters beyond ASCII included, so "Özlem" is found inside quotes). */
function asWord(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}
