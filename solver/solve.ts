// Solving: a greedy start, independent parts apart, the engine with a time limit, and every
// engine answer re-checked. The best feasible assignment found is always returned.
import type { Engine } from './milp.ts';
import type { Assignment, Problem, SolveResult, SolveStatus } from './problem.ts';
import { assignmentViolations, objectiveOf } from './assignment.ts';
import { splitIndependentParts, type Part } from './components.ts';
import { bestFittingOption, greedy, lpGuidedGreedy } from './greedy.ts';
import { lpDive } from './dive.ts';
import { improveBySwaps } from './improve.ts';
import { improveInNeighbourhood } from './neighbourhood.ts';
import { usage } from './assignment.ts';
import { assignmentToValues, buildPatternModel, valuesToAssignment, type PatternModel } from './model.ts';

export type SolveOptions = {
  readonly engine: Engine;
  readonly timeLimitSeconds: number;
  readonly relativeGap?: number;
  /** Milliseconds since some origin; injected so the core has no clock of its own. */
  readonly now: () => number;
};

/** Relative gap at which a plan counts as optimal when the caller names none. */
export const DEFAULT_GAP = 1e-4;

type PartResult = { assignment: Assignment; status: SolveStatus; bound: number; source: 'engine' | 'greedy' };

export async function solve(problem: Problem, options: SolveOptions): Promise<SolveResult> {
  const started = options.now();
  const log: string[] = [];
  const parts = splitIndependentParts(problem);
  log.push(`${parts.length} independent part(s)`);
  const assignment: (number | null)[] = problem.candidates.map(() => null);
  const statuses: SolveStatus[] = [];
  let bound = 0;
  let engineUsed = false;
  const totalColumns = parts.reduce((n, p) => n + columnCount(p.problem), 0) || 1;
  for (const part of parts) {
    const elapsed = (options.now() - started) / 1000;
    const share = Math.max(
      0.5,
      ((options.timeLimitSeconds - elapsed) * columnCount(part.problem)) / totalColumns,
    );
    const result = await solvePart(part, { ...options, timeLimitSeconds: share }, log);
    part.candidates.forEach((c, k) => (assignment[c] = result.assignment[k] ?? null));
    statuses.push(result.status);
    bound += result.bound;
    engineUsed ||= result.source === 'engine';
  }
  const objective = objectiveOf(problem, assignment);
  return {
    status: combine(statuses),
    assignment,
    objective,
    bound: Math.max(bound, objective),
    source: engineUsed ? 'engine' : 'greedy',
    engine: options.engine.name,
    seconds: (options.now() - started) / 1000,
    log,
  };
}

