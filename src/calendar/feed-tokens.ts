// Per-feed tokens: the secret in a feed URL is its only credential (calendar clients subscribe by URL
// and send no headers), so it carries 256 random bits and only its SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/index.ts';
import type { Feed, FeedKind } from './partner-events.ts';

export type FeedToken = Feed & { readonly id: number };

/** Creates a feed token and returns its secret (43 base64url characters): shown once, never stored. */
export function createFeedToken(db: Db, kind: FeedKind, key: string): string {
  const secret = randomBytes(32).toString('base64url');
  db.prepare('INSERT INTO feed_tokens (kind, key, token_hash) VALUES (?, ?, ?)').run(
    kind,
    key,
    hashOf(secret),
  );
  return secret;
}

/** The feed of a secret, or undefined when it is unknown or revoked. */
export function findFeed(db: Db, secret: string): FeedToken | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  const row = db
    .prepare('SELECT id, kind, key FROM feed_tokens WHERE token_hash = ? AND revoked_at IS NULL')
    .get(hashOf(secret)) as { id: number; kind: FeedKind; key: string } | undefined;
  return row ? { id: row.id, kind: row.kind, key: row.key } : undefined;
}

/** Revokes a feed token; returns whether a live token was revoked. */
export function revokeFeedToken(db: Db, id: number): boolean {
  const result = db
    .prepare(
      "UPDATE feed_tokens SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND revoked_at IS NULL",
    )
    .run(id);
  return result.changes > 0;
}

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
