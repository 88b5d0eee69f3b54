// Numbered schema migrations: `migrations/NNN-name.sql`, applied in order, each once, each in its
// own transaction, recorded in `schema_migrations`.
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './database.ts';

export type Migration = { version: number; name: string; sql: string };

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** The migrations shipped with the code, in version order. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => ({ file, match: /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(file) }))
    .filter((f): f is { file: string; match: RegExpExecArray } => f.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(new URL(file, dir), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/** Applies every migration not yet recorded; returns the versions applied now (none when up to date). */
export function migrate(db: Db, migrations: readonly Migration[] = loadMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`);
  const applied: number[] = [];
  for (const m of migrations) {
    // IMMEDIATE takes the write lock before the check, so two processes cannot both apply one migration.
    const ran = db
      .transaction(() => {
        const done = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
        if (done !== undefined) return false;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
        return true;
      })
      .immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}
