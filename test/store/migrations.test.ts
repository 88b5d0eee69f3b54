import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import { dumpDatabase } from './dump.ts';

const opened: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rotonde-store-'));
  dirs.push(dir);
  return join(dir, 'rotonde.db');
}

function open(file: string): Db {
  const db = openDatabase(file);
  opened.push(db);
  return db;
}

describe('migrations', () => {
  it('are numbered from 1 without gaps', () => {
    const versions = loadMigrations().map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  it('record every version once in schema_migrations', () => {
    const db = open(':memory:');
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(rows).toEqual(loadMigrations().map((m) => m.version));
  });

  it('running them again is a no-op', () => {
    const db = open(':memory:');
    const before = dumpDatabase(db);
    const schema = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    expect(migrate(db)).toEqual([]);
    expect(migrate(db)).toEqual([]);
    expect(dumpDatabase(db)).toEqual(before);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(schema);
  });

  it('reopening a file database applies nothing new', () => {
    const file = tempFile();
    open(file).close();
    opened.pop();
    const db = open(file);
    expect(migrate(db)).toEqual([]);
  });

  it('a failing migration is rolled back and not recorded', () => {
    const db = open(':memory:');
    const bad = {
      version: 999,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x INTEGER); SELECT * FROM missing_table;',
    };
    expect(() => migrate(db, [bad])).toThrow(/missing_table/);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).all();
    expect(tables).toEqual([]);
    expect(db.prepare('SELECT 1 FROM schema_migrations WHERE version = 999').get()).toBeUndefined();
  });
});

describe('openDatabase', () => {
  it('turns on WAL, foreign keys and a busy timeout for a file', () => {
    const db = open(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('turns on foreign keys in memory', () => {
    const db = open(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
