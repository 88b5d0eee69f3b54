// Independent parts: candidates that share no resource that can bind are solved apart.
import type { Candidate, Problem, Resource } from './problem.ts';

export type Part = {
  /** Indices into the whole problem's candidates. */
  readonly candidates: readonly number[];
  readonly problem: Problem;
};

export function splitIndependentParts(problem: Problem): Part[] {
  const parent = problem.candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const bindingUsers = usersOfBindingResources(problem);
  for (const users of bindingUsers)
    for (let k = 1; k < users.length; k++) parent[find(users[k]!)] = find(users[0]!);
  const groups = new Map<number, number[]>();
  problem.candidates.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  });
  return [...groups.values()].map((members) => ({
    candidates: members,
    problem: restrict(problem, members),
  }));
}

/** For each resource that could be over-used, the candidates that use it. */
function usersOfBindingResources(problem: Problem): number[][] {
  const users: Set<number>[] = problem.resources.map(() => new Set());
  const most = new Float64Array(problem.resources.length);
  problem.candidates.forEach((candidate, c) => {
    const peak = new Map<number, number>();
    for (const option of candidate.options)
      for (const u of option.uses) {
        users[u.resource]?.add(c);
        if (u.amount > 0) peak.set(u.resource, Math.max(peak.get(u.resource) ?? 0, u.amount));
      }
    for (const [r, amount] of peak) most[r] = (most[r] ?? 0) + amount;
  });
  return problem.resources
    .map((r, i) => ((most[i] ?? 0) > r.capacity + 1e-9 || r.capacity < 0 ? [...(users[i] ?? [])] : []))
    .filter((u) => u.length > 1);
}

/** The sub-problem of some candidates, with resources renumbered to those they use. */
function restrict(problem: Problem, members: readonly number[]): Problem {
  const index = new Map<number, number>();
  const resources: Resource[] = [];
  const candidates: Candidate[] = members.map((c) => {
    const candidate = problem.candidates[c]!;
    return {
      ...candidate,
      options: candidate.options.map((option) => ({
        ...option,
        uses: option.uses.map((u) => {
          let local = index.get(u.resource);
          if (local === undefined) {
            local = resources.length;
            index.set(u.resource, local);
            resources.push(problem.resources[u.resource]!);
          }
          return { resource: local, amount: u.amount };
        }),
      })),
    };
  });
  return { resources, candidates };
}
