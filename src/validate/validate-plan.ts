// The independent validator: every hard rule of docs/planning-rules.md recomputed from the scenario
// and the plan alone. It returns violations; it does not throw for any plan or scenario.
import { Plan, Scenario } from '../domain/index.ts';
import { parseWith } from '../domain/parse.ts';
import { loadRuleSet } from '../domain/rules.ts';
import type { RuleSet } from '../domain/rules.ts';
import { allChecks } from './checks.ts';
import { buildContext } from './context.ts';
import { violation } from './types.ts';
import type { CheckContext, RegisteredCheck, Violation } from './types.ts';

/** Every violation of a hard rule by `plan` in `scenario` under `rules`; empty when the plan is lawful. */
export function validatePlan(scenario: Scenario, plan: Plan, rules: RuleSet): Violation[] {
  const ctx = buildContext(scenario, plan, rules);
  return allChecks.flatMap((c) => runCheck(c, ctx));
}

/**
 * A check that cannot finish (a rule missing from the rule set, a broken date) fails closed: the plan
 * is not shown lawful, and the violation names the rule that could not be checked.
 */
function runCheck(c: RegisteredCheck, ctx: CheckContext): Violation[] {
  try {
    return c.check(ctx);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const ruleId = c.ruleIds[0] ?? 'validator';
    return [
      violation(
        ruleId,
        undefined,
        `rule ${c.rule} (${c.ruleIds.join(', ')}) could not be checked: ${reason}`,
        { rule: c.rule, unchecked: true },
      ),
    ];
  }
}

export type PlanFileReport = {
  violations: Violation[];
  /** The parsed plan, when it parsed. */
  plan?: Plan;
};

/** Parses a scenario and a plan (as read from JSON) with zod, then validates the plan. */
export function validatePlanFile(scenarioJson: unknown, planJson: unknown): Violation[] {
  return checkPlanFile(scenarioJson, planJson).violations;
}

/** As validatePlanFile, also returning the parsed plan (the CLI reports its size). */
export function checkPlanFile(scenarioJson: unknown, planJson: unknown): PlanFileReport {
  const scenario = parseWith(Scenario, scenarioJson);
  const plan = parseWith(Plan, planJson);
  const schemaErrors = [
    ...(scenario.ok ? [] : scenario.errors.map((e) => schemaViolation('scenario.schema', e.path, e.message))),
    ...(plan.ok ? [] : plan.errors.map((e) => schemaViolation('plan.schema', e.path, e.message))),
  ];
  if (!scenario.ok || !plan.ok)
    return plan.ok ? { violations: schemaErrors, plan: plan.value } : { violations: schemaErrors };
  const rules = ruleSetFor(scenario.value.rulesVersion);
  if (!rules.ok) return { violations: [rules.violation], plan: plan.value };
  return { violations: validatePlan(scenario.value, plan.value, rules.value), plan: plan.value };
}

function schemaViolation(ruleId: string, path: string, message: string): Violation {
  return violation(ruleId, undefined, `${path}: ${message}`, { path });
}

function ruleSetFor(version: string): { ok: true; value: RuleSet } | { ok: false; violation: Violation } {
  try {
    return { ok: true, value: loadRuleSet(version) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      violation: schemaViolation(
        'scenario.schema',
        'rulesVersion',
        `rule set "${version}" not loaded: ${reason}`,
      ),
    };
  }
}
