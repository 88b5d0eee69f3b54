import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/domain/rules.ts';
import { createPlannerStep, simulateWithPlanner } from '../../src/simulation/planner-step.ts';
import { simulate } from '../../src/simulation/run.ts';
import { createHighsEngine, type Engine } from '../../solver/index.ts';
import { baselineParameters } from './baseline.ts';

const params = baselineParameters();
const rules = loadRuleSet('nl-2026-07');
let engine: Engine | undefined;
const highs = async (): Promise<Engine> => (engine ??= await createHighsEngine());

async function run(seed: number, days = 30) {
  const step = createPlannerStep({
    engine: await highs(),
    rules,
    now: () => performance.now(),
    cycleDays: 3,
    seed,
    templates: 2,
  });
  const result = await simulateWithPlanner(params, { days, seed, step });
  return { step, result };
}

describe('planner step', () => {
  it('departs people by force only on plans the validator accepted', async () => {
    const { step, result } = await run(1);
    expect(step.counters.plansMade).toBeGreaterThan(0);
    expect(step.counters.plansValid).toBe(step.counters.plansMade);
    expect(step.cycles.every((c) => c.valid && c.violations === 0)).toBe(true);
    expect(result.forcedDepartures).toBeGreaterThan(0);
    expect(result.forcedDepartures).toBe(step.counters.departuresReturned);
    expect(step.counters.departuresReturned).toBeLessThanOrEqual(step.counters.departuresPlanned);
    // the day loop's capacity stays an upper bound
    for (const d of result.daily) {
      expect(d.outflow.forced + d.outflow.dublinTransfer).toBeLessThanOrEqual(d.forcedCapacity);
    }
    // the first cycle starts on day 1
    expect(result.daily[0]!.outflow.forced + result.daily[0]!.outflow.dublinTransfer).toBe(0);
  }, 120_000);

  it('is deterministic for a seed', async () => {
    const a = await run(2, 15);
    const b = await run(2, 15);
    expect(b.result.daily).toEqual(a.result.daily);
    expect(b.step.cycles).toEqual(a.step.cycles);
  }, 120_000);

  it('with plain simulate (no prepare) sends no one and counts the missed cycle', async () => {
    const step = createPlannerStep({ engine: await highs(), rules, now: () => 0, cycleDays: 4, seed: 1 });
    const asPlain = simulate(params, { days: 3, seed: 5, forced: step });
    expect(asPlain.totals.forcedDepartures).toBe(0);
    expect(step.counters.cyclesMissed).toBe(1);
    expect(step.counters.plansMade).toBe(0);
  });
});
