// API tokens: a random secret handed out once, kept only as its SHA-256, with a role and, for an
// officer, the police region they are scoped to.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../audit/log.ts';
import { Id } from '../domain/index.ts';
import { Role } from '../http/principal.ts';
import type { Principal } from '../http/principal.ts';
import type { Db } from '../store/index.ts';

/** Who a token is for. Officers need a region; no other role may have one. */
export const TokenRequest = z
  .strictObject({ name: z.string().trim().min(1).max(200), role: Role, regionId: Id.optional() })
  .refine((t) => (t.role === 'officer') === (t.regionId !== undefined), {
    message: 'an officer token needs a region, and only an officer token may have one',
    path: ['regionId'],
  });
export type TokenRequest = z.infer<typeof TokenRequest>;

/** A token as listed: never its secret, nor the hash of it. */
export type TokenInfo = {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly regionId?: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
};

export type DevToken = {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly regionId?: string;
  readonly secret: string;
};

type TokenRow = {
  id: string;
  name: string;
  role: Role;
  region_id: string | null;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
};

/** 32 random bytes, base64url without padding: 43 characters. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Stores a new token and returns its secret, which is not kept: show it once. Throws for a request
 * that is not a valid TokenRequest — parse user input with `TokenRequest.safeParse` first.
 */
export function createToken(
  db: Db,
  request: TokenRequest,
  now: Date = new Date(),
): { id: string; secret: string } {
  const t = TokenRequest.parse(request);
  const id = `tok-${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(32).toString('base64url');
  db.prepare(
    'INSERT INTO api_tokens (id, name, role, region_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, t.name, t.role, t.regionId ?? null, hashSecret(secret), now.toISOString());
  return { id, secret };
}

/** The principal a secret stands for; undefined when unknown, malformed or revoked. */
export function findPrincipal(db: Db, secret: string): Principal | undefined {
  if (!SECRET.test(secret)) return undefined;
  const hash = hashSecret(secret);
  const row = db.prepare('SELECT * FROM api_tokens WHERE token_hash = ?').get(hash) as TokenRow | undefined;
  // The lookup is by hash already; the constant-time compare keeps it so if the query ever changes.
  if (row === undefined || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return undefined;
  if (row.revoked_at !== null) return undefined;
  return {
    tokenId: row.id,
    name: row.name,
    role: row.role,
    ...(row.region_id === null ? {} : { regionId: row.region_id }),
  };
}

export type RevokeResult = 'revoked' | 'already-revoked' | 'not-found';

/** Revokes a token for good: its secret no longer authenticates. */
export function revokeToken(db: Db, id: string, now: Date = new Date()): RevokeResult {
  const row = db.prepare('SELECT revoked_at FROM api_tokens WHERE id = ?').get(id) as
    Pick<TokenRow, 'revoked_at'> | undefined;
  if (row === undefined) return 'not-found';
  if (row.revoked_at !== null) return 'already-revoked';
  db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(
    now.toISOString(),
    id,
  );
  return 'revoked';
}

export function listTokens(db: Db): TokenInfo[] {
  const rows = db
    .prepare(
      'SELECT id, name, role, region_id, created_at, revoked_at FROM api_tokens ORDER BY created_at, id',
    )
    .all() as Omit<TokenRow, 'token_hash'>[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    ...(r.region_id === null ? {} : { regionId: r.region_id }),
    createdAt: r.created_at,
    ...(r.revoked_at === null ? {} : { revokedAt: r.revoked_at }),
  }));
}

/**
 * For `npm start` on the demo data: when the database has no token at all, creates one per role
 * (the officer in the first police region of the first scenario imported) and returns their
 * secrets, to be printed once. Returns none when tokens exist already: secrets are never kept.
 * Without any police region there is no officer token.
 */
export function ensureDevTokens(db: Db, now: Date = new Date()): DevToken[] {
  return db
    .transaction(() => {
      if (db.prepare('SELECT 1 FROM api_tokens LIMIT 1').get() !== undefined) return [];
      const region = db
        .prepare(
          `SELECT r.id FROM police_regions r JOIN scenarios s ON s.id = r.scenario_id
           ORDER BY s.imported_at, s.id, r.ordinal LIMIT 1`,
        )
        .pluck()
        .get() as string | undefined;
      const created: DevToken[] = [];
      for (const role of Role.options) {
        if (role === 'officer' && region === undefined) continue;
        const request = { name: `dev ${role}`, role, ...(role === 'officer' ? { regionId: region } : {}) };
        const { id, secret } = createToken(db, request, now);
        auditTokenChange(db, now, 'token create', 0, { id, ...request });
        created.push({ id, ...request, secret });
      }
      return created;
    })
    .immediate();
}

/**
 * Records a token created or revoked outside the HTTP service (the command line, dev tokens): the
 * actor is whoever holds the database file, so no token or role is named.
 */
export function auditTokenChange(db: Db, at: Date, command: string, exitCode: number, input: unknown): void {
  appendAudit(db, {
    at: at.toISOString(),
    kind: 'token',
    method: 'CLI',
    path: command,
    status: exitCode,
    input,
  });
}
