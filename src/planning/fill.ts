// After a time-limited solve: any left-out candidate with an option that still fits takes it.
// Adding a fitting option only adds value, so this never makes a plan worse or unlawful.
import type { Assignment, Candidate, Problem } from '../../solver/index.ts';
import { bestFittingOption, usage } from '../../solver/index.ts';

export function fillResidual(problem: Problem, assignment: Assignment): Assignment {
  const used = usage(problem, assignment);
  const residual = problem.resources.map((r, i) => r.capacity - (used[i] ?? 0));
  const filled = [...assignment];
  problem.candidates.forEach((candidate: Candidate, c) => {
    if (filled[c] !== null && filled[c] !== undefined) return;
    const o = bestFittingOption(candidate, residual);
    if (o === null) return;
    filled[c] = o;
    for (const u of candidate.options[o]!.uses) residual[u.resource] = (residual[u.resource] ?? 0) - u.amount;
  });
  return filled;
}
