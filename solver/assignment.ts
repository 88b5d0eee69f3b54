// Usage, objective and feasibility of an assignment, recomputed from the problem alone.
import type { Assignment, Problem } from './problem.ts';

/** Units of each resource the assignment takes (negative uses included). */
export function usage(problem: Problem, assignment: Assignment): Float64Array {
  const used = new Float64Array(problem.resources.length);
  problem.candidates.forEach((candidate, c) => {
    const chosen = assignment[c];
    if (chosen === null || chosen === undefined) return;
    for (const use of candidate.options[chosen]?.uses ?? [])
      used[use.resource] = (used[use.resource] ?? 0) + use.amount;
  });
  return used;
}

export function objectiveOf(problem: Problem, assignment: Assignment): number {
  let total = 0;
  problem.candidates.forEach((candidate, c) => {
    const chosen = assignment[c];
    const option = chosen === null || chosen === undefined ? undefined : candidate.options[chosen];
    if (option) total += option.value - option.penalty;
  });
  return total;
}

/** Every violated capacity and every pinned candidate left out; empty when the assignment is feasible. */
export function assignmentViolations(problem: Problem, assignment: Assignment): string[] {
  const violations: string[] = [];
  const used = usage(problem, assignment);
  problem.resources.forEach((r, i) => {
    const u = used[i] ?? 0;
    if (u > r.capacity + 1e-9) violations.push(`${r.family}: ${r.label}: ${u} used, ${r.capacity} available`);
  });
  problem.candidates.forEach((candidate, c) => {
    const chosen = assignment[c];
    if (chosen !== null && chosen !== undefined && candidate.options[chosen] === undefined) {
      violations.push(`candidate ${candidate.key}: no option ${chosen}`);
    }
    if (candidate.pinned && (chosen === null || chosen === undefined)) {
      violations.push(`plan.pinned: candidate ${candidate.key} is pinned but left out`);
    }
  });
  return violations;
}
