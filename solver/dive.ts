// LP diving: solve the LP relaxation, commit the candidates it (nearly) decides, drop what no
// longer fits, and solve again on what is left, until nothing is fractional. On the planner's nearly
// integral pattern models this reaches a plan within a hair of the LP bound in a few LP solves,
// which is what the engine's branch and bound spends most of its time looking for.
import type { Engine } from './milp.ts';
import type { Assignment, Candidate, Problem } from './problem.ts';
import { buildPatternModel } from './model.ts';

/** Values at or above this count as decided by the LP. */
const DECIDED = 0.99;
/** Share of the still-fractional candidates committed each round, most valuable first. */
const COMMIT_SHARE = 0.05;

export async function lpDive(
  problem: Problem,
  engine: Engine,
  now: () => number,
  deadline: number,
): Promise<Assignment | null> {
  const residual = problem.resources.map((r) => r.capacity);
  const assignment: (number | null)[] = problem.candidates.map(() => null);
  let open = problem.candidates.map((_, i) => i);
  while (open.length > 0 && now() < deadline) {
    const values = await relaxationValues(problem, open, residual, engine, (deadline - now()) / 1000);
    if (!values) return null;
    const best = open.map((c, k) => ({ c, k, top: Math.max(0, ...values[k]!) }));
    const decided = best.filter((b) => b.top >= DECIDED);
    const fractional = best.filter((b) => b.top > 1e-6 && b.top < DECIDED).sort((a, b) => b.top - a.top);
    const commit = [
      ...decided,
      ...fractional.slice(0, Math.max(1, Math.ceil(fractional.length * COMMIT_SHARE))),
    ];
    if (commit.length === 0) break;
    for (const { c, k } of commit) take(problem.candidates[c]!, c, values[k]!, residual, assignment);
    const committed = new Set(commit.map((x) => x.c));
    open = open.filter((c) => !committed.has(c));
  }
  return assignment;
}

/** Takes the fitting option with the largest LP value, if any. */
function take(
  candidate: Candidate,
  c: number,
  values: readonly number[],
  residual: number[],
  assignment: (number | null)[],
): void {
  const ranked = candidate.options.map((o, k) => ({ o, k, v: values[k] ?? 0 })).sort((a, b) => b.v - a.v);
  const pick = ranked.find(
    ({ o, v }) =>
      v > 1e-6 && o.uses.every((u) => u.amount <= 0 || (residual[u.resource] ?? 0) >= u.amount - 1e-9),
  );
  if (!pick) return;
  assignment[c] = pick.k;
  for (const u of pick.o.uses) residual[u.resource] = (residual[u.resource] ?? 0) - u.amount;
}

/** LP values per open candidate and option, over the residual capacities; options that no longer fit get 0. */
async function relaxationValues(
  problem: Problem,
  open: readonly number[],
  residual: readonly number[],
  engine: Engine,
  seconds: number,
): Promise<number[][] | null> {
  const fits = (o: Candidate['options'][number]) =>
    o.uses.every((u) => u.amount <= 0 || (residual[u.resource] ?? 0) >= u.amount - 1e-9);
  const keep = open.map((c) =>
    problem.candidates[c]!.options.map((_, k) => k).filter((k) => fits(problem.candidates[c]!.options[k]!)),
  );
  const sub: Problem = {
    resources: problem.resources.map((r, i) => ({ ...r, capacity: Math.max(0, residual[i] ?? 0) })),
    candidates: open.map((c, k) => ({
      ...problem.candidates[c]!,
      pinned: false,
      options: keep[k]!.map((o) => problem.candidates[c]!.options[o]!),
    })),
  };
  const model = buildPatternModel(sub);
  const lp = { ...model.milp, variables: model.milp.variables.map((v) => ({ ...v, integer: false })) };
  const answer = await engine.solve(lp, { timeLimitSeconds: Math.max(0.1, seconds), lpMethod: 'ipm' });
  if (answer.status !== 'optimal' || !answer.values) return null;
  const values = open.map((c) => problem.candidates[c]!.options.map(() => 0));
  model.columns.forEach(
    ({ candidate, option }, v) => (values[candidate]![keep[candidate]![option]!] = answer.values![v] ?? 0),
  );
  return values;
}
