// --export-lp writes the exact model: another solver reading the LP text reaches the planner's optimum.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/plan.ts';
import { memoryIo } from '../../src/cli/io.ts';
import highsLoader from 'highs';
import { generated, plan } from './helpers.ts';

describe('the exported LP model', () => {
  it('solves, read back from CPLEX LP text, to the objective the planner proves optimal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotonde-lp-'));
    const scenario = generated(21);
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(scenario));
    const io = memoryIo();
    expect(
      await run(['--scenario', file, '--export-lp', join(dir, 'model.lp'), '--time-limit', '20'], io),
    ).toBe(0);
    const outcome = await plan(scenario);
    expect(outcome.summary.status).toBe('optimal');
    const load = (highsLoader as unknown as { default?: () => Promise<unknown> }).default ?? highsLoader;
    const highs = await (
      load as () => Promise<{ solve: (lp: string) => { Status: string; ObjectiveValue: number } }>
    )();
    const solved = highs.solve(readFileSync(join(dir, 'model.lp'), 'utf8'));
    expect(solved.Status).toBe('Optimal');
    expect(solved.ObjectiveValue).toBeCloseTo(outcome.summary.objective, 3);
  });
});
