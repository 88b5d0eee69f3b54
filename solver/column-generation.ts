// Column generation for the LP relaxation of the pattern model. The full model can hold a hundred
// thousand columns (1,500 cases × every slot and flight); its LP takes HiGHS half a minute. Only a
// few columns matter: start from each candidate's best few options, solve that LP, price every other
// option with the LP's duals (reduced cost = worth − π_candidate − Σ μ_resource · amount) and add
// those that would improve it, until none does. Then the restricted LP's optimum is the full LP's,
// so its value is a valid bound, reached with a small fraction of the columns.
import type { Engine } from './milp.ts';
import type { Assignment, Option, Problem } from './problem.ts';
import { buildPatternModel } from './model.ts';

export type Relaxation = {
  /** The LP optimum over all options (a bound on every plan), when pricing finished. */
  readonly bound: number;
  /** Per candidate and option, its LP value (0 for options never generated). */
  readonly values: number[][];
  /** Per candidate, the option indices generated. */
  readonly generated: number[][];
  /** Whether pricing proved the LP optimal over every option (else `bound` is not proven). */
  readonly proven: boolean;
  readonly rounds: number;
};

/** Options generated per candidate at the start, and added per candidate per round at most. */
const START_COLUMNS = 4;
const ADD_PER_ROUND = 3;
const MAX_ROUNDS = 60;

export async function solveRelaxation(
  problem: Problem,
  engine: Engine,
  start: Assignment,
  now: () => number,
  deadline: number,
): Promise<Relaxation | null> {
  const generated = problem.candidates.map((c, i) => initialColumns(c.options, start[i] ?? null, c.pinned));
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const restricted: Problem = {
      resources: problem.resources,
      candidates: problem.candidates.map((c, i) => ({
        ...c,
        options: generated[i]!.map((o) => c.options[o]!),
      })),
    };
    const model = buildPatternModel(restricted);
    const lp = { ...model.milp, variables: model.milp.variables.map((v) => ({ ...v, integer: false })) };
    const answer = await engine.solve(lp, {
      timeLimitSeconds: Math.max(0.1, (deadline - now()) / 1000),
      lpMethod: 'ipm',
    });
    if (answer.status !== 'optimal' || !answer.values || answer.objective === undefined) return null;
    const values = problem.candidates.map((c) => c.options.map(() => 0));
    model.columns.forEach(
      ({ candidate, option }, v) =>
        (values[candidate]![generated[candidate]![option]!] = answer.values![v] ?? 0),
    );
    const duals = answer.duals ? rowDuals(model.milp.rows, answer.duals, problem) : null;
    const added = duals ? price(problem, generated, duals) : 0;
    if (added === 0 || now() >= deadline) {
      return {
        bound: answer.objective,
        values,
        generated,
        proven: duals !== null && added === 0,
        rounds: round,
      };
    }
  }
  return null;
}

/** The start's option, the best few by worth, and every option of a pinned candidate. */
function initialColumns(options: readonly Option[], chosen: number | null, pinned: boolean): number[] {
  const order = options.map((_, o) => o);
  if (pinned) return order;
  const best = order.sort((a, b) => score(options[b]!) - score(options[a]!)).slice(0, START_COLUMNS);
  if (chosen !== null && !best.includes(chosen)) best.push(chosen);
  return best.sort((a, b) => a - b);
}

type Duals = { candidate: Float64Array; resource: Float64Array };

/** Splits the row duals into π per candidate row (`one<c>`) and μ per resource row (`cap<r>`). */
function rowDuals(rows: readonly { name: string }[], duals: readonly number[], problem: Problem): Duals {
  const candidate = new Float64Array(problem.candidates.length);
  const resource = new Float64Array(problem.resources.length);
  rows.forEach((row, i) => {
    const y = duals[i] ?? 0;
    if (row.name.startsWith('one')) candidate[Number(row.name.slice(3))] = y;
    else if (row.name.startsWith('cap')) resource[Number(row.name.slice(3))] = y;
  });
  return { candidate, resource };
}

/** Adds, per candidate, the best few options with positive reduced cost; returns how many. */
function price(problem: Problem, generated: number[][], duals: Duals): number {
  let added = 0;
  problem.candidates.forEach((c, i) => {
    const have = new Set(generated[i]);
    const improving = c.options
      .map((option, o) => ({ o, rc: reducedCost(option, duals.candidate[i] ?? 0, duals.resource) }))
      .filter(({ o, rc }) => !have.has(o) && rc > 1e-6)
      .sort((a, b) => b.rc - a.rc)
      .slice(0, ADD_PER_ROUND);
    for (const { o } of improving) generated[i]!.push(o);
    added += improving.length;
  });
  return added;
}

function reducedCost(option: Option, pi: number, mu: Float64Array): number {
  let rc = score(option) - pi;
  for (const u of option.uses) rc -= (mu[u.resource] ?? 0) * u.amount;
  return rc;
}

function score(option: Option): number {
  return option.value - option.penalty;
}
