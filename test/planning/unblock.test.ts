// The smallest single capacity addition (src/planning/unblock.ts): every addition it suggests must
// really let the case in when the WHOLE problem is solved again, and the small engine must only
// ever see models within its limits.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Scenario } from '../../src/domain/index.ts';
import type { PlanningProblem } from '../../src/planning/build-problem.ts';
import { suggestUnblock, type Unblock } from '../../src/planning/unblock.ts';
import {
  assignmentViolations,
  createJsLpEngine,
  greedy,
  solve,
  type Assignment,
  type Engine,
  type Problem,
} from '../../solver/index.ts';
import { generated, highs, plan } from './helpers.ts';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const SMALL = { maxVariables: 60, maxRows: 60 };
const now = () => performance.now();

/** javascript-lp-solver behind a spy that records the size of every model it is handed. */
function spiedSmallEngine(): Engine & { sizes: { variables: number; rows: number }[] } {
  const inner = createJsLpEngine(SMALL);
  const sizes: { variables: number; rows: number }[] = [];
  return {
    name: inner.name,
    sizes,
    solve(model, options) {
      sizes.push({ variables: model.variables.length, rows: model.rows.length });
      return inner.solve(model, options);
    },
  };
}

async function engines(small: Engine) {
  return { small, large: await highs(), smallLimit: SMALL.maxVariables, now };
}

const departures = (a: Assignment) => a.filter((o) => o !== null && o !== undefined).length;

/**
 * The problem with the suggested capacity added and case `c` required (pinned), solved whole with
 * HiGHS. Pinned, because without it the optimum may rightly spend the new unit on another case.
 */
async function resolveWith(problem: Problem, c: number, u: Unblock) {
  const more: Problem = {
    resources: problem.resources.map((r, i) =>
      i === u.resource ? { ...r, capacity: r.capacity + u.add } : r,
    ),
    candidates: problem.candidates.map((x, i) => (i === c ? { ...x, pinned: true } : x)),
  };
  const solved = await solve(more, { engine: await highs(), timeLimitSeconds: 10, relativeGap: 0, now });
  return { more, solved };
}

function expectWithinLimits(sizes: readonly { variables: number; rows: number }[]) {
  for (const s of sizes) {
    expect(s.variables).toBeLessThanOrEqual(SMALL.maxVariables);
    expect(s.rows).toBeLessThanOrEqual(SMALL.maxRows);
  }
}

