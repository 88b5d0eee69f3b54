// validatePlanFile: zod first (schema errors as violations with field paths), then every rule.
import { describe, expect, it } from 'vitest';
import { validatePlanFile } from '../../src/validate/index.ts';
import { tinyPlanJson, tinyScenarioJson } from '../fixtures/tiny-world.ts';

const planJson = () => tinyPlanJson() as { intakes: Record<string, unknown>[]; departures: unknown[] };

describe('validatePlanFile', () => {
  it('accepts the tiny world as read from JSON', () => {
    expect(validatePlanFile(tinyScenarioJson(), tinyPlanJson())).toEqual([]);
  });
  it('reports a plan field of the wrong kind by its path', () => {
    const plan = planJson();
    Object.assign(plan.intakes[0] ?? {}, { part: 'evening' });
    const found = validatePlanFile(tinyScenarioJson(), plan);
    expect(found.map((v) => [v.ruleId, v.details.path])).toEqual([['plan.schema', 'intakes[0].part']]);
  });
  it('reports a scenario schema error by its path', () => {
    const scenario = tinyScenarioJson();
    scenario.now = '2026-12-07 09:00';
    const found = validatePlanFile(scenario, tinyPlanJson());
    expect(found.map((v) => [v.ruleId, v.details.path])).toEqual([['scenario.schema', 'now']]);
  });
  it('reports a rule set that cannot be loaded', () => {
    const scenario = tinyScenarioJson();
    scenario.rulesVersion = 'xx-1999-01';
    const found = validatePlanFile(scenario, tinyPlanJson());
    expect(found.map((v) => [v.ruleId, v.details.path])).toEqual([['scenario.schema', 'rulesVersion']]);
  });
  it('does not throw on documents that are not objects at all', () => {
    const found = validatePlanFile(undefined, 'a plan');
    expect(found.map((v) => v.ruleId)).toEqual(['scenario.schema', 'plan.schema']);
  });
  it('checks the rules once both parse', () => {
    const plan = planJson();
    Object.assign(plan.intakes[0] ?? {}, { lawyerId: 'lawyer-9' });
    expect(validatePlanFile(tinyScenarioJson(), plan).map((v) => v.ruleId)).toEqual(['plan.references']);
  });
});
