// The worker thread of one plan job: plans the scenario it is given, off the service's event loop,
// posting each improvement of the best plan and then the outcome (plan, summary, the validator's
// verdict and the exact model solved, for the provenance of a published plan).
import { performance } from 'node:perf_hooks';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Explanation, Plan, Scenario } from '../domain/index.ts';
import { loadRuleSet } from '../domain/rules.ts';
import { buildPatternModel, createHighsEngine, createJsLpEngine, toCplexLp } from '../../solver/index.ts';
import type { PlanningSettings } from '../planning/build-problem.ts';
import { planScenario, type PlanSummary, type Violation } from '../planning/plan-scenario.ts';

export type PlanJobInput = {
  readonly scenario: Scenario;
  readonly settings: PlanningSettings;
  readonly timeLimitSeconds: number;
  /** Find, for every case left out for capacity, the smallest addition that lets it in. */
  readonly unblock: boolean;
  /**
   * Cases not to plan (an open data-quality issue), each with the explanation that goes into
   * `leftOut` for it. They stay in the scenario, so a detained one still fills its detention place
   * for the planner and the validator, and `leftOut` names only cases the validator knows.
   */
  readonly held?: readonly Explanation[];
};

export type PlanJobOutcome = {
  readonly plan: Plan;
  readonly summary: PlanSummary;
  readonly valid: boolean;
  readonly violations: readonly Violation[];
  /** The model solved, in CPLEX LP format. */
  readonly lpModel: string;
};

export type WorkerMessage =
  | { readonly type: 'progress'; readonly objective: number; readonly seconds: number }
  | { readonly type: 'done'; readonly outcome: PlanJobOutcome }
  | { readonly type: 'failed'; readonly error: string };

/** Sub-problems of the unblock search up to this many options go to javascript-lp-solver. */
const UNBLOCK_SMALL_LIMIT = 60;

export async function runPlanJob(
  input: PlanJobInput,
  post: (message: WorkerMessage) => void,
): Promise<PlanJobOutcome> {
  const held = new Map((input.held ?? []).map((e) => [e.caseId, e]));
  const rules = loadRuleSet(input.scenario.rulesVersion);
  const engine = await createHighsEngine();
  const now = () => performance.now();
  const holds = new Map([...held.values()].map((e) => [e.caseId, { ruleId: e.code, message: e.message }]));
  const outcome = await planScenario(input.scenario, rules, {
    engine,
    timeLimitSeconds: input.timeLimitSeconds,
    now,
    settings: { ...input.settings, held: holds },
    onProgress: ({ objective, seconds }) => post({ type: 'progress', objective, seconds }),
    ...(input.unblock
      ? {
          unblock: {
            cases: 'all',
            engines: { small: createJsLpEngine(), large: engine, smallLimit: UNBLOCK_SMALL_LIMIT, now },
          },
        }
      : {}),
  });
  const plan = explainHeld(outcome.plan, held);
  return {
    plan,
    summary: { ...outcome.summary, leftOut: plan.leftOut.length, leftOutByReason: byReason(plan) },
    valid: outcome.valid,
    violations: outcome.violations,
    lpModel: toCplexLp(buildPatternModel(outcome.problem.problem).milp),
  };
}

/** The plan with each held case explained by its own explanation (code, message, rule ids). */
function explainHeld(plan: Plan, held: ReadonlyMap<string, Explanation>): Plan {
  if (held.size === 0) return plan;
  const scheduled = new Set(plan.departures.map((d) => d.caseId));
  const explained = new Set(plan.leftOut.map((e) => e.caseId));
  const missing = [...held.values()].filter((e) => !explained.has(e.caseId) && !scheduled.has(e.caseId));
  return { ...plan, leftOut: [...plan.leftOut.map((e) => held.get(e.caseId) ?? e), ...missing] };
}

function byReason(plan: Plan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of plan.leftOut) counts[e.code] = (counts[e.code] ?? 0) + 1;
  return counts;
}

async function main(port: MessagePort): Promise<void> {
  const post = (message: WorkerMessage) => port.postMessage(message);
  try {
    post({ type: 'done', outcome: await runPlanJob(workerData as PlanJobInput, post) });
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

if (parentPort) void main(parentPort);
