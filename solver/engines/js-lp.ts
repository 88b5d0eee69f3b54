// The javascript-lp-solver adapter: the only file that imports it. The engine keeps a dense tableau and
// has no primal heuristics, so it is trusted only on small models (docs: solver-notes.md).
import jsLpPackage from 'javascript-lp-solver';
import type { Model as JsLpModel, SolveResult } from 'javascript-lp-solver';
import type { Engine, EngineOptions, EngineResult, Milp } from '../milp.ts';
import { findInputError, findTrivialInfeasibility, mergeTerms } from './model-checks.ts';

export type JsLpLimits = { readonly maxVariables: number; readonly maxRows: number };

type Answer = Omit<EngineResult, 'seconds'>;

// The package's types read as CommonJS under NodeNext (solver under `.default`); at run time the ESM
// build's default export is the solver itself.
type Solver = (typeof jsLpPackage)['default'];
const solver = ('Solve' in jsLpPackage ? jsLpPackage : jsLpPackage.default) as Solver;

// Internal names: the result object mixes status keys (feasible, result, bounded, isIntegral) with
// variable names, so variables are `v<i>`, rows `r<i>`, bounds `b<i>` and the objective `objective`.
const OBJECTIVE = 'objective';
const variableKey = (index: number) => `v${index}`;

/**
 * An engine over javascript-lp-solver that refuses (status `error`) any model over `limits`.
 * Its solve runs synchronously, and the root LP cannot be interrupted: the time limit is checked
 * only between branch-and-bound nodes.
 */
export function createJsLpEngine(limits: JsLpLimits = { maxVariables: 60, maxRows: 60 }): Engine {
  return {
    name: 'javascript-lp-solver',
    async solve(model, options) {
      const started = performance.now();
      const answer = solveChecked(model, options, limits, started);
      return { ...answer, seconds: (performance.now() - started) / 1000 };
    },
  };
}

function solveChecked(model: Milp, options: EngineOptions, limits: JsLpLimits, started: number): Answer {
  if (model.variables.length > limits.maxVariables || model.rows.length > limits.maxRows) {
    const size = `${model.variables.length} variables × ${model.rows.length} rows`;
    const limit = `${limits.maxVariables} × ${limits.maxRows}`;
    return { status: 'error', message: `javascript-lp-solver refuses ${size}: over its limit of ${limit}` };
  }
  const inputError = findInputError(model, options);
  if (inputError !== undefined) return { status: 'error', message: inputError };
  const infeasibility = findTrivialInfeasibility(model);
  if (infeasibility !== undefined) return { status: 'infeasible', message: infeasibility };
  const timeoutMs = Number.isFinite(options.timeLimitSeconds)
    ? Math.max(1, Math.round(options.timeLimitSeconds * 1000))
    : undefined;
  let result: SolveResult;
  try {
    result = solver.Solve(toJsLpModel(model, timeoutMs)) as SolveResult;
  } catch (error) {
    return { status: 'error', message: `javascript-lp-solver failed: ${describeError(error)}` };
  }
  const timedOut = timeoutMs !== undefined && performance.now() - started >= timeoutMs;
  return interpret(model, result, timedOut);
}

/**
 * Rows become `min`/`max` constraints; variable bounds other than x ≥ 0 become rows, with
 * `unrestricted` for a variable that may go negative. Integers are `ints`, never `binaries`
 * (which would add an x ≤ 1 row of its own on top of the bound row).
 */
function toJsLpModel(model: Milp, timeoutMs: number | undefined): JsLpModel {
  const constraints: JsLpModel['constraints'] = {};
  const variables: JsLpModel['variables'] = {};
  const ints: Record<string, 1> = {};
  const unrestricted: Record<string, 1> = {};
  for (const [index, variable] of model.variables.entries()) {
    const key = variableKey(index);
    const coefficients: Record<string, number> = { [OBJECTIVE]: variable.objective };
    variables[key] = coefficients;
    if (variable.integer) ints[key] = 1;
    if (variable.lower < 0) unrestricted[key] = 1;
    const lower = variable.lower === 0 ? undefined : variable.lower;
    const bound = toBound(lower ?? -Infinity, variable.upper);
    if (bound !== undefined) {
      constraints[`b${index}`] = bound;
      coefficients[`b${index}`] = 1;
    }
  }
  for (const [index, row] of model.rows.entries()) {
    const terms = mergeTerms(row.terms);
    const bound = toBound(row.lower, row.upper);
    if (terms.length === 0 || bound === undefined) continue;
    constraints[`r${index}`] = bound;
    for (const term of terms) {
      const coefficients = variables[variableKey(term.variable)];
      if (coefficients !== undefined) coefficients[`r${index}`] = term.coefficient;
    }
  }
  return {
    optimize: OBJECTIVE,
    opType: model.sense === 'maximize' ? 'max' : 'min',
    constraints,
    variables,
    ints,
    unrestricted,
    ...(timeoutMs !== undefined && { options: { timeout: timeoutMs } }),
  };
}

function toBound(lower: number, upper: number): { min?: number; max?: number; equal?: number } | undefined {
  if (lower === upper) return { equal: lower };
  const hasLower = lower > -Infinity;
  const hasUpper = upper < Infinity;
  if (!hasLower && !hasUpper) return undefined;
  return { ...(hasLower && { min: lower }), ...(hasUpper && { max: upper }) };
}

/**
 * Reads the flat result. With integer variables only `isIntegral === true` is an integer solution:
 * `feasible` describes the last LP solved, fractional on a time-out. Missing variables are 0.
 */
function interpret(model: Milp, result: SolveResult, timedOut: boolean): Answer {
  if (result.bounded === false)
    return { status: 'error', message: 'javascript-lp-solver: model is unbounded' };
  const hasIntegers = model.variables.some((variable) => variable.integer);
  const hasSolution = hasIntegers ? result.isIntegral === true : result.feasible === true;
  if (!hasSolution) {
    // Without a time-out the search is exhausted: no (integer) solution exists.
    return timedOut ? { status: 'timedout' } : { status: 'infeasible' };
  }
  const values = model.variables.map((_, index) => {
    const value = result[variableKey(index)];
    return typeof value === 'number' ? value : 0;
  });
  const objective = values.reduce(
    (sum, value, index) => sum + (model.variables[index]?.objective ?? 0) * value,
    0,
  );
  // After a time-out the incumbent is only the best found; otherwise the search ran to the end. No
  // `bound`: phase 2 may stop on a "no improvement" rule, so even `optimal` is not a proof.
  return { status: timedOut ? 'timedout' : 'optimal', values, objective };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
