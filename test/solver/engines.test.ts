import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSolution, createHighsEngine, createJsLpEngine } from '../../solver/engines/index.ts';
import { toCplexLp } from '../../solver/lp-format.ts';
import type { Engine, EngineResult, Milp, Row, Variable } from '../../solver/milp.ts';

const EXACT = { timeLimitSeconds: 10, relativeGap: 0 };
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

let highs: Engine;
let highsLpText: Engine;
const jsLp = createJsLpEngine();

beforeAll(async () => {
  highs = await createHighsEngine();
  highsLpText = await createHighsEngine('lp-text');
});

function variable(name: string, objective: number, lower = 0, upper = 1, integer = true): Variable {
  return { name, objective, lower, upper, integer };
}

function row(name: string, terms: readonly (readonly [number, number])[], lower: number, upper: number): Row {
  return {
    name,
    terms: terms.map(([index, coefficient]) => ({ variable: index, coefficient })),
    lower,
    upper,
  };
}

/** The answer's values satisfy every rule of the model, and its objective is theirs. */
function expectVerified(model: Milp, result: EngineResult): void {
  expect(result.values).toBeDefined();
  const check = checkSolution(model, result.values ?? []);
  expect(check.violations).toEqual([]);
  expect(check.feasible && check.integral).toBe(true);
  expect(result.objective).toBeCloseTo(check.objective, 6);
}

const knapsack: Milp = {
  sense: 'maximize',
  variables: [variable('a', 10), variable('b', 13), variable('c', 7), variable('d', 8), variable('e', 4)],
  rows: [
    row(
      'weight',
      [5, 6, 4, 3, 2].map((weight, index) => [index, weight] as const),
      -Infinity,
      10,
    ),
  ],
};

const costs = [
  [4, 2, 8],
  [4, 3, 7],
  [3, 1, 6],
];
const assignment: Milp = {
  sense: 'minimize',
  variables: costs.flatMap((line, worker) => line.map((cost, task) => variable(`w${worker} t${task}`, cost))),
  rows: [0, 1, 2].flatMap((k) => [
    row(
      `worker ${k}`,
      [0, 1, 2].map((task) => [3 * k + task, 1] as const),
      1,
      1,
    ),
    row(
      `task ${k}`,
      [0, 1, 2].map((worker) => [3 * worker + k, 1] as const),
      1,
      1,
    ),
  ]),
};

/** Feasible as an LP (x = y = ¼), not in integers. */
const integerInfeasible: Milp = {
  sense: 'maximize',
  variables: [variable('x', 1), variable('y', 1)],
  rows: [
    row(
      'odd',
      [
        [0, 2],
        [1, 2],
      ],
      1,
      1,
    ),
    row(
      'range',
      [
        [0, 1],
        [1, -1],
      ],
      -1,
      1,
    ),
  ],
};

/** Large bounds, negative lower bounds, a ranged row: the optimum sits where the rows meet. */
const wideBounds: Milp = {
  sense: 'maximize',
  variables: [variable('x', 3, -5, 20), variable('y', 2, -10, 7), variable('z', -1, -3, Infinity, false)],
  rows: [
    row(
      'sum',
      [
        [0, 1],
        [1, 1],
      ],
      -Infinity,
      15.5,
    ),
    row(
      'difference',
      [
        [0, 1],
        [1, -1],
      ],
      -100,
      8,
    ),
    row(
      'link',
      [
        [2, 1],
        [0, 1],
      ],
      0,
      Infinity,
    ),
  ],
};

const pureLp: Milp = {
  sense: 'maximize',
  variables: [
    variable('x', 1, 0, Infinity, false),
    variable('y', 2, 0, Infinity, false),
    variable('z', 1, -Infinity, Infinity, false),
  ],
  rows: [
    row(
      'sum',
      [
        [0, 1],
        [1, 1],
      ],
      -Infinity,
      4,
    ),
    row(
      'difference',
      [
        [0, 1],
        [1, -1],
      ],
      1,
      2,
    ),
    row(
      'half',
      [
        [2, 1],
        [0, -0.5],
      ],
      0,
      0,
    ),
  ],
};

