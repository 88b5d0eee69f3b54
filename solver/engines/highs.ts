// The HiGHS adapter: the only file that imports `highs`. By default it builds the model from arrays
// through the persistent API (no LP text to write and parse), seeds the MIP start, reads the dual bound
// and disposes every model. The one-shot LP-text route exists to cross-check `toCplexLp`.
import highsPackage from 'highs';
import type { Highs, Model as HighsModel, ModelData } from 'highs';
import { lpVariableName, toCplexLp } from '../lp-format.ts';
import type { Engine, EngineOptions, EngineResult, Milp } from '../milp.ts';
import { findInputError, findTrivialInfeasibility, mergeTerms } from './model-checks.ts';

/**
 * `arrays`: the persistent API (warm start, dual bound). `lp-text`: `highs.solve(toCplexLp(model))`,
 * one-shot, with no warm start and no bound.
 */
export type HighsInput = 'arrays' | 'lp-text';

type Answer = Omit<EngineResult, 'seconds'>;

// The package's one `types.d.ts` serves both builds and reads as CommonJS under NodeNext, so the loader
// appears as `.default`; at run time the ESM build's default export is the loader itself.
const loadHighs: (typeof highsPackage)['default'] =
  typeof highsPackage === 'function' ? highsPackage : highsPackage.default;

/**
 * Loads the HiGHS wasm module once and returns an engine that reuses it. Each solve is synchronous
 * inside and blocks the event loop: the planner runs it in a worker. If a solve throws (a wasm abort
 * can leave the module unusable), the module is reloaded on the next solve.
 */
export async function createHighsEngine(input: HighsInput = 'arrays'): Promise<Engine> {
  let runtime: Promise<Highs> | undefined = loadHighs();
  await runtime;
  const solveWith = input === 'arrays' ? solveFromArrays : solveFromLpText;
  return {
    name: input === 'arrays' ? 'highs' : 'highs-lp-text',
    async solve(model, options) {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      const precheck = precheckModel(model, options);
      if (precheck !== undefined) return { ...precheck, seconds: seconds() };
      try {
        const highs = await (runtime ??= loadHighs());
        return { ...solveWith(highs, model, options), seconds: seconds() };
      } catch (error) {
        runtime = undefined;
        return { status: 'error', message: `HiGHS failed: ${describeError(error)}`, seconds: seconds() };
      }
    },
  };
}

/** Answers that need no engine: malformed input, trivial infeasibility, no variables at all. */
function precheckModel(model: Milp, options: EngineOptions): Answer | undefined {
  const inputError = findInputError(model, options);
  if (inputError !== undefined) return { status: 'error', message: inputError };
  const infeasibility = findTrivialInfeasibility(model);
  if (infeasibility !== undefined) return { status: 'infeasible', message: infeasibility };
  // HiGHS reports an empty model as "Empty" with no solution; with no variables every row is 0.
  if (model.variables.length === 0) return { status: 'optimal', values: [], objective: 0, bound: 0 };
  return undefined;
}

function solveFromArrays(highs: Highs, model: Milp, options: EngineOptions): Answer {
  const isMip = model.variables.some((variable) => variable.integer);
  const instance = highs.createModel(toModelData(highs, model, isMip));
  try {
    instance.options.set({ output_flag: false });
    if (Number.isFinite(options.timeLimitSeconds))
      instance.options.set('time_limit', options.timeLimitSeconds);
    if (options.relativeGap !== undefined) instance.options.set('mip_rel_gap', options.relativeGap);
    if (!isMip && options.lpMethod !== undefined) instance.options.set('solver', options.lpMethod);
    // A MIP start: HiGHS checks it and, if feasible, keeps it as the first incumbent.
    if (isMip && options.warmStart !== undefined) {
      instance.setSolution({ colValue: Float64Array.from(options.warmStart) });
    }
    const { modelStatus } = instance.run();
    return readAnswer(highs, instance, modelStatus, isMip);
  } finally {
    instance.dispose();
  }
}

