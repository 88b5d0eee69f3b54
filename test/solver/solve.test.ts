import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Engine, Problem } from '../../solver/index.ts';
import {
  assignmentViolations,
  buildPatternModel,
  createHighsEngine,
  createJsLpEngine,
  greedy,
  objectiveOf,
  solve,
  splitIndependentParts,
} from '../../solver/index.ts';
import { bruteForceOptimum, smallProblem } from '../arbitraries/problem.ts';

const now = () => performance.now();
const highs = await createHighsEngine();

describe('solver core', () => {
  it('greedy never exceeds a capacity', () => {
    fc.assert(
      fc.property(smallProblem(), (p) => {
        expect(assignmentViolations(p, greedy(p))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('greedy gives the same objective whatever the order of the candidates', () => {
    fc.assert(
      fc.property(smallProblem(), fc.infiniteStream(fc.nat()), (p, randoms) => {
        const order = p.candidates.map((c) => ({ c, k: randoms.next().value as number }));
        const shuffled: Problem = { ...p, candidates: order.sort((a, b) => a.k - b.k).map((x) => x.c) };
        expect(objectiveOf(shuffled, greedy(shuffled))).toBe(objectiveOf(p, greedy(p)));
      }),
      { numRuns: 200 },
    );
  });

  it('the pattern model has one row per candidate and leaves out rows that cannot bind', () => {
    const p: Problem = {
      resources: [
        { key: 'a', family: 'f', label: 'a', capacity: 1 },
        { key: 'b', family: 'f', label: 'b', capacity: 10 },
      ],
      candidates: [0, 1].map((c) => ({
        key: `c${c}`,
        pinned: false,
        options: [
          {
            key: 'o',
            value: 5,
            penalty: 0,
            departureOrder: 0,
            uses: [
              { resource: 0, amount: 1 },
              { resource: 1, amount: 1 },
            ],
          },
        ],
      })),
    };
    const { milp } = buildPatternModel(p);
    expect(milp.variables).toHaveLength(2);
    expect(milp.rows.map((r) => r.name)).toEqual(['one0', 'one1', 'cap0']);
  });

  it('candidates that share no binding resource are solved apart', () => {
    const option = (resource: number) => ({
      key: 'o',
      value: 1,
      penalty: 0,
      departureOrder: 0,
      uses: [{ resource, amount: 1 }],
    });
    const p: Problem = {
      resources: [0, 1].map((i) => ({ key: `r${i}`, family: 'f', label: `r${i}`, capacity: 1 })),
      candidates: [0, 0, 1, 1].map((r, c) => ({ key: `c${c}`, pinned: false, options: [option(r)] })),
    };
    expect(splitIndependentParts(p).map((part) => part.candidates)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('solve with HiGHS reaches the brute-force optimum on tiny problems', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(5), async (p) => {
        const result = await solve(p, { engine: highs, timeLimitSeconds: 5, now });
        expect(assignmentViolations(p, result.assignment)).toEqual([]);
        expect(result.objective).toBeCloseTo(bruteForceOptimum(p), 6);
        expect(result.status).toBe('optimal');
      }),
      { numRuns: 60 },
    );
  });

  it('solve with javascript-lp-solver on tiny parts agrees with brute force', async () => {
    const jslp = createJsLpEngine();
    await fc.assert(
      fc.asyncProperty(smallProblem(4), async (p) => {
        const result = await solve(p, { engine: jslp, timeLimitSeconds: 5, now });
        expect(assignmentViolations(p, result.assignment)).toEqual([]);
        expect(result.objective).toBeCloseTo(bruteForceOptimum(p), 6);
      }),
      { numRuns: 40 },
    );
  });

  it('more capacity never lowers the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(5), fc.nat(), async (p, pick) => {
        const r = pick % p.resources.length;
        const more: Problem = {
          ...p,
          resources: p.resources.map((x, i) => (i === r ? { ...x, capacity: x.capacity + 1 } : x)),
        };
        const [a, b] = [
          await solve(p, { engine: highs, timeLimitSeconds: 5, now }),
          await solve(more, { engine: highs, timeLimitSeconds: 5, now }),
        ];
        expect(b.objective).toBeGreaterThanOrEqual(a.objective - 1e-6);
      }),
      { numRuns: 40 },
    );
  });

  it('never trusts an engine: a fractional or over-full answer is replaced by the greedy plan', async () => {
    const liar: Engine = {
      name: 'liar',
      solve: async (m) => ({
        status: 'optimal',
        values: m.variables.map(() => 0.5),
        objective: 1e9,
        seconds: 0,
      }),
    };
    const greedyLiar: Engine = {
      name: 'greedy-liar',
      solve: async (m) => ({
        status: 'optimal',
        values: m.variables.map(() => 1),
        objective: 1e9,
        seconds: 0,
      }),
    };
    await fc.assert(
      fc.asyncProperty(smallProblem(), async (p) => {
        for (const engine of [liar, greedyLiar]) {
          const result = await solve(p, { engine, timeLimitSeconds: 1, now });
          expect(assignmentViolations(p, result.assignment)).toEqual([]);
          expect(result.objective).toBeGreaterThanOrEqual(objectiveOf(p, greedy(p)) - 1e-6);
        }
      }),
      { numRuns: 100 },
    );
  });
});
