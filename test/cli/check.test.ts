// Depends on src/domain/conditions.ts and src/domain/rules.ts (data/rules/<version>.json).
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/dispatch.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { rotonde, tempDir, writeScenario } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const file = writeScenario(tmp.path('check.json'));

describe('rotonde check', () => {
  it('prints the four lights with evidence and rule ids, then the deadlines', async () => {
    const ran = await rotonde('check', '--scenario', file, '--case', 'case-1');
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(/^Case case-1 on 2026-09-01 \(rules nl-2026-07\)/);
    for (const id of ['legally-removable', 'available', 'in-detention', 'travel-document']) {
      expect(ran.stdout).toMatch(new RegExp(`^\\[(GREEN|AMBER|RED) *\\] ${id}: `, 'm'));
    }
    expect(ran.stdout).toMatch(/^ {4}evidence: \S+ = /m);
    expect(ran.stdout).toMatch(/^ {4}rules: [a-z0-9.-]+/m);
    expect(ran.stdout).toMatch(/^Deadlines\n/m);
    expect(ran.stdout).toMatch(/^ {2}detention limit +\d{4}-\d{2}-\d{2} +rules: detention\./m);
    expect(ran.stdout).not.toContain('\x1b[');
  });

  it('the rule ids printed are the ones of the result', async () => {
    const json = JSON.parse(
      (await rotonde('check', '--scenario', file, '--case', 'case-2', '--json')).stdout,
    );
    const text = (await rotonde('check', '--scenario', file, '--case', 'case-2')).stdout;
    expect(json.conditions).toHaveLength(4);
    const ids: string[] = json.conditions.flatMap((c: { ruleIds: string[] }) => c.ruleIds);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(text).toContain(id);
  });

  it("uses --date, and defaults to the date of the scenario's now", async () => {
    const on = (args: string[]) =>
      rotonde('check', '--scenario', file, '--case', 'case-4', '--json', ...args);
    expect(JSON.parse((await on([])).stdout).on).toBe('2026-09-01');
    expect(JSON.parse((await on(['--date', '2026-09-10'])).stdout).on).toBe('2026-09-10');
    expect((await on(['--date', '2026-09-31'])).code).toBe(2);
  });

  it('colours the lights with ● on a terminal', async () => {
    const io = memoryIo(true);
    expect(await runCli(['check', '--scenario', file, '--case', 'case-1'], io)).toBe(0);
    expect(io.stdout()).toContain('\x1b[3');
    expect(io.stdout()).toContain('● ');
  });

  it('names a few valid ids for an unknown case', async () => {
    const ran = await rotonde('check', '--scenario', file, '--case', 'case-99');
    expect(ran).toMatchObject({ code: 1, stdout: '' });
    expect(ran.stderr).toBe('unknown case "case-99"; cases include: case-1, case-2, case-3, case-4\n');
  });

  it('reports an unknown rule set', async () => {
    const other = writeScenario(tmp.path('rules.json'), (s) => (s.rulesVersion = 'nl-1999-01'));
    const ran = await rotonde('check', '--scenario', other, '--case', 'case-1');
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('nl-1999-01');
  });
});
