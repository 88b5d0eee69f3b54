// The smallest single addition of capacity that lets a left-out case in (issue: explanations (c)),
// confirmed by re-solving a counterfactual sub-problem: the case and every case now using the
// short resource must all depart, the others stay as planned. Small sub-problems go to
// javascript-lp-solver, larger ones to HiGHS; the answer is re-checked either way.
import type { Assignment, Candidate, Engine, Problem } from '../../solver/index.ts';
import { assignmentViolations, buildPatternModel, solve } from '../../solver/index.ts';
import type { PlanningProblem } from './build-problem.ts';
import { residualCapacity } from './explain.ts';
import { dayWords } from './wording.ts';

export type Unblock = { resource: number; add: number; text: string; confirmedBy: string };

export type UnblockEngines = { small: Engine; large: Engine; smallLimit: number; now: () => number };

const MAX_TRIES = 6;

export async function suggestUnblock(
  pp: PlanningProblem,
  assignment: Assignment,
  caseId: string,
  engines: UnblockEngines,
): Promise<Unblock | null> {
  const c = pp.cases.findIndex((e) => e.case.id === caseId);
  if (c < 0 || (assignment[c] !== null && assignment[c] !== undefined)) return null;
  for (const { resource, add } of singleShortfalls(pp, assignment, c).slice(0, MAX_TRIES)) {
    const confirmedBy = await confirm(pp, assignment, c, resource, add, engines);
    if (confirmedBy) {
      const m = pp.meta[resource]!;
      const when = dayWords(m.date, m.part);
      return { resource, add, text: `+${add} ${m.resource}, ${m.place}, ${when}`, confirmedBy };
    }
  }
  return null;
}

/** Options short of exactly one resource, smallest shortfall first. */
function singleShortfalls(pp: PlanningProblem, assignment: Assignment, c: number) {
  const residual = residualCapacity(pp, assignment);
  const found = new Map<number, number>();
  for (const option of pp.problem.candidates[c]?.options ?? []) {
    const short = option.uses.filter((u) => u.amount > 0 && (residual[u.resource] ?? 0) < u.amount - 1e-9);
    if (short.length !== 1) continue;
    const u = short[0]!;
    const add = Math.ceil(u.amount - (residual[u.resource] ?? 0) - 1e-9);
    found.set(u.resource, Math.min(found.get(u.resource) ?? Infinity, add));
  }
  return [...found.entries()]
    .map(([resource, add]) => ({ resource, add }))
    .sort((a, b) => a.add - b.add || a.resource - b.resource);
}

async function confirm(
  pp: PlanningProblem,
  assignment: Assignment,
  c: number,
  resource: number,
  add: number,
  engines: UnblockEngines,
): Promise<string | null> {
  const involved = pp.problem.candidates
    .map((cand, i) => ({ cand, i }))
    .filter(({ i }) => i === c || usesResource(pp.problem.candidates[i]!, assignment[i], resource));
  const fixed = assignment.map((o, i) => (involved.some((x) => x.i === i) ? null : o));
  const residual = residualCapacity(pp, fixed);
  const sub: Problem = {
    resources: pp.problem.resources.map((r, i) => ({
      ...r,
      capacity: (residual[i] ?? 0) + (i === resource ? add : 0),
    })),
    candidates: involved.map(({ cand }) => ({ ...cand, pinned: true })),
  };
  // javascript-lp-solver only where the whole sub-model (an upper bound on each part the solver
  // hands it) is within its limit in both columns and rows; HiGHS otherwise.
  const { milp } = buildPatternModel(sub);
  const small = milp.variables.length <= engines.smallLimit && milp.rows.length <= engines.smallLimit;
  const engine = small ? engines.small : engines.large;
  const result = await solve(sub, { engine, timeLimitSeconds: 5, now: engines.now });
  const ok = result.status !== 'infeasible' && assignmentViolations(sub, result.assignment).length === 0;
  return ok ? engine.name : null;
}

function usesResource(candidate: Candidate, chosen: number | null | undefined, resource: number): boolean {
  if (chosen === null || chosen === undefined) return false;
  return candidate.options[chosen]?.uses.some((u) => u.resource === resource && u.amount > 0) ?? false;
}
