// The validator's vocabulary: a violation of one hard rule (docs/planning-rules.md), and a check.
import type { Plan, Scenario } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { ScenarioIndex } from './context.ts';

/** One broken hard rule, named by its rule id, with the numbers that show it. */
export type Violation = {
  /** The rule id of docs/planning-rules.md, e.g. `detention.capacity`; or `plan.schema`. */
  ruleId: string;
  caseId?: string;
  /** A sentence with the numbers, e.g. "Zeist families wing, night 2026-12-09: 23 persons, 22 places". */
  message: string;
  details: Record<string, string | number | boolean>;
};

/** What every check reads: the scenario, the plan, the rule set and lookups built once. */
export type CheckContext = {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly rules: RuleSet;
  readonly index: ScenarioIndex;
};

/** A check recomputes one hard rule (or a few of one rule number) from the scenario and the plan. */
export type Check = (ctx: CheckContext) => Violation[];

/** A registered check: the numbered rule of docs/planning-rules.md and the rule ids it reports. */
export type RegisteredCheck = {
  readonly rule: number;
  readonly ruleIds: readonly string[];
  readonly check: Check;
};

export function violation(
  ruleId: string,
  caseId: string | undefined,
  message: string,
  details: Violation['details'] = {},
): Violation {
  return caseId === undefined ? { ruleId, message, details } : { ruleId, caseId, message, details };
}
