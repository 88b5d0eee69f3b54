// API tokens: secrets handed out once and stored only hashed; roles, officer regions, revocation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/audit/log.ts';
import {
  createToken,
  ensureDevTokens,
  findPrincipal,
  listTokens,
  revokeToken,
  TokenRequest,
} from '../../src/auth/tokens.ts';
import type { Scenario } from '../../src/domain/index.ts';
import { importScenario, openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import type { CommandModule } from '../../src/cli/command.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { tempDir } from '../cli/helpers.ts';

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('createToken', () => {
  it('returns a 32-byte base64url secret and stores only its SHA-256', () => {
    const { id, secret } = createToken(db, { name: 'Ada', role: 'planner' });
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row.token_hash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('gives every token its own id and secret', () => {
    const a = createToken(db, { name: 'A', role: 'admin' });
    const b = createToken(db, { name: 'A', role: 'admin' });
    expect(a.id).not.toBe(b.id);
    expect(a.secret).not.toBe(b.secret);
  });

  it('requires a region for an officer and refuses one for any other role', () => {
    expect(TokenRequest.safeParse({ name: 'O', role: 'officer' }).success).toBe(false);
    expect(TokenRequest.safeParse({ name: 'O', role: 'officer', regionId: 'R1' }).success).toBe(true);
    expect(TokenRequest.safeParse({ name: 'P', role: 'planner', regionId: 'R1' }).success).toBe(false);
    expect(TokenRequest.safeParse({ name: 'P', role: 'root' }).success).toBe(false);
    expect(() => createToken(db, { name: 'O', role: 'officer' })).toThrow();
  });

  it('is backed by the table: a role outside the five, or an officer without region, is refused', () => {
    const insert = db.prepare(
      "INSERT INTO api_tokens (id, name, role, region_id, token_hash, created_at) VALUES (?, 'x', ?, ?, ?, 'now')",
    );
    expect(() => insert.run('t1', 'root', null, sha256('1'))).toThrow(/CHECK/);
    expect(() => insert.run('t2', 'officer', null, sha256('2'))).toThrow(/CHECK/);
    expect(() => insert.run('t3', 'analyst', 'R1', sha256('3'))).toThrow(/CHECK/);
  });
});

describe('findPrincipal', () => {
  it('finds the principal of a live secret, with the officer region', () => {
    const { id, secret } = createToken(db, { name: 'Olaf', role: 'officer', regionId: 'R1' });
    expect(findPrincipal(db, secret)).toEqual({ tokenId: id, name: 'Olaf', role: 'officer', regionId: 'R1' });
    const planner = createToken(db, { name: 'Pia', role: 'planner' });
    expect(findPrincipal(db, planner.secret)).toEqual({ tokenId: planner.id, name: 'Pia', role: 'planner' });
  });

  it('finds nothing for an unknown, malformed or hashed secret', () => {
    const { secret } = createToken(db, { name: 'A', role: 'admin' });
    expect(findPrincipal(db, `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(findPrincipal(db, '')).toBeUndefined();
    expect(findPrincipal(db, `${secret} `)).toBeUndefined();
    expect(findPrincipal(db, sha256(secret))).toBeUndefined();
  });

  it('finds nothing once the token is revoked', () => {
    const { id, secret } = createToken(db, { name: 'A', role: 'analyst' });
    expect(revokeToken(db, id)).toBe('revoked');
    expect(findPrincipal(db, secret)).toBeUndefined();
    expect(revokeToken(db, id)).toBe('already-revoked');
    expect(revokeToken(db, 'tok-none')).toBe('not-found');
  });
});

describe('listTokens', () => {
  it('lists every token without secret or hash', () => {
    const now = new Date('2026-07-01T08:00:00Z');
    const a = createToken(db, { name: 'A', role: 'officer', regionId: 'R1' }, now);
    const b = createToken(db, { name: 'B', role: 'partner' }, now);
    revokeToken(db, b.id, new Date('2026-07-02T08:00:00Z'));
    const listed = listTokens(db);
    expect(listed).toEqual(
      expect.arrayContaining([
        { id: a.id, name: 'A', role: 'officer', regionId: 'R1', createdAt: '2026-07-01T08:00:00.000Z' },
        {
          id: b.id,
          name: 'B',
          role: 'partner',
          createdAt: '2026-07-01T08:00:00.000Z',
          revokedAt: '2026-07-02T08:00:00.000Z',
        },
      ]),
    );
    const text = JSON.stringify(listed);
    for (const t of [a, b]) {
      expect(text).not.toContain(t.secret);
      expect(text).not.toContain(sha256(t.secret));
    }
  });
});

describe('ensureDevTokens', () => {
  const scenario = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')) as Scenario;

  it('creates one token per role once, the officer in the first police region, and audits it', () => {
    expect(importScenario(db, scenario).ok).toBe(true);
    const created = ensureDevTokens(db);
    expect(created.map((t) => t.role).sort()).toEqual(['admin', 'analyst', 'officer', 'partner', 'planner']);
    for (const t of created)
      expect(findPrincipal(db, t.secret)).toMatchObject({ tokenId: t.id, role: t.role });
    const officer = created.find((t) => t.role === 'officer');
    expect(officer?.regionId).toBe(scenario.sites.policeRegions[0]?.id);
    expect(ensureDevTokens(db)).toEqual([]);
    expect(listTokens(db)).toHaveLength(5);
    expect(verifyAudit(db)).toMatchObject({ ok: true, entries: 5 });
  });

  it('creates no officer token when no police region is stored', () => {
    expect(ensureDevTokens(db).map((t) => t.role)).not.toContain('officer');
  });
});

describe('rotonde token and rotonde audit verify', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  // The lead registers the commands; until then they are run through their modules.
  const token = async (...argv: string[]) => cli(await import('../../src/cli/commands/token.ts'), argv);
  const verify = async (...argv: string[]) =>
    cli(await import('../../src/cli/commands/audit-verify.ts'), argv);

  it('creates (printing the secret once), lists, revokes, and audits each change', async () => {
    const file = tmp.path('tokens.db');
    openDatabase(file).close();
    const created = await token('create', '--db', file, '--name', 'Pia', '--role', 'planner');
    expect(created.code).toBe(0);
    const secret = /^([A-Za-z0-9_-]{43})$/m.exec(created.stdout)?.[1] ?? '';
    const id = /created token (\S+)/.exec(created.stdout)?.[1] ?? '';
    const check = openDatabase(file);
    expect(findPrincipal(check, secret)).toMatchObject({ tokenId: id, role: 'planner' });
    check.close();

    const listed = await token('list', '--db', file);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain(secret);
    expect((await token('revoke', '--db', file, '--id', id)).code).toBe(0);
    expect((await token('revoke', '--db', file, '--id', 'tok-none')).code).toBe(1);
    expect(await verify('--db', file)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('ok: 2 entries'),
    });
  });

  it('refuses an officer without region, an unknown region and an unknown role', async () => {
    const file = tmp.path('refuse.db');
    openDatabase(file).close();
    expect((await token('create', '--db', file, '--name', 'O', '--role', 'officer')).code).toBe(1);
    expect(
      (await token('create', '--db', file, '--name', 'O', '--role', 'officer', '--region', 'R9')).code,
    ).toBe(1);
    expect((await token('create', '--db', file, '--name', 'O', '--role', 'root')).code).toBe(1);
    expect((await token('create', '--db', file, '--name', 'O')).code).toBe(2);
    expect((await token('frobnicate', '--db', file)).code).toBe(2);
  });

  it('audit verify names the first broken entry and exits 1', async () => {
    const file = tmp.path('broken.db');
    openDatabase(file).close();
    await token('create', '--db', file, '--name', 'A', '--role', 'admin');
    await token('create', '--db', file, '--name', 'B', '--role', 'admin');
    const raw = openDatabase(file);
    raw.exec(
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at = '2000-01-01T00:00:00.000Z' WHERE seq = 1",
    );
    raw.close();
    const result = await verify('--db', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/seq 1: entry changed/);
  });
});

async function cli(command: CommandModule, argv: string[]) {
  const io = memoryIo();
  const code = await command.run(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}
