// Crash safety: `rotonde serve` killed with SIGKILL in the middle of a stream of partner-feed ingests.
// After a restart the database must pass SQLite's own checks, and every write the server acknowledged
// (a 2xx sent back) must be there: an upsert is one IMMEDIATE transaction in a WAL database, and a
// reply is only sent after its commit. The write in flight at the kill may or may not have landed,
// but never in part.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/domain/index.ts';
import { exportScenario, openDatabase } from '../../src/store/index.ts';
import { killAll, serveProcess } from '../helpers/serve-process.ts';

const national = JSON.parse(readFileSync('data/scenarios/national.json', 'utf8')) as ScenarioInput;
const SID = national.id;
/** The flights the stream changes, in turn; each change raises the flight's version by one. */
const FLIGHTS = national.flights.filter((f) => f.kind === 'scheduled').slice(0, 5) as (Record<
  string,
  unknown
> & { id: string; seats: number })[];
/** Acknowledged writes before each kill: enough to span several versions of every flight. */
const ACKED_PER_ROUND = 20;
/** When each round's kill comes, as a share of the typical write's time. */
const KILL_AT = [0.25, 0.5, 0.9];

const dir = mkdtempSync(join(tmpdir(), 'rotonde-crash-'));
const dbFile = join(dir, 'crash.db');
const secretFile = join(dir, 'secret');
afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

/** `rotonde serve` on the crash database; resolves once it prints where it listens. */
function serve() {
  return serveProcess('--db', dbFile, '--port', '0', '--secret', secretFile);
}

function exited(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

type Write = { flightId: string; version: number; seats: number };

/** The i-th write of the stream: flights in turn, each at its next version with a new seat count. */
function write(i: number): Write {
  const flight = FLIGHTS[i % FLIGHTS.length]!;
  // Imported flights are at version 1.
  const version = 2 + Math.floor(i / FLIGHTS.length);
  return { flightId: flight.id, version, seats: flight.seats + version };
}

function put(url: string, token: string, w: Write): Promise<Response> {
  const flight = FLIGHTS.find((f) => f.id === w.flightId)!;
  return fetch(`${url}/flights/${encodeURIComponent(w.flightId)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version: w.version, source: 'crash-test', record: { ...flight, seats: w.seats } }),
  });
}

/** Checks the database as a crash left it: SQLite's checks, the scenario whole, every acknowledged write. */
function checkDatabase(acked: readonly Write[], attempted: readonly Write[]): void {
  const db = openDatabase(dbFile);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const scenario = exportScenario(db, SID);
    expect(scenario).toBeDefined();
    // Whole, not half-rewritten: an upsert deletes and rewrites every row of the scenario.
    expect(scenario!.flights).toHaveLength(national.flights.length);
    expect(scenario!.cases).toHaveLength(national.cases.length);

    const versions = new Map(
      (
        db
          .prepare(
            "SELECT external_id, version FROM record_versions WHERE scenario_id = ? AND kind = 'flight'",
          )
          .all(SID) as { external_id: string; version: number }[]
      ).map((r) => [r.external_id, r.version]),
    );
    const lastAcked = new Map(acked.map((w) => [w.flightId, w]));
    expect(lastAcked.size).toBe(FLIGHTS.length);
    for (const [flightId, w] of lastAcked) {
      const version = versions.get(flightId);
      expect(version, flightId).toBeGreaterThanOrEqual(w.version);
      // The acknowledged version, or a later one sent but cut off by a kill that committed anyway:
      // either way the seats are those of exactly that write.
      const sent = attempted.find((a) => a.flightId === flightId && a.version === version);
      const stored = scenario!.flights.find((f) => f.id === flightId);
      const seats = stored?.kind === 'scheduled' ? stored.seats : undefined;
      expect({ flightId, version, seats }).toEqual(sent);
    }
  } finally {
    db.close();
  }
}

describe('crash safety of ingest', () => {
  it('SIGKILL mid-stream, restart: integrity_check ok, no foreign-key violations, every acknowledged write present', async () => {
    const acked: Write[] = [];
    const attempted: Write[] = [];
    let token: string | undefined;
    let next = 0;
    // Each round kills at another point of the write in flight: early (reading and validating the
    // scenario), halfway, and late (rewriting rows, committing).
    for (const killAt of KILL_AT) {
      const served = await serve();
      token ??= /^\s+planner\s+([A-Za-z0-9_-]{43})\b/m.exec(served.stdout())?.[1];
      expect(token, served.stdout()).toBeDefined();

      // The stream: one write at a time, each acknowledged (2xx) before the next is sent.
      const latencies: number[] = [];
      for (let n = 0; n < ACKED_PER_ROUND; n++) {
        const w = write(next++);
        attempted.push(w);
        const started = performance.now();
        const res = await put(served.url, token!, w);
        const body = await res.text();
        expect(res.status, body).toBe(200);
        expect(JSON.parse(body)).toMatchObject({ changed: true, version: w.version });
        latencies.push(performance.now() - started);
        acked.push(w);
      }

      // The next write is sent, and the server killed while it is being handled.
      const inFlight = write(next++);
      attempted.push(inFlight);
      const pending = put(served.url, token!, inFlight).then(
        (res) => res.status,
        () => undefined,
      );
      const typical = [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)]!;
      await new Promise((resolve) => setTimeout(resolve, typical * killAt));
      served.child.kill('SIGKILL');
      expect(await exited(served.child)).toEqual({ code: null, signal: 'SIGKILL' });
      // Nothing answers any more: the process killed is the server, not a wrapper around it.
      await expect(fetch(`${served.url}/health`)).rejects.toThrow();
      // A reply that got out before the kill is an acknowledgement like any other.
      const status = await pending;
      if (status !== undefined && status >= 200 && status < 300) acked.push(inFlight);
      // The kill left the write-ahead log behind for recovery: a crash, not a clean close.
      expect(existsSync(`${dbFile}-wal`)).toBe(true);

      checkDatabase(acked, attempted);
    }

    // Restarted once more, the service serves and takes the stream up where it was cut off.
    const served = await serve();
    expect(served.stdout()).not.toContain('imported demo scenario');
    expect(await (await fetch(`${served.url}/health`)).json()).toEqual({ status: 'ok' });
    const w = write(next);
    attempted.push(w);
    const res = await put(served.url, token!, w);
    expect(res.status, await res.text()).toBe(200);
    acked.push(w);
    served.child.kill('SIGTERM');
    expect(await exited(served.child)).toEqual({ code: 0, signal: null });
    checkDatabase(acked, attempted);
  });
});
