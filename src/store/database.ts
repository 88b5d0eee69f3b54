// Opening the database: pragmas every connection needs, then the numbered migrations.
import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

/** How long a writer waits for another connection's lock before SQLITE_BUSY, in milliseconds. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the database at `file`, or an in-memory one for `':memory:'`,
 * and brings its schema up to date. Files use write-ahead logging so readers never block the writer.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL is durable across application crashes; only an OS crash may lose the last commit.
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return db;
}
