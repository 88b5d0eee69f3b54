// A fast greedy schedule: a warm start for the engine and the fallback when it fails.
// Candidates in a fixed order (pinned first, then most valuable, then fewest options, then key)
// each take their best option that still fits, so the result never depends on input order.
import type { Assignment, Candidate, Problem } from './problem.ts';

/** `priority` (optional, per candidate) orders candidates before the default order, e.g. LP values. */
export function greedy(problem: Problem, priority?: readonly number[]): Assignment {
  const residual = problem.resources.map((r) => r.capacity);
  const assignment: (number | null)[] = problem.candidates.map(() => null);
  for (const c of candidateOrder(problem.candidates, priority)) {
    const candidate = problem.candidates[c] as Candidate;
    const chosen = bestFittingOption(candidate, residual);
    if (chosen === null) continue;
    assignment[c] = chosen;
    for (const use of candidate.options[chosen]?.uses ?? [])
      residual[use.resource] = (residual[use.resource] ?? 0) - use.amount;
  }
  return assignment;
}

export function candidateOrder(candidates: readonly Candidate[], priority?: readonly number[]): number[] {
  const best = candidates.map((c) => Math.max(0, ...c.options.map((o) => o.value)));
  return candidates
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(candidates[b]!.pinned) - Number(candidates[a]!.pinned) ||
        (priority ? (priority[b] ?? 0) - (priority[a] ?? 0) : 0) ||
        best[b]! - best[a]! ||
        candidates[a]!.options.length - candidates[b]!.options.length ||
        compareKeys(candidates[a]!.key, candidates[b]!.key),
    );
}

/** The option with the highest value − penalty whose positive uses all fit in `residual`. */
export function bestFittingOption(candidate: Candidate, residual: readonly number[]): number | null {
  let best: number | null = null;
  candidate.options.forEach((option, o) => {
    if (!option.uses.every((u) => u.amount <= 0 || (residual[u.resource] ?? 0) >= u.amount - 1e-9)) return;
    const current = best === null ? undefined : candidate.options[best];
    if (current === undefined || isBetter(option, current)) best = o;
  });
  return best;
}

function isBetter(a: Candidate['options'][number], b: Candidate['options'][number]): boolean {
  const diff = a.value - a.penalty - (b.value - b.penalty);
  return diff > 1e-9 || (Math.abs(diff) <= 1e-9 && compareKeys(a.key, b.key) < 0);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Greedy rounding of an LP relaxation: candidates in order of their largest LP value, each taking
 * the fitting option with the largest LP value (then the best score). The LP says which options
 * belong together; on pattern models like the planner's it lands within a few tenths of a percent
 * of the optimum (solver-notes.md).
 */
export function lpGuidedGreedy(problem: Problem, lp: readonly (readonly number[])[]): Assignment {
  const residual = problem.resources.map((r) => r.capacity);
  const assignment: (number | null)[] = problem.candidates.map(() => null);
  const weight = lp.map((values) => Math.max(0, ...values));
  for (const c of candidateOrder(problem.candidates, weight)) {
    const candidate = problem.candidates[c] as Candidate;
    const ranked = candidate.options
      .map((option, o) => ({ option, o, lp: lp[c]?.[o] ?? 0 }))
      .sort((a, b) => b.lp - a.lp || b.option.value - b.option.penalty - (a.option.value - a.option.penalty));
    const pick = ranked.find(({ option }) =>
      option.uses.every((u) => u.amount <= 0 || (residual[u.resource] ?? 0) >= u.amount - 1e-9),
    );
    if (!pick) continue;
    assignment[c] = pick.o;
    for (const use of pick.option.uses) residual[use.resource] = (residual[use.resource] ?? 0) - use.amount;
  }
  return assignment;
}
