// The real entry points, as a user runs them: a process, its exit code, its streams.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir, writeScenario } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function run(entry: string[], ...argv: string[]) {
  const r = spawnSync(process.execPath, [...entry, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tsxMain = ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts'];
const bin = ['bin/rotonde.mjs'];

describe('the rotonde process', () => {
  it('validates a scenario through tsx and src/cli/main.ts', () => {
    const ok = run(tsxMain, 'scenario', 'validate', writeScenario(tmp.path('ok.json')));
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toMatch(/^ok: fixture-1: /);
  });

  it('passes the exit code and stderr through bin/rotonde.mjs', () => {
    const bad = run(
      bin,
      'scenario',
      'validate',
      writeScenario(tmp.path('bad.json'), (s) => (s.window.end = 'soon')),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^window\.end: expected a date YYYY-MM-DD/m);
    expect(run(bin, 'no-such-command').code).toBe(2);
  });
});