/** The model as HiGHS arrays: bounds per column, a CSR matrix with one merged entry per variable. */
function toModelData(highs: Highs, model: Milp, isMip: boolean): ModelData {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of model.rows) {
    for (const term of mergeTerms(row.terms)) {
      indices.push(term.variable);
      values.push(term.coefficient);
    }
    starts.push(indices.length);
  }
  const { variables, rows } = model;
  const { integer, continuous } = highs.constants.variableType;
  return {
    numCols: variables.length,
    numRows: rows.length,
    sense: highs.constants.objectiveSense[model.sense],
    colCost: Float64Array.from(variables, (variable) => variable.objective),
    colLower: Float64Array.from(variables, (variable) => variable.lower),
    colUpper: Float64Array.from(variables, (variable) => variable.upper),
    rowLower: Float64Array.from(rows, (row) => row.lower),
    rowUpper: Float64Array.from(rows, (row) => row.upper),
    matrix: {
      format: 'csr',
      numRows: rows.length,
      numCols: variables.length,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    ...(isMip && { integrality: Int32Array.from(variables, (v) => (v.integer ? integer : continuous)) }),
  };
}

function readAnswer(highs: Highs, instance: HighsModel, modelStatus: number, isMip: boolean): Answer {
  const codes = highs.constants.modelStatus;
  const hasSolution = instance.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
  const solution = hasSolution ? instance.getSolution() : undefined;
  const incumbent: { values?: number[]; objective?: number; duals?: number[] } = solution
    ? {
        values: Array.from(solution.colValue),
        objective: instance.getObjectiveValue(),
        ...(!isMip && { duals: Array.from(solution.rowDual) }),
      }
    : {};
  // `mip_dual_bound` is the proven bound for a MIP (±∞ before the root LP); an LP's optimum is its own bound.
  const dualBound = isMip ? Number(instance.info.get('mip_dual_bound')) : incumbent.objective;
  const bound = dualBound !== undefined && Number.isFinite(dualBound) ? { bound: dualBound } : {};
  const statusName = Object.entries(codes).find(([, code]) => code === modelStatus)?.[0] ?? `${modelStatus}`;
  switch (modelStatus) {
    case codes.optimal:
      return hasSolution
        ? { status: 'optimal', ...incumbent, ...bound }
        : { status: 'error', message: 'HiGHS reported optimal without a primal solution' };
    case codes.infeasible:
      return { status: 'infeasible' };
    case codes.timeLimit:
      return { status: 'timedout', ...incumbent, ...bound };
    case codes.iterationLimit:
    case codes.solutionLimit:
    case codes.interrupted:
    case codes.objectiveBound:
    case codes.objectiveTarget:
      return hasSolution
        ? { status: 'feasible', ...incumbent, ...bound, message: `HiGHS stopped: ${statusName}` }
        : { status: 'error', message: `HiGHS stopped without a solution: ${statusName}` };
    case codes.unbounded:
    case codes.unboundedOrInfeasible:
      return { status: 'error', message: `HiGHS: model is ${statusName}` };
    default:
      return { status: 'error', message: `HiGHS model status: ${statusName}` };
  }
}

const LIMIT_STATUSES = new Set([
  'Iteration limit reached',
  'Bound on objective reached',
  'Target for objective reached',
]);

/** The one-shot route: parse `toCplexLp(model)`, read columns back by their `x<i>` names. */
function solveFromLpText(highs: Highs, model: Milp, options: EngineOptions): Answer {
  const solution = highs.solve(toCplexLp(model), {
    output_flag: false,
    ...(Number.isFinite(options.timeLimitSeconds) && { time_limit: options.timeLimitSeconds }),
    ...(options.relativeGap !== undefined && { mip_rel_gap: options.relativeGap }),
  });
  const values = model.variables.map((_, index) => {
    const column = solution.Columns[lpVariableName(index)];
    return column !== undefined && 'Primal' in column ? column.Primal : NaN;
  });
  const hasSolution = values.every(Number.isFinite) && Number.isFinite(solution.ObjectiveValue);
  const incumbent = hasSolution ? { values, objective: solution.ObjectiveValue } : {};
  const isMip = model.variables.some((variable) => variable.integer);
  switch (solution.Status) {
    case 'Optimal':
      return hasSolution
        ? { status: 'optimal', ...incumbent, ...(!isMip && { bound: solution.ObjectiveValue }) }
        : { status: 'error', message: 'HiGHS reported optimal without a primal solution' };
    case 'Infeasible':
      return { status: 'infeasible' };
    case 'Time limit reached':
      return { status: 'timedout', ...incumbent };
    default:
      return hasSolution && LIMIT_STATUSES.has(solution.Status)
        ? { status: 'feasible', ...incumbent, message: `HiGHS stopped: ${solution.Status}` }
        : { status: 'error', message: `HiGHS: ${solution.Status}` };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
