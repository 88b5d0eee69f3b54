// Small random solver problems: a few candidates with options over a few shared resources.
import fc from 'fast-check';
import type { Problem } from '../../solver/index.ts';

export const smallProblem = (maxCandidates = 6): fc.Arbitrary<Problem> =>
  fc.integer({ min: 1, max: 5 }).chain((resourceCount) =>
    fc
      .record({
        resources: fc.array(fc.record({ capacity: fc.integer({ min: 0, max: 3 }) }), {
          minLength: resourceCount,
          maxLength: resourceCount,
        }),
        candidates: fc.array(
          fc.array(
            fc.record({
              uses: fc.uniqueArray(
                fc.record({
                  resource: fc.integer({ min: 0, max: resourceCount - 1 }),
                  amount: fc.integer({ min: 1, max: 2 }),
                }),
                { selector: (u) => u.resource, maxLength: resourceCount },
              ),
              value: fc.integer({ min: 10, max: 100 }),
              penalty: fc.integer({ min: 0, max: 5 }),
            }),
            { minLength: 0, maxLength: 3 },
          ),
          { minLength: 1, maxLength: maxCandidates },
        ),
      })
      .map(({ resources, candidates }) => ({
        resources: resources.map((r, i) => ({
          key: `r${i}`,
          family: 'test.capacity',
          label: `resource ${i}`,
          capacity: r.capacity,
        })),
        candidates: candidates.map((options, c) => ({
          key: `c${c}`,
          pinned: false,
          options: options.map((o, k) => ({ ...o, key: `o${k}`, departureOrder: k })),
        })),
      })),
  );

/** The optimum by trying every assignment (tiny problems only). */
export function bruteForceOptimum(problem: Problem): number {
  let best = 0;
  const choice: (number | null)[] = problem.candidates.map(() => null);
  const used = problem.resources.map(() => 0);
  const visit = (c: number, value: number) => {
    if (c === problem.candidates.length) {
      best = Math.max(best, value);
      return;
    }
    visit(c + 1, value);
    problem.candidates[c]!.options.forEach((o, k) => {
      if (!o.uses.every((u) => used[u.resource]! + u.amount <= problem.resources[u.resource]!.capacity))
        return;
      o.uses.forEach((u) => (used[u.resource]! += u.amount));
      choice[c] = k;
      visit(c + 1, value + o.value - o.penalty);
      o.uses.forEach((u) => (used[u.resource]! -= u.amount));
      choice[c] = null;
    });
  };
  visit(0, 0);
  return best;
}
