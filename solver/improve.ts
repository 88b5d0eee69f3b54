// Local search on a feasible assignment: a left-out candidate takes an option by pushing out the
// few candidates that hold its short resources, which then take another option if one fits. A move
// is kept only when the objective rises, so feasibility and quality never get worse.
import type { Assignment, Candidate, Option, Problem } from './problem.ts';
import { usage } from './assignment.ts';
import { bestFittingOption } from './greedy.ts';

/** At most this many candidates are pushed out by one move. */
const MAX_EJECTED = 3;

export function improveBySwaps(
  problem: Problem,
  start: Assignment,
  now: () => number,
  deadline: number,
): Assignment {
  const assignment = [...start];
  const used = usage(problem, assignment);
  const residual = problem.resources.map((r, i) => r.capacity - (used[i] ?? 0));
  const holders = holdersOf(problem, assignment);
  let improved = true;
  while (improved && now() < deadline) {
    improved = false;
    for (let c = 0; c < problem.candidates.length && now() < deadline; c++) {
      if (assignment[c] !== null) continue;
      const candidate = problem.candidates[c]!;
      for (let o = 0; o < candidate.options.length; o++) {
        if (tryInsert(problem, assignment, residual, holders, c, o)) {
          improved = true;
          break;
        }
      }
    }
  }
  return assignment;
}

/** For each resource, the candidates whose chosen option takes some of it. */
function holdersOf(problem: Problem, assignment: Assignment): Set<number>[] {
  const holders = problem.resources.map(() => new Set<number>());
  assignment.forEach((o, c) => {
    if (o === null) return;
    for (const u of problem.candidates[c]!.options[o]!.uses) if (u.amount > 0) holders[u.resource]!.add(c);
  });
  return holders;
}

function tryInsert(
  problem: Problem,
  assignment: (number | null)[],
  residual: number[],
  holders: Set<number>[],
  c: number,
  o: number,
): boolean {
  const option = problem.candidates[c]!.options[o]!;
  const short = option.uses.filter((u) => u.amount > 0 && (residual[u.resource] ?? 0) < u.amount - 1e-9);
  const ejected = new Set<number>();
  for (const u of short) for (const h of holders[u.resource] ?? []) ejected.add(h);
  if (ejected.size === 0 || ejected.size > MAX_EJECTED) return false;
  if ([...ejected].some((e) => problem.candidates[e]!.pinned)) return false;
  const before = [...ejected].reduce(
    (sum, e) => sum + score(problem.candidates[e]!.options[assignment[e]!]!),
    0,
  );
  const undo: [number, number | null][] = [];
  const set = (k: number, to: number | null) => {
    undo.push([k, assignment[k] ?? null]);
    move(problem.candidates[k]!, assignment[k] ?? null, to, residual, holders, k);
    assignment[k] = to;
  };
  for (const e of ejected) set(e, null);
  if (!fits(option, residual)) return revert(problem, assignment, residual, holders, undo);
  set(c, o);
  let after = score(option);
  for (const e of ejected) {
    const again = bestFittingOption(problem.candidates[e]!, residual);
    if (again !== null) {
      set(e, again);
      after += score(problem.candidates[e]!.options[again]!);
    }
  }
  if (after > before + 1e-9) return true;
  return revert(problem, assignment, residual, holders, undo);
}

function revert(
  problem: Problem,
  assignment: (number | null)[],
  residual: number[],
  holders: Set<number>[],
  undo: [number, number | null][],
): false {
  for (const [k, was] of undo.reverse()) {
    move(problem.candidates[k]!, assignment[k] ?? null, was, residual, holders, k);
    assignment[k] = was;
  }
  return false;
}

function move(
  candidate: Candidate,
  from: number | null,
  to: number | null,
  residual: number[],
  holders: Set<number>[],
  k: number,
): void {
  if (from !== null)
    for (const u of candidate.options[from]!.uses) {
      residual[u.resource] = (residual[u.resource] ?? 0) + u.amount;
      holders[u.resource]?.delete(k);
    }
  if (to !== null)
    for (const u of candidate.options[to]!.uses) {
      residual[u.resource] = (residual[u.resource] ?? 0) - u.amount;
      if (u.amount > 0) holders[u.resource]?.add(k);
    }
}

function fits(option: Option, residual: readonly number[]): boolean {
  return option.uses.every((u) => u.amount <= 0 || (residual[u.resource] ?? 0) >= u.amount - 1e-9);
}

function score(option: Option): number {
  return option.value - option.penalty;
}
