// The audit log: appended in a hash chain, refused UPDATE and DELETE by the database, and any edit
// made around that refusal (a raw connection dropping the triggers) found by verifyAudit.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/audit/log.ts';
import {
  appendAudit,
  auditSink,
  canonicalJson,
  GENESIS_HASH,
  sha256,
  verifyAudit,
} from '../../src/audit/log.ts';
import { openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const dir = mkdtempSync(join(tmpdir(), 'rotonde-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const KINDS = ['read-personal', 'write', 'publish', 'token'] as const;
const ROLES = ['planner', 'officer', 'analyst', 'admin', 'partner'] as const;

function entry(i: number): AuditEntry {
  return {
    at: new Date(Date.UTC(2026, 6, 1, 9, 0, i)).toISOString(),
    tokenId: `tok-${i % 3}`,
    role: ROLES[i % ROLES.length],
    kind: KINDS[i % KINDS.length] ?? 'write',
    method: 'GET',
    path: `/cases/C-${i}`,
    status: 200,
    input: { params: { id: `C-${i}` }, query: {}, body: undefined },
  };
}

/** A database file holding `n` entries. */
function logFile(n: number): { file: string; db: Db } {
  const file = join(dir, `audit-${++files}.db`);
  const db = openDatabase(file);
  for (let i = 1; i <= n; i++) appendAudit(db, entry(i));
  return { file, db };
}

/** Edits the log as an attacker with the file would: a second connection, the triggers dropped. */
function tamper(file: string, edit: (raw: Db) => void): void {
  const raw = new Database(file);
  try {
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    edit(raw);
  } finally {
    raw.close();
  }
}

type Row = Record<string, string | number | null>;
const CONTENT = [
  'at',
  'token_id',
  'role',
  'kind',
  'method',
  'path',
  'status',
  'input_hash',
  'prev_hash',
  'hash',
];

function rowAt(db: Db, seq: number): Row {
  return db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Row;
}

/** Gives the entry at `a` the content (all but seq) of the entry at `b`, and the reverse. */
function swap(db: Db, a: number, b: number): void {
  const [ra, rb] = [rowAt(db, a), rowAt(db, b)];
  const set = db.prepare(
    `UPDATE audit_log SET ${CONTENT.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`,
  );
  set.run({ ...rb, seq: a });
  set.run({ ...ra, seq: b });
}

describe('appendAudit', () => {
  it('numbers entries from 1 and chains each to the previous hash, starting from the genesis hash', () => {
    const { db } = logFile(3);
    const rows = db.prepare('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq').all() as Row[];
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[2]?.prev_hash).toBe(rows[1]?.hash);
    db.close();
  });

  it('stores the hash of the canonical JSON of the input, never the input itself', () => {
    const { db } = logFile(0);
    appendAudit(db, { ...entry(1), input: { b: 'V-123456789', a: [1, { y: 2, x: 1 }] } });
    appendAudit(db, { ...entry(2), input: { a: [1, { x: 1, y: 2 }], b: 'V-123456789' } });
    const hashes = db.prepare('SELECT input_hash FROM audit_log').pluck().all();
    expect(hashes).toEqual([
      sha256(canonicalJson({ a: [1, { x: 1, y: 2 }], b: 'V-123456789' })),
      sha256('{"a":[1,{"x":1,"y":2}],"b":"V-123456789"}'),
    ]);
    expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toContain('V-123456789');
    db.close();
  });
});

describe('auditSink', () => {
  it('records the principal, the request and the injected clock', () => {
    const { db } = logFile(0);
    const sink = auditSink(db, () => new Date('2026-07-01T10:00:00Z'));
    sink({
      principal: { tokenId: 'tok-a', name: 'A', role: 'officer', regionId: 'R1' },
      kind: 'read-personal',
      method: 'get',
      path: '/cases/C-1',
      input: { params: { id: 'C-1' } },
      status: 200,
    });
    sink({
      principal: undefined,
      kind: 'publish',
      method: 'post',
      path: '/plans/1/publish',
      input: {},
      status: 202,
    });
    expect(db.prepare('SELECT at, token_id, role, kind, method, path, status FROM audit_log').all()).toEqual([
      {
        at: '2026-07-01T10:00:00.000Z',
        token_id: 'tok-a',
        role: 'officer',
        kind: 'read-personal',
        method: 'GET',
        path: '/cases/C-1',
        status: 200,
      },
      {
        at: '2026-07-01T10:00:00.000Z',
        token_id: null,
        role: null,
        kind: 'publish',
        method: 'POST',
        path: '/plans/1/publish',
        status: 202,
      },
    ]);
    db.close();
  });
});

describe('the database keeps the log append-only', () => {
  it('refuses an UPDATE', () => {
    const { db } = logFile(2);
    expect(() => db.prepare("UPDATE audit_log SET path = '/x' WHERE seq = 1").run()).toThrow(/append-only/);
    db.close();
  });

  it('refuses a DELETE', () => {
    const { db } = logFile(2);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    expect(verifyAudit(db)).toMatchObject({ ok: true, entries: 2 });
    db.close();
  });
});

describe('verifyAudit', () => {
  it('accepts an empty log and an intact one', () => {
    const { db } = logFile(0);
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 0, head: GENESIS_HASH });
    for (let i = 1; i <= 20; i++) appendAudit(db, entry(i));
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 20, head: rowAt(db, 20).hash });
    db.close();
  });

  it('finds a changed field at its entry', () => {
    const { file, db } = logFile(6);
    tamper(file, (raw) => raw.prepare("UPDATE audit_log SET token_id = 'tok-other' WHERE seq = 3").run());
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/changed/) });
    db.close();
  });

  it('finds a changed entry whose hash was recomputed, at the next entry', () => {
    const { file, db } = logFile(6);
    const forged = logFile(0).db;
    appendAudit(forged, entry(1));
    appendAudit(forged, { ...entry(2), path: '/nothing-to-see' });
    const fake = rowAt(forged, 2);
    forged.close();
    tamper(file, (raw) =>
      raw.prepare('UPDATE audit_log SET path = ?, hash = ? WHERE seq = 2').run(fake.path, fake.hash),
    );
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/chain/) });
    db.close();
  });

  it('finds a deleted entry', () => {
    const { file, db } = logFile(6);
    tamper(file, (raw) => raw.prepare('DELETE FROM audit_log WHERE seq = 4').run());
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 4, reason: expect.stringMatching(/missing/) });
    db.close();
  });

  it('finds deleted last entries', () => {
    const { file, db } = logFile(6);
    tamper(file, (raw) => raw.prepare('DELETE FROM audit_log WHERE seq >= 5').run());
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 5, reason: expect.stringMatching(/missing/) });
    db.close();
  });

  it('finds two swapped entries', () => {
    const { file, db } = logFile(6);
    tamper(file, (raw) => swap(raw, 2, 5));
    expect(verifyAudit(db)).toMatchObject({ ok: false, seq: 2 });
    db.close();
  });

  it('finds any single tamper of a random chain, at the first entry tampered with', () => {
    const anEntry = fc.record({
      tokenId: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
      role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
      kind: fc.constantFrom(...KINDS),
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'CLI'),
      path: fc.string({ maxLength: 20 }),
      status: fc.integer({ min: 0, max: 599 }),
      input: fc.jsonValue({ maxDepth: 2 }),
    });
    const aTamper = fc.oneof(
      fc.record({
        op: fc.constant('change' as const),
        at: fc.nat(),
        field: fc.constantFrom('seq', ...CONTENT),
      }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(anEntry, { minLength: 2, maxLength: 12 }), aTamper, (entries, t) => {
        const db = openDatabase(':memory:');
        entries.forEach((e, i) =>
          appendAudit(db, { ...e, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }),
        );
        expect(verifyAudit(db).ok).toBe(true);
        db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
        const n = entries.length;
        const a = (t.at % n) + 1;
        let first = a;
        if (t.op === 'delete') db.prepare('DELETE FROM audit_log WHERE seq = ?').run(a);
        if (t.op === 'change') change(db, a, t.field);
        if (t.op === 'swap') {
          const b = ((a + (t.other % (n - 1))) % n) + 1; // any seq but a
          swap(db, a, b);
          first = Math.min(a, b);
        }
        expect(verifyAudit(db)).toMatchObject({ ok: false, seq: first });
        db.close();
      }),
      { seed, numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
  });
});

/** Sets `field` of the entry at `seq` to a different value the table's constraints still accept. */
function change(db: Db, seq: number, field: string): void {
  const r = rowAt(db, seq);
  const v = r[field];
  const next: Record<string, unknown> = {
    seq: Number(v) + 1000,
    role: ROLES.find((x) => x !== v) ?? null,
    kind: KINDS.find((x) => x !== v),
    status: Number(v) + 1,
    input_hash: sha256(String(v)),
    prev_hash: sha256(String(v)),
    hash: sha256(String(v)),
  };
  const value = field in next ? next[field] : `${v ?? ''}x`;
  db.prepare(`UPDATE audit_log SET ${field} = ? WHERE seq = ?`).run(value, seq);
}
