// The audit log: who read personal data, wrote or published, when, and a hash of what they sent.
// Each entry's hash covers its predecessor's hash, so changing, deleting or reordering an entry
// breaks the chain from there on; the database refuses UPDATE and DELETE besides (migration 002).
import { createHash } from 'node:crypto';
import type { AuditKind, AuditSink } from '../http/endpoint.ts';
import type { Role } from '../http/principal.ts';
import type { Db } from '../store/index.ts';

/** What is recorded: HTTP kinds from endpoint declarations, and `token` for token management. */
export type AuditEntryKind = AuditKind | 'token';

export type AuditEntry = {
  /** ISO 8601 instant. */
  readonly at: string;
  /** The token that acted; none for the command line (whoever holds the database file). */
  readonly tokenId?: string | undefined;
  readonly role?: Role | undefined;
  readonly kind: AuditEntryKind;
  /** HTTP method, or `CLI`. */
  readonly method: string;
  /** Request path, or the command (`token create`). */
  readonly path: string;
  /** HTTP status, or the command's exit code. */
  readonly status: number;
  /** Hashed, never stored: it may hold personal data. */
  readonly input: unknown;
};

export type AuditVerdict =
  | { ok: true; entries: number; /** The last hash: kept elsewhere, it also guards the tail. */ head: string }
  | { ok: false; seq: number; reason: string };

export const GENESIS_HASH = '0'.repeat(64);

type Row = {
  seq: number;
  at: string;
  token_id: string | null;
  role: string | null;
  kind: string;
  method: string;
  path: string;
  status: number;
  input_hash: string;
  prev_hash: string;
  hash: string;
};

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every depth, so equal inputs hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * sha256(prev_hash | seq | at | token_id | role | kind | method | path | status | input_hash).
 * Each field is JSON-encoded before joining, so a `|` inside one field cannot pass for a separator
 * (moving text between `at` and `token_id` would otherwise keep the hash).
 */
function entryHash(r: Omit<Row, 'hash'>): string {
  const fields = [
    r.prev_hash,
    r.seq,
    r.at,
    r.token_id,
    r.role,
    r.kind,
    r.method,
    r.path,
    r.status,
    r.input_hash,
  ];
  return sha256(fields.map((f) => JSON.stringify(f)).join('|'));
}

/** The highest seq ever written (it survives deletion of the last entries), 0 for an empty log. */
function lastSeq(db: Db): number {
  const row = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as
    { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** Appends one entry, chained to the last; returns its seq. */
export function appendAudit(db: Db, entry: AuditEntry): number {
  return db
    .transaction(() => {
      const prev = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
        { hash: string } | undefined;
      const row: Omit<Row, 'hash'> = {
        seq: lastSeq(db) + 1,
        at: entry.at,
        token_id: entry.tokenId ?? null,
        role: entry.role ?? null,
        kind: entry.kind,
        method: entry.method,
        path: entry.path,
        status: entry.status,
        input_hash: sha256(canonicalJson(entry.input)),
        prev_hash: prev?.hash ?? GENESIS_HASH,
      };
      db.prepare(
        `INSERT INTO audit_log (seq, at, token_id, role, kind, method, path, status, input_hash, prev_hash, hash)
         VALUES (@seq, @at, @token_id, @role, @kind, @method, @path, @status, @input_hash, @prev_hash, @hash)`,
      ).run({ ...row, hash: entryHash(row) });
      return row.seq;
    })
    .immediate();
}

/**
 * Walks the log in seq order: seqs must run 1, 2, 3… up to the highest ever written, each entry must
 * name its predecessor's hash, and each stored hash must match its recomputed fields. Reports the
 * first entry where one of these fails.
 */
export function verifyAudit(db: Db): AuditVerdict {
  // One read transaction, so an append in between cannot look like tampering.
  return db.transaction((): AuditVerdict => {
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];
    let prevHash = GENESIS_HASH;
    for (const [i, r] of rows.entries()) {
      const problem = checkEntry(r, i + 1, prevHash);
      if (problem) return problem;
      prevHash = r.hash;
    }
    const highest = lastSeq(db);
    if (highest > rows.length)
      return {
        ok: false,
        seq: rows.length + 1,
        reason: `entries ${rows.length + 1}..${highest} are missing`,
      };
    return { ok: true, entries: rows.length, head: prevHash };
  })();
}

function checkEntry(r: Row, expectedSeq: number, prevHash: string): AuditVerdict | undefined {
  if (r.seq > expectedSeq) return { ok: false, seq: expectedSeq, reason: `entry ${expectedSeq} is missing` };
  if (r.seq < expectedSeq)
    return { ok: false, seq: r.seq, reason: `seq ${r.seq} where ${expectedSeq} was expected` };
  if (r.prev_hash !== prevHash)
    return { ok: false, seq: r.seq, reason: 'chain broken: prev_hash is not the previous entry’s hash' };
  if (entryHash(r) !== r.hash)
    return { ok: false, seq: r.seq, reason: 'entry changed: its hash does not match its fields' };
  return undefined;
}

/** The sink endpoints write to: the principal, the request and a hash of its input. */
export function auditSink(db: Db, clock: () => Date = () => new Date()): AuditSink {
  return (e) => {
    appendAudit(db, {
      at: clock().toISOString(),
      tokenId: e.principal?.tokenId,
      role: e.principal?.role,
      kind: e.kind,
      method: e.method.toUpperCase(),
      path: e.path,
      status: e.status,
      input: e.input,
    });
  };
}
