// Small helpers between plain records and SQLite rows: typed reads, cached inserts.
// Column values are checked on read: a wrong type there is a bug (or a hand-edited database), so it throws.
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.ts';

export type Value = string | number | boolean | null | undefined;
export type Row = Record<string, Value>;
export type DbRow = Record<string, unknown>;

/** A row the database refused (a constraint), with the table it was meant for. */
export class RowRejected extends Error {
  constructor(
    readonly table: string,
    readonly row: Row,
    cause: Error,
  ) {
    super(cause.message, { cause });
  }
}

const statements = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (cache === undefined) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement === undefined) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** Inserts one row; booleans become 0/1 and undefined becomes NULL. */
export function insertRow(db: Db, table: string, row: Row): void {
  const columns = Object.keys(row);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  const params = Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : (v ?? null)]),
  );
  try {
    prepared(db, sql).run(params);
  } catch (e) {
    if (isConstraintError(e)) throw new RowRejected(table, row, e);
    throw e;
  }
}

export function isConstraintError(e: unknown): e is Error & { code: string } {
  return e instanceof Error && 'code' in e && String(e.code).startsWith('SQLITE_CONSTRAINT');
}

/** Every row of `table` for one scenario, in `order`. */
export function rowsOf(db: Db, table: string, scenarioId: string, order = 'ordinal'): DbRow[] {
  const sql = `SELECT * FROM ${table} WHERE scenario_id = ? ORDER BY ${order}`;
  return prepared(db, sql).all(scenarioId) as DbRow[];
}

/** Rows grouped by the value of `column`, each group keeping the rows' order. */
export function groupBy(rows: readonly DbRow[], column: string): Map<string, DbRow[]> {
  const groups = new Map<string, DbRow[]>();
  for (const row of rows) {
    const key = text(row, column);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

export function text(row: DbRow, column: string): string {
  const v = row[column];
  if (typeof v !== 'string') throw new TypeError(`column ${column}: expected text, got ${typeof v}`);
  return v;
}

export function int(row: DbRow, column: string): number {
  const v = row[column];
  if (typeof v !== 'number') throw new TypeError(`column ${column}: expected a number, got ${typeof v}`);
  return v;
}

export function flag(row: DbRow, column: string): boolean {
  return int(row, column) !== 0;
}

export function optText(row: DbRow, column: string): string | undefined {
  return row[column] === null ? undefined : text(row, column);
}

/** A JSON column; its shape was fixed by the schema when it was written. */
export function json<T>(row: DbRow, column: string): T {
  return JSON.parse(text(row, column)) as T;
}

/** `o` without its undefined-valued keys: optional fields absent, as zod leaves them. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
