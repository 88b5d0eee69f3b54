import { describe, expect, it } from 'vitest';
import { withTimeFloor, workClock } from '../../src/sim-runner/worker.ts';
import type { Engine, EngineOptions } from '../../solver/index.ts';

describe('workClock', () => {
  it('advances a fixed step per reading, from zero', () => {
    const now = workClock(0.5);
    expect([now(), now(), now()]).toEqual([0, 0.5, 1]);
    expect(workClock()()).toBe(0);
  });
});

describe('withTimeFloor', () => {
  it('gives the engine at least the floor and passes every other option through', async () => {
    const seen: EngineOptions[] = [];
    const engine: Engine = {
      name: 'recording',
      solve: (_model, options) => {
        seen.push(options);
        return Promise.resolve({ status: 'optimal', values: [], objective: 0, seconds: 0 });
      },
    };
    const floored = withTimeFloor(engine, 30);
    const model = { sense: 'maximize', variables: [], rows: [] } as unknown as Parameters<Engine['solve']>[0];
    await floored.solve(model, { timeLimitSeconds: 0.4, relativeGap: 1e-4 });
    await floored.solve(model, { timeLimitSeconds: 90 });
    expect(seen).toEqual([{ timeLimitSeconds: 30, relativeGap: 1e-4 }, { timeLimitSeconds: 90 }]);
    expect(floored.name).toBe('recording');
  });
});
