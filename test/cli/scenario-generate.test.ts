// Depends on src/generate/index.ts (generateScenario({ size, seed })).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { rotonde, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('rotonde scenario generate', () => {
  it('writes a scenario that validates, the same for the same seed', async () => {
    const [a, b] = [tmp.path('a.json'), tmp.path('b.json')];
    const first = await rotonde('scenario', 'generate', '--size', 'small', '--seed', '7', '--out', a);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^wrote .*a\.json: /);
    await rotonde('scenario', 'generate', '--size', 'small', '--seed', '7', '--out', b);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect((await rotonde('scenario', 'validate', a)).code).toBe(0);
  });

  it('exits 2 for an unknown size or a seed that is not an integer', async () => {
    expect((await rotonde('scenario', 'generate', '--size', 'huge')).stderr).toMatch(/--size must be one of/);
    expect((await rotonde('scenario', 'generate', '--size', 'small', '--seed', 'x')).code).toBe(2);
  });
});
