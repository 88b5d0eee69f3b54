// Plans a scenario: build the problem, solve it, fill what still fits, assign partners, explain the
// cases left out, and have the independent validator judge the result. A plan that fails the
// validator is never returned as valid: the greedy plan is tried instead, and failing that the
// result says so.
import type { Plan, Scenario } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { Assignment, Engine, SolveOptions, SolveResult } from '../../solver/index.ts';
import { assignmentViolations, greedy, objectiveOf, solve } from '../../solver/index.ts';
import { validatePlan } from '../validate/index.ts';
import { assignPartners } from './assign-partners.ts';
import {
  buildProblem,
  DEFAULT_SETTINGS,
  type PlanningProblem,
  type PlanningSettings,
} from './build-problem.ts';
import { explainLeftOut } from './explain.ts';
import { fillResidual } from './fill.ts';
import { suggestUnblock, type UnblockEngines } from './unblock.ts';

export type PlanOptions = {
  readonly engine: Engine;
  readonly timeLimitSeconds: number;
  readonly relativeGap?: number;
  readonly settings?: PlanningSettings;
  readonly now: () => number;
  /** Cases (or all) for which to find the smallest capacity addition that lets them in. */
  readonly unblock?: { readonly cases: 'all' | readonly string[]; readonly engines: UnblockEngines };
  /** Called whenever the best plan known improves (passed to the solver). */
  readonly onProgress?: SolveOptions['onProgress'];
};

export type Violation = { ruleId: string; caseId?: string; message: string };

export type PlanOutcome = {
  readonly plan: Plan;
  readonly valid: boolean;
  readonly violations: readonly Violation[];
  readonly solve: SolveResult;
  readonly problem: PlanningProblem;
  readonly assignment: Assignment;
  readonly summary: PlanSummary;
};

export type PlanSummary = {
  scheduled: number;
  persons: number;
  leftOut: number;
  leftOutByReason: Record<string, number>;
  detentionNights: number;
  objective: number;
  bound: number;
  gap: number;
  seconds: number;
  status: string;
  source: string;
  candidates: number;
  options: number;
  resources: number;
  /** Seconds spent building the model before solving (the rest of `seconds` is solving and checking). */
  buildSeconds?: number;
};

export async function planScenario(
  scenario: Scenario,
  rules: RuleSet,
  options: PlanOptions,
): Promise<PlanOutcome> {
  const started = options.now();
  const pp = buildProblem(scenario, rules, options.settings ?? DEFAULT_SETTINGS);
  // The time limit covers the whole run: building took some, and checking the plan takes some more.
  const spent = (options.now() - started) / 1000;
  const buildSeconds = spent;
  const reserve = Math.min(5, 0.08 * options.timeLimitSeconds);
  const solved = await solve(pp.problem, {
    engine: options.engine,
    timeLimitSeconds: Math.max(0.5, options.timeLimitSeconds - spent - reserve),
    now: options.now,
    ...(options.relativeGap === undefined ? {} : { relativeGap: options.relativeGap }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  let assignment = fillResidual(pp.problem, solved.assignment);
  let built = toPlan(pp, assignment, rules);
  if (built.violations.length > 0) {
    const fallback = fillResidual(pp.problem, greedy(pp.problem));
    const second = toPlan(pp, fallback, rules);
    if (second.violations.length === 0 || second.violations.length < built.violations.length) {
      assignment = fallback;
      built = second;
    }
  }
  const plan = options.unblock ? await withUnblock(pp, assignment, built.plan, options.unblock) : built.plan;
  const seconds = (options.now() - started) / 1000;
  return {
    plan,
    valid: built.violations.length === 0,
    violations: built.violations,
    solve: solved,
    problem: pp,
    assignment,
    summary: { ...summarise(pp, assignment, built.plan, solved, seconds), buildSeconds },
  };
}

async function withUnblock(
  pp: PlanningProblem,
  assignment: Assignment,
  plan: Plan,
  request: NonNullable<PlanOptions['unblock']>,
): Promise<Plan> {
  const leftOut = [];
  for (const e of plan.leftOut) {
    const wanted = request.cases === 'all' || request.cases.includes(e.caseId);
    const found =
      wanted && e.code === 'capacity.exhausted'
        ? await suggestUnblock(pp, assignment, e.caseId, request.engines)
        : null;
    leftOut.push(
      found ? { ...e, unblockedBy: `${found.text} (confirmed by re-solving with ${found.confirmedBy})` } : e,
    );
  }
  return { ...plan, leftOut };
}

function toPlan(pp: PlanningProblem, assignment: Assignment, rules: RuleSet) {
  const chosen = pp.cases.flatMap((entry, c) => {
    const o = assignment[c];
    return o === null || o === undefined ? [] : [entry.options[o]!];
  });
  const assigned = assignPartners(pp.context, chosen);
  const plan: Plan = {
    formatVersion: 1,
    scenarioId: pp.context.scenario.id,
    rulesVersion: rules.version,
    intakes: assigned.intakes,
    departures: assigned.departures,
    leftOut: explainLeftOut(pp, assignment, rules),
  };
  const engineProblems = assignmentViolations(pp.problem, assignment).map((m) => ({
    ruleId: 'solver.capacity',
    message: m,
  }));
  const partnerProblems = assigned.problems.map((m) => ({ ruleId: 'intake.parties', message: m }));
  const violations: Violation[] = [
    ...engineProblems,
    ...partnerProblems,
    ...validatePlan(pp.context.scenario, plan, rules),
  ];
  return { plan, violations };
}

function summarise(
  pp: PlanningProblem,
  assignment: Assignment,
  plan: Plan,
  solved: SolveResult,
  seconds: number,
): PlanSummary {
  const leftOutByReason: Record<string, number> = {};
  for (const e of plan.leftOut) leftOutByReason[e.code] = (leftOutByReason[e.code] ?? 0) + 1;
  let persons = 0;
  let nights = 0;
  pp.cases.forEach((entry, c) => {
    const o = assignment[c];
    if (o === null || o === undefined) return;
    persons += entry.facts.persons;
    nights += entry.options[o]!.nights;
  });
  const objective = objectiveOf(pp.problem, assignment);
  const bound = Math.max(solved.bound ?? objective, objective);
  return {
    scheduled: plan.departures.length,
    persons,
    leftOut: plan.leftOut.length,
    leftOutByReason,
    detentionNights: nights,
    objective,
    bound,
    gap: bound === 0 ? 0 : (bound - objective) / Math.abs(bound),
    seconds,
    status: solved.status,
    source: solved.source,
    candidates: pp.problem.candidates.length,
    options: pp.problem.candidates.reduce((n, c) => n + c.options.length, 0),
    resources: pp.problem.resources.length,
  };
}
