// Solving: a greedy start, independent parts apart, the engine with a time limit, and every
// engine answer re-checked. The best feasible assignment found is always returned.
import type { Engine } from './milp.ts';
import type { Assignment, Problem, SolveResult, SolveStatus } from './problem.ts';
import { assignmentViolations, objectiveOf } from './assignment.ts';
import { splitIndependentParts, type Part } from './components.ts';
import { greedy } from './greedy.ts';
import { assignmentToValues, buildPatternModel, valuesToAssignment } from './model.ts';

export type SolveOptions = {
  readonly engine: Engine;
  readonly timeLimitSeconds: number;
  readonly relativeGap?: number;
  /** Milliseconds since some origin; injected so the core has no clock of its own. */
  readonly now: () => number;
};

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
    const share = Math.max(0.5, ((options.timeLimitSeconds - elapsed) * columnCount(part.problem)) / totalColumns);
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
  const start = greedy(problem);
  const startObjective = objectiveOf(problem, start);
  if (problem.candidates.length === 1) {
    return { assignment: start, status: 'optimal', bound: startObjective, source: 'greedy' };
  }
  const model = buildPatternModel(problem);
  const warm = assignmentViolations(problem, start).length === 0 ? assignmentToValues(model, start) : undefined;
  const answer = await options.engine.solve(model.milp, {
    timeLimitSeconds: options.timeLimitSeconds,
    ...(options.relativeGap === undefined ? {} : { relativeGap: options.relativeGap }),
    ...(warm ? { warmStart: warm } : {}),
  });
  const upper = answer.bound ?? upperBound(problem);
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
    `part of ${problem.candidates.length}: engine answer (${answer.status}) not used: ${problems.slice(0, 3).join('; ') || 'worse than greedy'}`,
  );
  return { assignment: start, status: 'timedout', bound: upper, source: 'greedy' };
}

function columnCount(problem: Problem): number {
  return problem.candidates.reduce((n, c) => n + c.options.length, 0);
}

/** Without an engine bound: every candidate at its best option. */
function upperBound(problem: Problem): number {
  return problem.candidates.reduce((sum, c) => sum + Math.max(0, ...c.options.map((o) => o.value - o.penalty)), 0);
}

function combine(statuses: readonly SolveStatus[]): SolveStatus {
  if (statuses.includes('infeasible')) return 'infeasible';
  if (statuses.includes('timedout')) return 'timedout';
  if (statuses.includes('feasible')) return 'feasible';
  return 'optimal';
}
