// `rotonde serve` as a user starts it: a process that seeds an empty database, listens, and stops on a signal.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { listScenarios, openDatabase } from '../../src/store/index.ts';
import { rotonde, tempDir } from './helpers.ts';
import { killAll, running, serveProcess } from '../helpers/serve-process.ts';

const tmp = tempDir();
afterAll(() => {
  killAll();
  tmp.cleanup();
});

const serve = serveProcess;

/** Sends `signal` and resolves with the exit code once the process has stopped. */
function stop(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
    child.kill(signal);
  });
}

describe('rotonde serve', () => {
  const db = tmp.path('serve.db');

  it('imports the demo scenario into an empty database, serves, and stops cleanly on SIGTERM', async () => {
    const served = await serve('--db', db, '--port', '0');
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(served.stdout()).toMatch(/imported demo scenario national-seed-7 \(150 cases\)/);
    expect(served.stdout()).toMatch(/GET +\/scenarios\/:id\/summary/);
    expect(served.stdout()).toMatch(/development tokens/);
    const health = await fetch(`${served.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(await stop(served.child, 'SIGTERM')).toBe(0);

    const stored = openDatabase(db);
    try {
      expect(listScenarios(stored)).toEqual([expect.objectContaining({ id: 'national-seed-7', cases: 150 })]);
    } finally {
      stored.close();
    }
  });

  it('leaves a database that holds scenarios as it is, and stops on SIGINT', async () => {
    const served = await serve('--db', db, '--port', '0');
    expect(served.stdout()).not.toContain('imported');
    expect(await stop(served.child, 'SIGINT')).toBe(0);
  });

  it('refuses a port that is not a number 0..65535 as wrong usage', async () => {
    for (const port of ['http', '65536', '-1']) {
      const r = await rotonde('serve', '--db', tmp.path('unused.db'), '--port', port);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--port/);
    }
  });
});
