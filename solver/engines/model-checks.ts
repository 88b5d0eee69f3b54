// Checks every engine adapter runs before handing a model to its engine, so that malformed input
// comes back as an `error` result and trivial infeasibility as `infeasible`, identically for all engines.
import type { EngineOptions, Milp, Term } from '../milp.ts';

/**
 * A row's terms with repeated variables summed and zero coefficients dropped (HiGHS rejects a row
 * that names a column twice; javascript-lp-solver would keep only the last coefficient).
 */
export function mergeTerms(terms: readonly Term[]): Term[] {
  const sums = new Map<number, number>();
  for (const term of terms) sums.set(term.variable, (sums.get(term.variable) ?? 0) + term.coefficient);
  return [...sums]
    .filter(([, coefficient]) => coefficient !== 0)
    .sort(([a], [b]) => a - b)
    .map(([variable, coefficient]) => ({ variable, coefficient }));
}

/** Why the model or the options cannot be solved as given (a caller's mistake), if they cannot. */
export function findInputError(model: Milp, options: EngineOptions): string | undefined {
  for (const [index, variable] of model.variables.entries()) {
    if (!Number.isFinite(variable.objective))
      return `variable ${index} "${variable.name}": objective not finite`;
    if (Number.isNaN(variable.lower) || Number.isNaN(variable.upper) || variable.lower === Infinity) {
      return `variable ${index} "${variable.name}": bounds [${variable.lower}, ${variable.upper}]`;
    }
    if (variable.upper === -Infinity) return `variable ${index} "${variable.name}": upper bound −∞`;
  }
  for (const [index, row] of model.rows.entries()) {
    if (
      Number.isNaN(row.lower) ||
      Number.isNaN(row.upper) ||
      row.lower === Infinity ||
      row.upper === -Infinity
    ) {
      return `row ${index} "${row.name}": bounds [${row.lower}, ${row.upper}]`;
    }
    for (const term of row.terms) {
      const known =
        Number.isInteger(term.variable) && term.variable >= 0 && term.variable < model.variables.length;
      if (!known) return `row ${index} "${row.name}": unknown variable index ${term.variable}`;
      if (!Number.isFinite(term.coefficient)) return `row ${index} "${row.name}": coefficient not finite`;
    }
  }
  if (Number.isNaN(options.timeLimitSeconds) || options.timeLimitSeconds < 0) {
    return `time limit ${options.timeLimitSeconds} s`;
  }
  const warmStart = options.warmStart;
  if (warmStart !== undefined) {
    if (warmStart.length !== model.variables.length) {
      return `warm start has ${warmStart.length} values for ${model.variables.length} variables`;
    }
    if (!warmStart.every(Number.isFinite)) return 'warm start has a value that is not finite';
  }
  return undefined;
}

/**
 * A reason the model is infeasible without solving anything: crossed bounds, or a row with no
 * terms whose bounds exclude 0. Such rows are otherwise dropped or mishandled by the engines.
 */
export function findTrivialInfeasibility(model: Milp): string | undefined {
  for (const variable of model.variables) {
    if (variable.lower > variable.upper) return `variable "${variable.name}": lower bound above upper bound`;
    if (variable.integer && Math.ceil(variable.lower) > Math.floor(variable.upper)) {
      return `integer variable "${variable.name}": no integer within its bounds`;
    }
  }
  for (const row of model.rows) {
    if (row.lower > row.upper) return `row "${row.name}": lower bound above upper bound`;
    if (mergeTerms(row.terms).length === 0 && (row.lower > 0 || row.upper < 0)) {
      return `row "${row.name}": no terms, but 0 is outside [${row.lower}, ${row.upper}]`;
    }
  }
  return undefined;
}
