-- Partner calendar feeds: one row per subscribable feed URL. Only the SHA-256 of the secret is kept,
-- so a copy of the database does not give access to the feeds.
CREATE TABLE feed_tokens (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('police', 'lawyers', 'interpreters', 'coa', 'dvo', 'kmar')),
  key         TEXT NOT NULL,
  token_hash  TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  revoked_at  TEXT
);

CREATE INDEX feed_tokens_feed ON feed_tokens (kind, key);
