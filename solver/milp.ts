// A mixed-integer linear programme in the solver's own terms, independent of any engine.

/** One column: bounds, integrality and its objective coefficient. */
export type Variable = {
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
  readonly integer: boolean;
  readonly objective: number;
};

/** One coefficient of a row: the variable's index in `Milp.variables`. */
export type Term = { readonly variable: number; readonly coefficient: number };

/** lower ≤ Σ coefficient·x ≤ upper; use ±Infinity for a one-sided row. */
export type Row = {
  readonly name: string;
  readonly terms: readonly Term[];
  readonly lower: number;
  readonly upper: number;
};

export type Milp = {
  readonly sense: 'maximize' | 'minimize';
  readonly variables: readonly Variable[];
  readonly rows: readonly Row[];
};

export type EngineOptions = {
  /** Wall-clock limit; the engine returns its best answer when it runs out. */
  readonly timeLimitSeconds: number;
  /** Stop when (bound − objective) / |objective| falls below this. */
  readonly relativeGap?: number;
  /** How an engine that has the choice solves a pure LP: simplex, or an interior-point method. */
  readonly lpMethod?: 'simplex' | 'ipm';
  /** A feasible assignment to start from (one value per variable). */
  readonly warmStart?: readonly number[];
};

export type EngineStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout' | 'error';

/**
 * What an engine says. `values` is present for `optimal` and `feasible` (and for `timedout` when the
 * engine had an incumbent). Nothing here is trusted: the planner re-checks every answer.
 */
export type EngineResult = {
  readonly status: EngineStatus;
  readonly values?: readonly number[];
  readonly objective?: number;
  /** Best proven bound on the objective, where the engine reports one. */
  readonly bound?: number;
  /**
   * For an LP solved to optimality, where the engine gives them: one dual value per row, such that
   * an added column j would have reduced cost c_j − Σ_i duals_i · a_ij.
   */
  readonly duals?: readonly number[];
  readonly seconds: number;
  readonly message?: string;
};

export type Engine = {
  readonly name: string;
  solve(model: Milp, options: EngineOptions): Promise<EngineResult>;
};
