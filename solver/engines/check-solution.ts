// An engine's answer is never trusted: this recomputes every row, bound and integrality from the model.
import type { Milp } from '../milp.ts';

export type SolutionCheck = {
  /** Every row and variable bound holds within the tolerance (integrality is reported apart). */
  readonly feasible: boolean;
  /** Every integer variable is within the tolerance of an integer. */
  readonly integral: boolean;
  /** Σ objective·value, recomputed; NaN when the values do not fit the model. */
  readonly objective: number;
  /** One readable line per broken rule, naming the row or variable. */
  readonly violations: readonly string[];
};

/**
 * Checks `values` against `model`. A bound `b` counts as broken when missed by more than
 * `tolerance · max(1, |b|)`: relative for large right-hand sides, absolute near zero.
 */
export function checkSolution(model: Milp, values: readonly number[], tolerance = 1e-6): SolutionCheck {
  if (values.length !== model.variables.length) {
    const violation = `${values.length} values for ${model.variables.length} variables`;
    return { feasible: false, integral: false, objective: NaN, violations: [violation] };
  }
  const boundViolations: string[] = [];
  const integralityViolations: string[] = [];
  let objective = 0;
  for (const [index, variable] of model.variables.entries()) {
    const value = values[index] ?? NaN;
    objective += variable.objective * value;
    const broken = describeBrokenBounds(value, variable.lower, variable.upper, tolerance);
    if (broken !== undefined) boundViolations.push(`variable "${variable.name}": ${broken}`);
    if (variable.integer && !(Math.abs(value - Math.round(value)) <= tolerance)) {
      integralityViolations.push(`variable "${variable.name}": ${value} is not integral`);
    }
  }
  for (const row of model.rows) {
    const activity = row.terms.reduce(
      (sum, term) => sum + term.coefficient * (values[term.variable] ?? NaN),
      0,
    );
    const broken = describeBrokenBounds(activity, row.lower, row.upper, tolerance);
    if (broken !== undefined) boundViolations.push(`row "${row.name}": ${broken}`);
  }
  return {
    feasible: boundViolations.length === 0,
    integral: integralityViolations.length === 0,
    objective,
    violations: [...boundViolations, ...integralityViolations],
  };
}

function describeBrokenBounds(
  value: number,
  lower: number,
  upper: number,
  tolerance: number,
): string | undefined {
  if (Number.isNaN(value)) return 'value is not a number';
  if (value < lower - tolerance * Math.max(1, Math.abs(lower))) return `${value} < ${lower}`;
  if (value > upper + tolerance * Math.max(1, Math.abs(upper))) return `${value} > ${upper}`;
  return undefined;
}
