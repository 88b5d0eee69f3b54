// Helpers for the validator's tiny-world tests: change a fresh copy of the world, validate, and read
// back the rule ids of the violations.
import type { Plan, Scenario } from '../../src/domain/index.ts';
import { loadRuleSet } from '../../src/domain/rules.ts';
import { validatePlan } from '../../src/validate/index.ts';
import type { Violation } from '../../src/validate/index.ts';
import { tinyPlan, tinyScenario } from '../fixtures/tiny-world.ts';

export const rules = loadRuleSet('nl-2026-07');

export type World = { scenario: Scenario; plan: Plan };

/** The violations of the tiny world's plan after `change` (none: the lawful plan as it is). */
export function violationsAfter(change: (w: World) => void = () => {}): Violation[] {
  const world = { scenario: tinyScenario(), plan: tinyPlan() };
  change(world);
  return validatePlan(world.scenario, world.plan, rules);
}

/** The distinct rule ids broken after `change`, sorted. */
export function ruleIdsAfter(change: (w: World) => void = () => {}): string[] {
  return [...new Set(violationsAfter(change).map((v) => v.ruleId))].sort();
}

/** An element that must exist: fails the test with a clear message otherwise. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`tiny world: no ${what}`);
  return value;
}

export const intakeOf = (w: World, caseId: string) =>
  must(
    w.plan.intakes.find((i) => i.caseId === caseId),
    `intake of ${caseId}`,
  );
export const departureOf = (w: World, caseId: string) =>
  must(
    w.plan.departures.find((d) => d.caseId === caseId),
    `departure of ${caseId}`,
  );
export const caseOf = (w: World, caseId: string) =>
  must(
    w.scenario.cases.find((c) => c.id === caseId),
    `case ${caseId}`,
  );
export const flightOf = (w: World, flightId: string) =>
  must(
    w.scenario.flights.find((f) => f.id === flightId),
    `flight ${flightId}`,
  );
