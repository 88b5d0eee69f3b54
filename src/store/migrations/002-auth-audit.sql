-- 002: API tokens and the audit log.
-- Tokens: only the SHA-256 of the secret is kept, so a copy of the database grants no access.
-- Tokens are not tied to a scenario, so an officer's region_id names a police region by id only
-- (no foreign key: police_regions is keyed per scenario).
-- The audit log is append-only: the triggers below refuse UPDATE and DELETE, and each entry carries
-- the hash of its predecessor (src/audit/log.ts), so an edit made around the triggers is detected.

CREATE TABLE api_tokens (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(name) > 0),
  role       TEXT NOT NULL CHECK (role IN ('planner', 'officer', 'analyst', 'admin', 'partner')),
  region_id  TEXT,
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  -- Officers are scoped to one police region; no other role has one.
  CHECK ((role = 'officer') = (region_id IS NOT NULL))
);

-- AUTOINCREMENT: sqlite_sequence keeps the highest seq ever written, so deleting the last entries
-- leaves a trace that verification reads.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  token_id   TEXT,
  role       TEXT CHECK (role IN ('planner', 'officer', 'analyst', 'admin', 'partner')),
  kind       TEXT NOT NULL CHECK (kind IN ('read-personal', 'write', 'publish', 'token')),
  method     TEXT NOT NULL,
  path       TEXT NOT NULL,
  status     INTEGER NOT NULL,
  input_hash TEXT NOT NULL CHECK (length(input_hash) = 64),
  prev_hash  TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash       TEXT NOT NULL CHECK (length(hash) = 64)
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