async function solvePart(part: Part, options: SolveOptions, log: string[]): Promise<PartResult> {
  const { problem } = part;
  const deadline = options.now() + options.timeLimitSeconds * 1000;
  const plain = greedy(problem);
  if (problem.candidates.length === 1) {
    return { assignment: plain, status: 'optimal', bound: objectiveOf(problem, plain), source: 'greedy' };
  }
  const model = buildPatternModel(problem);
  const relaxed = await relaxation(model, problem, options);
  const rounded = better(problem, plain, relaxed ? lpGuidedGreedy(problem, relaxed.values) : null);
  const diveUntil = options.now() + (deadline - options.now()) / 2;
  const dived = relaxed ? await lpDive(problem, options.engine, options.now, diveUntil) : null;
  const polishUntil = options.now() + (deadline - options.now()) / 4;
  const candidate = better(problem, rounded, dived ? fillUp(problem, dived) : null);
  const swapped = improveBySwaps(problem, candidate, options.now, polishUntil);
  const start = relaxed
    ? await improveInNeighbourhood(
        problem,
        relaxed.values,
        swapped,
        options.engine,
        Math.max(0.2, (deadline - options.now()) / 3000),
        options.relativeGap ?? DEFAULT_GAP,
        (line) => log.push(line),
      )
    : swapped;
  const startObjective = objectiveOf(problem, start);
  const lpBound = relaxed?.bound ?? upperBound(problem);
  const gap = options.relativeGap ?? DEFAULT_GAP;
  log.push(
    `part of ${problem.candidates.length}: LP bound ${lpBound.toFixed(1)}, greedy ${objectiveOf(problem, plain).toFixed(1)}, ` +
      `LP rounding ${objectiveOf(problem, rounded).toFixed(1)}, LP dive ${objectiveOf(problem, candidate).toFixed(1)}, swaps ${objectiveOf(problem, swapped).toFixed(1)}, neighbourhood ${startObjective.toFixed(1)}`,
  );
  if (
    assignmentViolations(problem, start).length === 0 &&
    lpBound - startObjective <= gap * Math.abs(lpBound)
  ) {
    // The rounded LP is within the gap of the LP bound: proven good enough without branching.
    return { assignment: start, status: 'optimal', bound: lpBound, source: 'greedy' };
  }
  const warm =
    assignmentViolations(problem, start).length === 0 ? assignmentToValues(model, start) : undefined;
  const answer = await options.engine.solve(model.milp, {
    timeLimitSeconds: Math.max(0.2, (deadline - options.now()) / 1000),
    relativeGap: gap,
    ...(warm ? { warmStart: warm } : {}),
  });
  const upper = Math.min(answer.bound ?? lpBound, lpBound);
  if (answer.status === 'infeasible') {
    log.push(`part of ${problem.candidates.length}: engine says infeasible (pinned decisions clash?)`);
    return { assignment: start, status: 'infeasible', bound: upper, source: 'greedy' };
  }
  const read = answer.values ? valuesToAssignment(model, answer.values, problem.candidates.length) : null;
  const problems = read ? assignmentViolations(problem, read) : ['no integral answer'];
  if (read && problems.length === 0 && objectiveOf(problem, read) >= startObjective - 1e-6) {
    const status: SolveStatus = answer.status === 'optimal' ? 'optimal' : 'timedout';
    return { assignment: read, status, bound: Math.max(upper, objectiveOf(problem, read)), source: 'engine' };
  }
  log.push(
    `part of ${problem.candidates.length}: engine answer (${answer.status}) not used: ${problems.slice(0, 3).join('; ') || 'worse than the start'}`,
  );
  const proven = lpBound - startObjective <= gap * Math.abs(lpBound);
  return { assignment: start, status: proven ? 'optimal' : 'timedout', bound: upper, source: 'greedy' };
}

/** The LP relaxation: its bound and, per candidate and option, the LP value; null if the engine fails. */
async function relaxation(model: PatternModel, problem: Problem, options: SolveOptions) {
  const lp = { ...model.milp, variables: model.milp.variables.map((v) => ({ ...v, integer: false })) };
  const answer = await options.engine.solve(lp, { timeLimitSeconds: options.timeLimitSeconds / 3 });
  if (answer.status !== 'optimal' || !answer.values || answer.objective === undefined) return null;
  const values = problem.candidates.map((c) => c.options.map(() => 0));
  model.columns.forEach(({ candidate, option }, v) => (values[candidate]![option] = answer.values![v] ?? 0));
  return { bound: answer.objective, values };
}

/** Every left-out candidate that still fits takes its best option. */
function fillUp(problem: Problem, assignment: Assignment): Assignment {
  const used = usage(problem, assignment);
  const residual = problem.resources.map((r, i) => r.capacity - (used[i] ?? 0));
  return assignment.map((chosen, c) => {
    if (chosen !== null) return chosen;
    const candidate = problem.candidates[c]!;
    const o = bestFittingOption(candidate, residual);
    if (o !== null)
      for (const u of candidate.options[o]!.uses)
        residual[u.resource] = (residual[u.resource] ?? 0) - u.amount;
    return o;
  });
}

function better(problem: Problem, a: Assignment, b: Assignment | null): Assignment {
  if (!b || assignmentViolations(problem, b).length > 0) return a;
  if (assignmentViolations(problem, a).length > 0) return b;
  return objectiveOf(problem, b) > objectiveOf(problem, a) ? b : a;
}

function columnCount(problem: Problem): number {
  return problem.candidates.reduce((n, c) => n + c.options.length, 0);
}

/** Without an engine bound: every candidate at its best option. */
function upperBound(problem: Problem): number {
  return problem.candidates.reduce(
    (sum, c) => sum + Math.max(0, ...c.options.map((o) => o.value - o.penalty)),
    0,
  );
}

function combine(statuses: readonly SolveStatus[]): SolveStatus {
  if (statuses.includes('infeasible')) return 'infeasible';
  if (statuses.includes('timedout')) return 'timedout';
  if (statuses.includes('feasible')) return 'feasible';
  return 'optimal';
}