const noRows: Milp = {
  sense: 'maximize',
  variables: [variable('n', 2, 0, 3), variable('s', -1, -1, 2.5, false)],
  rows: [],
};

const duplicateTerms: Milp = {
  sense: 'maximize',
  variables: [variable('x', 1, 0, 10)],
  rows: [
    row(
      'twice',
      [
        [0, 1],
        [0, 2],
        [0, 0],
      ],
      -Infinity,
      7,
    ),
  ],
};

const knownModels: readonly (readonly [string, Milp, number | 'infeasible'])[] = [
  ['knapsack', knapsack, 22],
  ['assignment', assignment, 12],
  ['integer-infeasible', integerInfeasible, 'infeasible'],
  ['wide bounds', wideBounds, 44],
  ['pure LP', pureLp, 6.75],
  ['no rows', noRows, 7],
  ['duplicate terms', duplicateTerms, 2],
  ['no variables', { sense: 'minimize', variables: [], rows: [row('empty', [], -1, 1)] }, 0],
  [
    'an empty row that excludes 0',
    { sense: 'minimize', variables: [], rows: [row('empty', [], 1, 2)] },
    'infeasible',
  ],
];

describe('both engines on small known models', () => {
  it.each(knownModels)(
    '%s: HiGHS, HiGHS via LP text and jsLP find the known optimum',
    async (_, model, expected) => {
      for (const engine of [highs, highsLpText, jsLp]) {
        const result = await engine.solve(model, EXACT);
        if (expected === 'infeasible') {
          expect(result.status, engine.name).toBe('infeasible');
        } else {
          expect(result.status, `${engine.name}: ${result.message}`).toBe('optimal');
          expect(result.objective, engine.name).toBeCloseTo(expected, 6);
          expectVerified(model, result);
        }
      }
    },
  );

  it('HiGHS reports the proven bound with its optimum', async () => {
    const result = await highs.solve(knapsack, EXACT);
    expect(result.bound).toBeCloseTo(22, 6);
  });

  it('an unbounded model is an error, not an answer', async () => {
    const unbounded: Milp = { sense: 'maximize', variables: [variable('x', 1, 0, Infinity)], rows: [] };
    for (const engine of [highs, jsLp]) {
      const result = await engine.solve(unbounded, EXACT);
      expect(result.status, engine.name).toBe('error');
      expect(result.message, engine.name).toMatch(/unbounded/i);
    }
  });

  it('a malformed model is an error naming the problem', async () => {
    const broken: Milp = {
      sense: 'minimize',
      variables: [variable('x', 1)],
      rows: [row('r', [[3, 1]], 0, 1)],
    };
    for (const engine of [highs, jsLp]) {
      const result = await engine.solve(broken, EXACT);
      expect(result.status).toBe('error');
      expect(result.message).toMatch(/unknown variable index 3/);
    }
  });
  it('a model HiGHS rejects is an error, and the next solve reloads HiGHS and succeeds', async () => {
    const huge: Milp = {
      sense: 'maximize',
      variables: [variable('x', 1)],
      rows: [row('huge', [[0, 1e16]], -Infinity, 1e17)],
    };
    for (const engine of [highs, highsLpText]) {
      const rejected = await engine.solve(huge, EXACT);
      expect(rejected.status, engine.name).toBe('error');
      expect(rejected.message, engine.name).toMatch(/^HiGHS failed: /);
      expect((await engine.solve(knapsack, EXACT)).objective, engine.name).toBeCloseTo(22, 6);
    }
  });
});

describe('jsLP limits', () => {
  it('refuses a model over its limits instead of trying', async () => {
    const wide: Milp = {
      sense: 'maximize',
      variables: Array.from({ length: 61 }, (_, index) => variable(`x${index}`, 1)),
      rows: [],
    };
    const result = await jsLp.solve(wide, EXACT);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/refuses 61 variables × 0 rows/);
    const tight = await createJsLpEngine({ maxVariables: 4, maxRows: 4 }).solve(knapsack, EXACT);
    expect(tight.status).toBe('error');
  });
});

