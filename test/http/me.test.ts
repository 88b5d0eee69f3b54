// GET /me: who the bearer token belongs to, for the UI's navigation; never the secret.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.ts';
import { createApp } from '../../src/http/app.ts';
import { meEndpoints } from '../../src/http/routes/me.ts';
import { openDatabase } from '../../src/store/index.ts';
import { call } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'rotonde-me-'));
const db = openDatabase(join(dir, 'me.db'));
const app = createApp({ db, endpoints: meEndpoints(), rateLimitPerMinute: 0 });

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /me', () => {
  it('names the role and, for an officer, the region of the token', async () => {
    const officer = createToken(db, { name: 'Officer Oost', role: 'officer', regionId: 'oost-nederland' });
    const res = await call(app, 'GET', '/me', { headers: { authorization: `Bearer ${officer.secret}` } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: officer.id,
      name: 'Officer Oost',
      role: 'officer',
      region: 'oost-nederland',
    });
    expect(res.text).not.toContain(officer.secret);
  });

  it('has no region for other roles', async () => {
    const analyst = createToken(db, { name: 'An Analyst', role: 'analyst' });
    const res = await call(app, 'GET', '/me', { headers: { authorization: `Bearer ${analyst.secret}` } });
    expect(res.body).toEqual({ id: analyst.id, name: 'An Analyst', role: 'analyst' });
  });

  it('answers 401 without a token or with an unknown one', async () => {
    expect((await call(app, 'GET', '/me')).status).toBe(401);
    const res = await call(app, 'GET', '/me', { headers: { authorization: `Bearer ${'a'.repeat(43)}` } });
    expect(res.status).toBe(401);
  });
});
