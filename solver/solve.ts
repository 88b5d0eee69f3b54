// Solving: independent parts apart; per part a greedy start, the LP relaxation by column generation
// (its bound), a heuristic search guided by it, and only when that is not provably close enough the
// engine's branch and bound with the best plan as its start. Every engine answer is re-checked; the
// best feasible assignment found is always returned.
import type { Engine } from './milp.ts';
import type { Assignment, Problem, SolveResult, SolveStatus } from './problem.ts';
import { assignmentViolations, objectiveOf } from './assignment.ts';
import { solveRelaxation } from './column-generation.ts';
import { splitIndependentParts, type Part } from './components.ts';
import { greedy } from './greedy.ts';
import { searchPlan } from './heuristics.ts';
import { assignmentToValues, buildPatternModel, valuesToAssignment } from './model.ts';
import { restrictOptions, withChosen } from './restrict.ts';

export type SolveOptions = {
  readonly engine: Engine;
  readonly timeLimitSeconds: number;
  readonly relativeGap?: number;
  /** Milliseconds since some origin; injected so the core has no clock of its own. */
  readonly now: () => number;
  /** Called whenever the best plan known improves (objective of the whole problem). */
  readonly onProgress?: (point: { seconds: number; objective: number }) => void;
};

/** Relative gap at which a plan counts as optimal when the caller names none. */
export const DEFAULT_GAP = 1e-4;

type PartResult = {
  assignment: Assignment;
  status: SolveStatus;
  bound: number;
  source: 'engine' | 'heuristic';
};

export async function solve(problem: Problem, options: SolveOptions): Promise<SolveResult> {
  const started = options.now();
  const log: string[] = [];
  const parts = splitIndependentParts(problem);
  log.push(`${parts.length} independent part(s)`);
  const assignment: (number | null)[] = problem.candidates.map(() => null);
  const statuses: SolveStatus[] = [];
  let bound = 0;
  let engineUsed = false;
  const progress = createProgress(parts, options, started);
  let remainingColumns = parts.reduce((n, p) => n + columnCount(p.problem), 0) || 1;
  for (const [index, part] of parts.entries()) {
    const elapsed = (options.now() - started) / 1000;
    const columns = columnCount(part.problem);
    const share = Math.max(0.5, ((options.timeLimitSeconds - elapsed) * columns) / remainingColumns);
    remainingColumns = Math.max(1, remainingColumns - columns);
    const report = (objective: number) => progress.report(index, objective);
    const result = await solvePart(part, { ...options, timeLimitSeconds: share }, log, report);
    part.candidates.forEach((c, k) => (assignment[c] = result.assignment[k] ?? null));
    report(objectiveOf(part.problem, result.assignment));
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
    source: engineUsed ? 'engine' : 'heuristic',
    engine: options.engine.name,
    seconds: (options.now() - started) / 1000,
    log,
    trace: progress.trace,
  };
}

/**
 * The objective of the best plan known so far, over time: every part starts at its greedy plan and
 * is replaced by each improvement. Lets a caller show progress and a benchmark see when a level
 * was reached.
 */
function createProgress(parts: readonly Part[], options: SolveOptions, started: number) {
  const current = parts.map((p) => objectiveOf(p.problem, greedy(p.problem)));
  let total = current.reduce((a, b) => a + b, 0);
  const trace: { seconds: number; objective: number }[] = [];
  const push = () => {
    const point = { seconds: (options.now() - started) / 1000, objective: total };
    trace.push(point);
    options.onProgress?.(point);
  };
  push();
  return {
    trace,
    report(index: number, objective: number) {
      if (objective <= (current[index] ?? 0) + 1e-9) return;
      total += objective - (current[index] ?? 0);
      current[index] = objective;
      push();
    },
  };
}

/** Above this many columns the engine branches on the generated columns, not on every option. */
const FULL_MODEL_COLUMNS = 25_000;

async function solvePart(
  part: Part,
  options: SolveOptions,
  log: string[],
  report: (objective: number) => void,
): Promise<PartResult> {
  const { problem } = part;
  const deadline = options.now() + options.timeLimitSeconds * 1000;
  const gap = options.relativeGap ?? DEFAULT_GAP;
  const plain = greedy(problem);
  if (problem.candidates.length === 1) {
    return { assignment: plain, status: 'optimal', bound: objectiveOf(problem, plain), source: 'heuristic' };
  }
  const third = options.now() + (deadline - options.now()) / 3;
  const relaxed = await solveRelaxation(problem, options.engine, plain, options.now, third);
  const lpBound = relaxed?.proven ? relaxed.bound : upperBound(problem);
  const start = relaxed
    ? await searchPlan(
        problem,
        relaxed,
        plain,
        { ...options, deadline, gap },
        (line) => log.push(line),
        report,
      )
    : plain;
  const startObjective = objectiveOf(problem, start);
  const feasibleStart = assignmentViolations(problem, start).length === 0;
  if (feasibleStart && lpBound - startObjective <= gap * Math.abs(lpBound)) {
    // Within the gap of the LP bound: proven good enough without branching.
    return { assignment: start, status: 'optimal', bound: lpBound, source: 'heuristic' };
  }
  const whole = columnCount(problem) <= FULL_MODEL_COLUMNS || !relaxed;
  const space = whole ? null : restrictOptions(problem, withChosen(relaxed.generated, start));
  const searched = space ? space.problem : problem;
  const model = buildPatternModel(searched);
  const warm = feasibleStart ? assignmentToValues(model, space ? space.fromFull(start) : start) : undefined;
  const answer = await options.engine.solve(model.milp, {
    timeLimitSeconds: Math.max(0.2, (deadline - options.now()) / 1000),
    relativeGap: gap,
    ...(warm ? { warmStart: warm } : {}),
  });
  const upper = Math.min(whole ? (answer.bound ?? lpBound) : lpBound, lpBound);
  if (answer.status === 'infeasible' && whole) {
    log.push(`part of ${problem.candidates.length}: engine says infeasible (pinned decisions clash?)`);
    return { assignment: start, status: 'infeasible', bound: upper, source: 'heuristic' };
  }
  const local = answer.values ? valuesToAssignment(model, answer.values, problem.candidates.length) : null;
  const read = local && space ? space.toFull(local) : local;
  const problems = read ? assignmentViolations(problem, read) : ['no integral answer'];
  const provenAt = (objective: number) => upper - objective <= gap * Math.abs(upper);
  if (read && problems.length === 0 && objectiveOf(problem, read) >= startObjective - 1e-6) {
    const objective = objectiveOf(problem, read);
    const status: SolveStatus =
      provenAt(objective) || (whole && answer.status === 'optimal') ? 'optimal' : 'timedout';
    return { assignment: read, status, bound: Math.max(upper, objective), source: 'engine' };
  }
  log.push(
    `part of ${problem.candidates.length}: engine answer (${answer.status}) not used: ${problems.slice(0, 3).join('; ') || 'worse than the start'}`,
  );
  const status: SolveStatus = !feasibleStart
    ? 'infeasible'
    : provenAt(startObjective)
      ? 'optimal'
      : 'timedout';
  return { assignment: start, status, bound: upper, source: 'heuristic' };
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