/** A seeded multi-dimensional knapsack with correlated profits: slow for HiGHS to prove. */
function hardKnapsack(items: number, resources: number, seed: number): Milp {
  const random = mulberry32(seed);
  const weights = Array.from({ length: resources }, () =>
    Array.from({ length: items }, () => 1 + Math.floor(random() * 100)),
  );
  const variables = Array.from({ length: items }, (_, item) => {
    const meanWeight = weights.reduce((sum, line) => sum + (line[item] ?? 0), 0) / resources;
    return variable(`item ${item}`, Math.round(meanWeight + random() * 10));
  });
  const rows = weights.map((line, resource) =>
    row(
      `capacity ${resource}`,
      line.map((weight, item) => [item, weight] as const),
      -Infinity,
      Math.floor(line.reduce((sum, weight) => sum + weight, 0) / 2),
    ),
  );
  return { sense: 'maximize', variables, rows };
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Takes items in order while every capacity still holds. */
function greedyStart(model: Milp): number[] {
  const load = model.rows.map(() => 0);
  return model.variables.map((_, item) => {
    const weights = model.rows.map((line) => line.terms[item]?.coefficient ?? 0);
    const fits = model.rows.every(
      (line, resource) => (load[resource] ?? 0) + (weights[resource] ?? 0) <= line.upper,
    );
    if (fits) weights.forEach((weight, resource) => (load[resource] = (load[resource] ?? 0) + weight));
    return fits ? 1 : 0;
  });
}

describe('HiGHS on a harder model', () => {
  const model = hardKnapsack(300, 30, 7);

  it('accepts a warm start and returns it when the time runs out at once', async () => {
    const start = greedyStart(model);
    const startObjective = checkSolution(model, start).objective;
    const cold = await highs.solve(model, { timeLimitSeconds: 0.001 });
    const warm = await highs.solve(model, { timeLimitSeconds: 0.001, warmStart: start });
    expect(cold.status).toBe('timedout');
    expect(cold.values).toBeUndefined();
    expect(warm.status).toBe('timedout');
    expectVerified(model, warm);
    expect(warm.objective).toBeGreaterThanOrEqual(startObjective);
  });

  it('stops at the time limit with a verified incumbent and a bound above it', async () => {
    const result = await highs.solve(model, { timeLimitSeconds: 1 });
    expect(result.status).toBe('timedout');
    expectVerified(model, result);
    expect(result.bound).toBeGreaterThan(result.objective ?? Infinity);
    expect(result.seconds).toBeLessThan(3);
  });
});

type Relation = '<=' | '>=' | '=' | 'range';

const relation: fc.Arbitrary<Relation> = fc.oneof(
  { arbitrary: fc.constant<Relation>('<='), weight: 4 },
  { arbitrary: fc.constant<Relation>('>='), weight: 2 },
  { arbitrary: fc.constant<Relation>('='), weight: 1 },
  { arbitrary: fc.constant<Relation>('range'), weight: 2 },
);
const coefficient = fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 9 }));

/**
 * Random binary models: up to 12 variables and 8 rows of every kind. Each row's bounds are set around
 * its activity at a hidden binary point, mostly with slack to spare (so most models are feasible and
 * the optimum is not trivial) and sometimes past it (so some are infeasible).
 */
const binaryModel: fc.Arbitrary<Milp> = fc.integer({ min: 1, max: 12 }).chain((size) =>
  fc
    .record({
      sense: fc.constantFrom<Milp['sense']>('maximize', 'minimize'),
      objective: fc.array(fc.integer({ min: -10, max: 10 }), { minLength: size, maxLength: size }),
      hidden: fc.array(fc.constantFrom(0, 1), { minLength: size, maxLength: size }),
      rows: fc.array(
        fc.record({
          coefficients: fc.array(coefficient, { minLength: size, maxLength: size }),
          relation,
          slack: fc.oneof(
            { arbitrary: fc.integer({ min: 0, max: 8 }), weight: 6 },
            { arbitrary: fc.integer({ min: -6, max: -1 }), weight: 1 },
          ),
          width: fc.integer({ min: 0, max: 6 }),
        }),
        { maxLength: 8 },
      ),
    })
    .map(({ sense, objective, hidden, rows }) => ({
      sense,
      variables: objective.map((cost, index) => variable(`x${index}`, cost)),
      rows: rows.map(({ coefficients, relation: kind, slack, width }, index) => {
        const terms = coefficients.flatMap((value, item) => (value === 0 ? [] : [[item, value] as const]));
        const activity = terms.reduce((sum, [item, value]) => sum + value * (hidden[item] ?? 0), 0);
        const bounds: Record<Relation, readonly [number, number]> = {
          '<=': [-Infinity, activity + slack],
          '>=': [activity - slack, Infinity],
          '=': [activity + Math.min(slack, 0), activity + Math.min(slack, 0)],
          range: [activity - slack, Math.max(activity, activity - slack) + width],
        };
        const [lower, upper] = bounds[kind];
        return row(`row ${index}`, terms, lower, upper);
      }),
    })),
);