const scenarios: [string, () => Scenario][] = [
  ['committed small', () => Scenario.parse(JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')))],
  ...[1, 2, 3, 5].map((n): [string, () => Scenario] => [`generated seed ${n}`, () => generated(n)]),
];

describe('suggestUnblock on planned scenarios', () => {
  it.each(scenarios)(
    '%s: each suggested addition lets the case in when the whole problem is re-solved',
    async (_name, scenario) => {
      const outcome = await plan(scenario());
      const pp = outcome.problem;
      const small = spiedSmallEngine();
      const before = departures(outcome.assignment);
      for (const e of outcome.plan.leftOut.filter((x) => x.code === 'capacity.exhausted')) {
        const u = await suggestUnblock(pp, outcome.assignment, e.caseId, await engines(small));
        if (!u) continue;
        const c = pp.cases.findIndex((x) => x.case.id === e.caseId);
        expect(u.add).toBeGreaterThan(0);
        expect(u.text).toContain(pp.meta[u.resource]!.resource);
        const { more, solved } = await resolveWith(pp.problem, c, u);
        expect(assignmentViolations(more, solved.assignment)).toEqual([]);
        expect(solved.assignment[c]).not.toBeNull();
        expect(departures(solved.assignment)).toBeGreaterThanOrEqual(before);
      }
      expectWithinLimits(small.sizes);
    },
  );

  it('finds at least one addition on the committed national scenario', async () => {
    const scenario = Scenario.parse(JSON.parse(readFileSync('data/scenarios/national.json', 'utf8')));
    const outcome = await plan(scenario, { timeLimitSeconds: 10, relativeGap: 1e-4 });
    const small = spiedSmallEngine();
    const pp = outcome.problem;
    const found: { c: number; u: Unblock }[] = [];
    for (const e of outcome.plan.leftOut.filter((x) => x.code === 'capacity.exhausted')) {
      const u = await suggestUnblock(pp, outcome.assignment, e.caseId, await engines(small));
      if (u) found.push({ c: pp.cases.findIndex((x) => x.case.id === e.caseId), u });
    }
    expect(found.length).toBeGreaterThan(0);
    for (const { c, u } of found.slice(0, 2)) {
      const { more, solved } = await resolveWith(pp.problem, c, u);
      expect(assignmentViolations(more, solved.assignment)).toEqual([]);
      expect(solved.assignment[c]).not.toBeNull();
    }
    expectWithinLimits(small.sizes);
  });
});

/**
 * Crowded synthetic problems: candidates whose options each use many shared resources, so that a
 * counterfactual sub-problem can have few options but many rows.
 */
const crowded = fc
  .record({
    candidates: fc.integer({ min: 2, max: 15 }),
    optionsPer: fc.integer({ min: 1, max: 8 }),
    resources: fc.integer({ min: 5, max: 85 }),
    usesPer: fc.integer({ min: 1, max: 30 }),
    salt: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map(({ candidates, optionsPer, resources, usesPer, salt }) => {
    let state = salt;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const problem: Problem = {
      resources: Array.from({ length: resources }, (_, r) => ({
        key: `r${r}`,
        family: 'test.capacity',
        label: `resource ${r}`,
        capacity: 1 + next(2),
      })),
      candidates: Array.from({ length: candidates }, (_, c) => ({
        key: `c${c}`,
        pinned: false,
        options: Array.from({ length: 1 + next(optionsPer) }, (_, k) => {
          const used = new Set(Array.from({ length: 1 + next(usesPer) }, () => next(resources)));
          return {
            key: `o${k}`,
            uses: [...used].map((resource) => ({ resource, amount: 1 })),
            value: 100 + next(50),
            penalty: next(5),
            departureOrder: k,
          };
        }),
      })),
    };
    return problem;
  });

/** Just enough of a PlanningProblem for suggestUnblock: ids, the problem and resource labels. */
function planningOf(problem: Problem): PlanningProblem {
  return {
    problem,
    cases: problem.candidates.map((c) => ({ case: { id: c.key } })),
    meta: problem.resources.map((r) => ({ resource: r.label, place: 'test', date: '2026-12-01' })),
  } as unknown as PlanningProblem;
}

describe('suggestUnblock on crowded synthetic problems', () => {
  it('never hands javascript-lp-solver a model over 60 × 60, and every addition is real', async () => {
    await fc.assert(
      fc.asyncProperty(crowded, async (problem) => {
        const pp = planningOf(problem);
        const assignment = greedy(problem);
        const small = spiedSmallEngine();
        for (const [c, chosen] of assignment.entries()) {
          if (chosen !== null) continue;
          const u = await suggestUnblock(pp, assignment, problem.candidates[c]!.key, await engines(small));
          if (!u) continue;
          const { more, solved } = await resolveWith(problem, c, u);
          expect(assignmentViolations(more, solved.assignment)).toEqual([]);
          expect(solved.assignment[c]).not.toBeNull();
        }
        expectWithinLimits(small.sizes);
      }),
      { numRuns: 150, seed, interruptAfterTimeLimit: 15_000 },
    );
  });
});

/**
 * A tiny world: B is short of one unit of R, which A holds; A can move to A1, which shares S with
 * B's other option. The counterfactual (A and B, R + 1) has 4 options but 69 rows: each candidate's
 * two options share 30-odd resources of capacity 1, and every such resource is a row of the model.
 */
function manyRowsFewOptions(): { problem: Problem; assignment: Assignment } {
  const resource = (key: string, capacity: number) => ({
    key,
    family: 'test.capacity',
    label: key,
    capacity,
  });
  const xs = Array.from({ length: 35 }, (_, i) => resource(`x${i}`, 1));
  const zs = Array.from({ length: 30 }, (_, i) => resource(`z${i}`, 1));
  const resources = [resource('R', 1), resource('S', 1), resource('T', 0), ...xs, ...zs];
  const at = (key: string) => resources.findIndex((r) => r.key === key);
  const uses = (...keys: string[]) => keys.map((k) => ({ resource: at(k), amount: 1 }));
  const option = (key: string, used: string[]) => ({
    key,
    uses: uses(...used),
    value: 100,
    penalty: 0,
    departureOrder: 0,
  });
  const xKeys = xs.map((x) => x.key);
  const zKeys = zs.map((z) => z.key);
  const problem: Problem = {
    resources,
    candidates: [
      { key: 'A', pinned: false, options: [option('A0', ['R', ...xKeys]), option('A1', ['S', ...xKeys])] },
      {
        key: 'B',
        pinned: false,
        options: [option('B0', ['R', ...zKeys]), option('B1', ['S', 'T', ...zKeys])],
      },
    ],
  };
  return { problem, assignment: [0, null] };
}

describe('suggestUnblock on a tiny world with many rows and few options', () => {
  it('confirms +1 R by re-solving A and B, without handing javascript-lp-solver 4 × 69', async () => {
    const { problem, assignment } = manyRowsFewOptions();
    expect(assignmentViolations(problem, assignment)).toEqual([]);
    const small = spiedSmallEngine();
    const u = await suggestUnblock(planningOf(problem), assignment, 'B', await engines(small));
    expect(u).toMatchObject({ resource: 0, add: 1 });
    const { more, solved } = await resolveWith(problem, 1, u!);
    expect(assignmentViolations(more, solved.assignment)).toEqual([]);
    expect(solved.assignment.every((o) => o !== null)).toBe(true);
    expectWithinLimits(small.sizes);
  });
});
