// Every row of every table, for "the database is exactly as before" assertions.
import type { Db } from '../../src/store/index.ts';

export function dumpDatabase(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

/** Tables of the service, not of a scenario: the migration log, tokens, audit, jobs, ingest state. */
const SERVICE_TABLES = new Set([
  'schema_migrations',
  'api_tokens',
  'audit_log',
  'feed_tokens',
  'plan_jobs',
  'published_plans',
  'record_versions',
  'data_quality_issues',
]);

/** The tables a scenario is written to. */
export function scenarioTables(db: Db): string[] {
  return Object.keys(dumpDatabase(db)).filter((t) => !SERVICE_TABLES.has(t));
}
