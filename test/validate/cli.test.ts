// rotonde validate, run in-process on files in a temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/commands/validate.ts';
import { tinyPlanJson, tinyScenarioJson } from '../fixtures/tiny-world.ts';

const dir = mkdtempSync(join(tmpdir(), 'rotonde-validate-'));

function file(name: string, json: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidate(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const scenario = file('scenario.json', tinyScenarioJson());
const plan = file('plan.json', tinyPlanJson());
const brokenPlan = (() => {
  const p = tinyPlanJson() as { departures: { escorts: number }[] };
  if (p.departures[0]) p.departures[0].escorts = 0;
  return file('broken-plan.json', p);
})();

describe('rotonde validate', () => {
  it('prints the size of a valid plan and exits 0', async () => {
    const r = await cli(['--scenario', scenario, '--plan', plan]);
    expect(r).toEqual({ code: 0, stdout: 'valid: 2 intakes, 3 departures\n', stderr: '' });
  });
  it('prints each violation with rule id and case, and exits 1', async () => {
    const r = await cli(['--scenario', scenario, '--plan', brokenPlan]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^escort\.min-per-person {2}man {2}flight kl-tbs: 0 escorts/m);
    expect(r.stdout).toContain('invalid: 1 violation\n');
  });
  it('prints one JSON document with --json', async () => {
    const r = await cli(['--scenario', scenario, '--plan', brokenPlan, '--json']);
    const doc = JSON.parse(r.stdout) as { valid: boolean; violations: { ruleId: string }[] };
    expect(r.code).toBe(1);
    expect(doc.valid).toBe(false);
    expect(doc.violations.map((v) => v.ruleId)).toEqual(['escort.min-per-person']);
  });
  it('reports a file that is not JSON and exits 1', async () => {
    const r = await cli(['--scenario', scenario, '--plan', file('bad.json', '{ not json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not valid JSON');
  });
  it('reports wrong usage and exits 2', async () => {
    const r = await cli(['--scenario', scenario]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --plan');
  });
});
