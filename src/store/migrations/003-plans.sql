-- 003: plan jobs (one solver run each, queued → running → done | failed | cancelled) and published
-- plans (one row per version of a scenario's plan; the highest version is the current one).
-- Publishing inserts version n+1 after checking, in the same IMMEDIATE transaction, that n is the
-- current version: two planners cannot both publish on top of n (no lost update).

CREATE TABLE plan_jobs (
  id          TEXT PRIMARY KEY,
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  status      TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  options     TEXT NOT NULL CHECK (json_valid(options)),
  progress    TEXT CHECK (progress IS NULL OR json_valid(progress)),
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  finished_at TEXT,
  -- plan, summary, validator verdict and the provenance of the input (null until done)
  result      TEXT CHECK (result IS NULL OR json_valid(result)),
  -- the exact model solved, in CPLEX LP format; apart from `result` so status reads stay small
  lp_model    TEXT,
  error       TEXT
);

CREATE INDEX plan_jobs_by_scenario ON plan_jobs (scenario_id, created_at);

CREATE TABLE published_plans (
  scenario_id  TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  version      INTEGER NOT NULL CHECK (version >= 1),
  job_id       TEXT NOT NULL REFERENCES plan_jobs (id),
  plan         TEXT NOT NULL CHECK (json_valid(plan)),
  provenance   TEXT NOT NULL CHECK (json_valid(provenance)),
  published_by TEXT NOT NULL,
  published_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (scenario_id, version)
);
