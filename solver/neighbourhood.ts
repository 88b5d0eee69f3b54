// A relaxation-induced neighbourhood (RINS): candidates on which the incumbent and the LP
// relaxation agree stay as they are; the engine re-solves the rest exactly, over the capacity the
// fixed ones leave. The sub-model holds only the contested candidates, so it solves in a fraction
// of the whole model's time, and it can rearrange many of them at once.
import type { Engine } from './milp.ts';
import type { Assignment, Problem } from './problem.ts';
import { assignmentViolations, objectiveOf, usage } from './assignment.ts';
import { assignmentToValues, buildPatternModel, valuesToAssignment } from './model.ts';

const AGREE = 0.99;
const WIDEN_SHARE = 0.5;

export async function improveInNeighbourhood(
  problem: Problem,
  lp: readonly (readonly number[])[],
  incumbent: Assignment,
  engine: Engine,
  seconds: number,
  relativeGap: number,
  log?: (line: string) => void,
): Promise<Assignment> {
  const contested = problem.candidates
    .map((_, c) => c)
    .filter((c) => {
      const chosen = incumbent[c];
      const values = lp[c] ?? [];
      const agrees =
        chosen === null || chosen === undefined
          ? Math.max(0, ...values) <= 1 - AGREE
          : (values[chosen] ?? 0) >= AGREE;
      return !agrees;
    });
  if (contested.length === 0) return incumbent;
  const wide = widen(problem, incumbent, contested);
  // Widen only while the sub-model stays small against the whole; else the contested alone.
  const free = wide.length <= WIDEN_SHARE * problem.candidates.length ? wide : contested;
  const fixed = incumbent.map((o, c) => (free.includes(c) ? null : o));
  const used = usage(problem, fixed);
  const sub: Problem = {
    resources: problem.resources.map((r, i) => ({ ...r, capacity: r.capacity - (used[i] ?? 0) })),
    candidates: free.map((c) => problem.candidates[c]!),
  };
  const model = buildPatternModel(sub);
  const warm = assignmentToValues(
    model,
    free.map((c) => incumbent[c] ?? null),
  );
  const answer = await engine.solve(model.milp, { timeLimitSeconds: seconds, relativeGap, warmStart: warm });
  log?.(
    `neighbourhood: ${contested.length} contested, ${free.length} free of ${problem.candidates.length}; ${answer.status} in ${answer.seconds.toFixed(2)} s`,
  );
  const read = answer.values ? valuesToAssignment(model, answer.values, free.length) : null;
  if (!read) return incumbent;
  const merged = [...fixed];
  free.forEach((c, k) => (merged[c] = read[k] ?? null));
  const ok = assignmentViolations(problem, merged).length === 0;
  return ok && objectiveOf(problem, merged) > objectiveOf(problem, incumbent) ? merged : incumbent;
}

/**
 * The contested candidates and every candidate holding a saturated resource that a contested one
 * could use: those are the ones that must move to make room.
 */
function widen(problem: Problem, incumbent: Assignment, contested: readonly number[]): number[] {
  const used = usage(problem, incumbent);
  const saturated = new Set<number>();
  for (const c of contested)
    for (const option of problem.candidates[c]!.options)
      for (const u of option.uses)
        if (u.amount > 0 && problem.resources[u.resource]!.capacity - (used[u.resource] ?? 0) < u.amount)
          saturated.add(u.resource);
  const free = new Set(contested);
  incumbent.forEach((o, c) => {
    if (o === null) return;
    if (problem.candidates[c]!.options[o]!.uses.some((u) => u.amount > 0 && saturated.has(u.resource)))
      free.add(c);
  });
  return [...free].sort((a, b) => a - b);
}