describe('engines agree', () => {
  it('on random small binary models, jsLP, HiGHS and HiGHS via LP text find the same verified optimum', async () => {
    await fc.assert(
      fc.asyncProperty(binaryModel, async (model) => {
        const [fromArrays, fromText, fromJsLp] = await Promise.all(
          [highs, highsLpText, jsLp].map((engine) => engine.solve(model, EXACT)),
        );
        expect(fromText?.status).toBe(fromArrays?.status);
        expect(fromJsLp?.status).toBe(fromArrays?.status);
        if (fromArrays?.status === 'infeasible') return;
        expect(fromArrays?.status).toBe('optimal');
        for (const result of [fromArrays, fromText, fromJsLp]) {
          if (result === undefined) throw new Error('missing result');
          expectVerified(model, result);
          expect(Math.abs((result.objective ?? NaN) - (fromArrays?.objective ?? NaN))).toBeLessThanOrEqual(
            1e-6,
          );
        }
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});

describe('toCplexLp', () => {
  it('writes short mapped names, both sides of a ranged row, bounds, generals and a final newline', () => {
    const text = toCplexLp(wideBounds);
    expect(text).toContain('\\ x0 = x\n');
    expect(text).toContain(' obj: 3 x0 + 2 x1 - 1 x2\n');
    expect(text).toContain(' r1_lo: 1 x0 - 1 x1 >= -100\n r1_up: 1 x0 - 1 x1 <= 8\n');
    expect(text).toContain(' -3 <= x2 <= +inf\n');
    expect(text).toContain('Generals\n x0 x1\nEnd\n');
  });

  it('states a row with no terms that 0 breaks against a variable fixed at 0', () => {
    const text = toCplexLp({
      sense: 'minimize',
      variables: [],
      rows: [row('never', [], 1, 2), row('always', [], -1, 1)],
    });
    expect(text).toContain(' r0: 0 d0 >= 1\n');
    expect(text).toContain('\\ r1: no terms, always satisfied, omitted\n');
    expect(text).toContain(' d0 = 0\n');
  });

  it('keeps free text out of the model: a newline in a name stays inside its comment', () => {
    const model: Milp = { sense: 'minimize', variables: [variable('a\nEnd\nb', 1)], rows: [] };
    expect(toCplexLp(model).split('\n')).toContain('\\ x0 = a?End?b');
  });
});

describe('checkSolution', () => {
  it('names every broken row, bound and integrality', () => {
    const check = checkSolution(knapsack, [1, 1, 0, 0, 0.5]);
    expect(check.feasible).toBe(false);
    expect(check.integral).toBe(false);
    expect(check.objective).toBeCloseTo(25, 9);
    expect(check.violations).toEqual(['row "weight": 12 > 10', 'variable "e": 0.5 is not integral']);
    expect(checkSolution(knapsack, [2, 0, 0, 0, 0]).violations).toEqual(['variable "a": 2 > 1']);
  });

  it('rejects values that do not fit the model', () => {
    expect(checkSolution(knapsack, [1, 0]).feasible).toBe(false);
    expect(checkSolution(knapsack, [NaN, 0, 0, 0, 0]).feasible).toBe(false);
  });

  it('accepts an engine’s rounding noise within the tolerance', () => {
    const check = checkSolution(knapsack, [1 - 1e-9, 0, 0, 1 + 1e-9, 1]);
    expect(check.violations).toEqual([]);
  });
});
