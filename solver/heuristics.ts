// The search for a good plan before (and often instead of) branch and bound: LP rounding, LP
// diving on the generated columns, swaps and a relaxation-induced neighbourhood, each kept only if
// it improves on the plan so far. Every step returns a feasible assignment.
import type { Assignment, Problem } from './problem.ts';
import type { SolveOptions } from './solve.ts';
import type { Relaxation } from './column-generation.ts';
import { assignmentViolations, objectiveOf, usage } from './assignment.ts';
import { lpDive } from './dive.ts';
import { bestFittingOption, lpGuidedGreedy } from './greedy.ts';
import { improveBySwaps } from './improve.ts';
import { improveInNeighbourhood } from './neighbourhood.ts';
import { restrictOptions, withChosen } from './restrict.ts';

export async function searchPlan(
  problem: Problem,
  relaxed: Relaxation,
  start: Assignment,
  options: SolveOptions & { deadline: number; gap: number },
  log: (line: string) => void,
  report: (objective: number) => void = () => {},
): Promise<Assignment> {
  const steps: [string, number][] = [['greedy', objectiveOf(problem, start)]];
  const note = (step: string, assignment: Assignment) => {
    steps.push([step, objectiveOf(problem, assignment)]);
    report(objectiveOf(problem, assignment));
  };
  let best = better(problem, start, lpGuidedGreedy(problem, relaxed.values));
  note('LP rounding', best);
  const share = (part: number) => options.now() + (options.deadline - options.now()) * part;
  const columns = restrictOptions(problem, relaxed.generated);
  const dived = await lpDive(columns.problem, options.engine, options.now, share(0.4));
  if (dived) best = better(problem, best, fillUp(problem, columns.toFull(dived)));
  note('LP dive', best);
  best = improveBySwaps(problem, best, options.now, share(0.2));
  note('swaps', best);
  if (relaxed.bound - objectiveOf(problem, best) > options.gap * Math.abs(relaxed.bound)) {
    const seconds = Math.max(0.2, (share(0.4) - options.now()) / 1000);
    const space = restrictOptions(problem, withChosen(relaxed.generated, best));
    const values = space.valuesFromFull(relaxed.values);
    const engine = options.engine;
    const found = await improveInNeighbourhood(
      space.problem,
      values,
      space.fromFull(best),
      engine,
      seconds,
      options.gap,
      log,
    );
    best = better(problem, best, space.toFull(found));
    note('neighbourhood', best);
  }
  log(
    `part of ${problem.candidates.length}: LP bound ${relaxed.bound.toFixed(1)} (${relaxed.rounds} pricing rounds); ${steps.map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`,
  );
  return best;
}

/** Every left-out candidate that still fits takes its best option. */
export function fillUp(problem: Problem, assignment: Assignment): Assignment {
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

/** The better of two assignments; an infeasible one never wins. */
export function better(problem: Problem, a: Assignment, b: Assignment | null): Assignment {
  if (!b || assignmentViolations(problem, b).length > 0) return a;
  if (assignmentViolations(problem, a).length > 0) return b;
  return objectiveOf(problem, b) > objectiveOf(problem, a) ? b : a;
}
