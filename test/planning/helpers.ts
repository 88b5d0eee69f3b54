// Shared set-up for planner tests: generated scenarios, the rule set, one HiGHS engine.
import { performance } from 'node:perf_hooks';
import { Scenario } from '../../src/domain/index.ts';
import { loadRuleSet, type RuleSet } from '../../src/domain/rules.ts';
import { generateScenario } from '../../src/generate/index.ts';
import { planScenario, type PlanOutcome, type PlanOptions } from '../../src/planning/plan-scenario.ts';
import { createHighsEngine, type Engine } from '../../solver/index.ts';

let engine: Engine | undefined;
export async function highs(): Promise<Engine> {
  engine ??= await createHighsEngine();
  return engine;
}

export function rules(version = 'nl-2026-07'): RuleSet {
  return loadRuleSet(version);
}

export function generated(seed: number, size: 'small' | 'national' = 'small'): Scenario {
  return Scenario.parse(generateScenario({ size, seed }));
}

export async function plan(scenario: Scenario, extra: Partial<PlanOptions> = {}): Promise<PlanOutcome> {
  return planScenario(scenario, rules(scenario.rulesVersion), {
    engine: await highs(),
    timeLimitSeconds: 20,
    relativeGap: 0,
    now: () => performance.now(),
    ...extra,
  });
}
