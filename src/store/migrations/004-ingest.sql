-- 004: partner-feed ingest. `record_versions` holds the last accepted version of each record a feed
-- sends (optimistic concurrency by external id); `data_quality_issues` holds disagreements between
-- two feeds on a person's identity, which block planning of the case until resolved.
-- Both reference the scenario only: a record's rows are rewritten on every upsert, so a foreign key
-- to them would cascade away the record's history.

CREATE TABLE record_versions (
  scenario_id  TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('case', 'flight', 'availability', 'site')),
  -- The record's id; for availability and sites prefixed by the list: `police/team-1`, `airports/AMS`.
  external_id  TEXT NOT NULL,
  version      INTEGER NOT NULL CHECK (version >= 1),
  source       TEXT NOT NULL,
  -- SHA-256 of the record's canonical JSON (keys sorted, defaults filled in).
  payload_hash TEXT NOT NULL,
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (scenario_id, kind, external_id)
);

CREATE TABLE data_quality_issues (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  case_id     TEXT NOT NULL,
  v_number    TEXT NOT NULL,
  -- The person's identity field the sources disagree on.
  field       TEXT NOT NULL CHECK (field IN ('nationality', 'birthDate', 'sex', 'familyName')),
  -- Each source's value, `{ "source": value }`, and the sources in the order they were seen.
  "values"    TEXT NOT NULL CHECK (json_valid("values")),
  sources     TEXT NOT NULL CHECK (json_valid(sources)),
  opened_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  resolved_at TEXT,
  -- `{ "value": …, "by": …, "version": … }` once resolved.
  resolution  TEXT CHECK (json_valid(resolution)),
  CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);

CREATE INDEX data_quality_issues_open ON data_quality_issues (scenario_id, case_id) WHERE resolved_at IS NULL;
