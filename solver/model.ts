// The pattern model: one binary per (candidate, option); at most one option per candidate (exactly
// one when pinned); Σ amount·x ≤ capacity per resource. Rows that can never bind are left out.
import type { Milp, Row, Term, Variable } from './milp.ts';
import type { Assignment, Problem } from './problem.ts';

export type PatternModel = {
  readonly milp: Milp;
  /** For each variable: its candidate and option index. */
  readonly columns: readonly { readonly candidate: number; readonly option: number }[];
};

export function buildPatternModel(problem: Problem): PatternModel {
  const variables: Variable[] = [];
  const columns: { candidate: number; option: number }[] = [];
  const rows: Row[] = [];
  const termsByResource: Term[][] = problem.resources.map(() => []);
  problem.candidates.forEach((candidate, c) => {
    const own: Term[] = [];
    candidate.options.forEach((option, o) => {
      const index = variables.length;
      variables.push({
        name: `x${index}`,
        lower: 0,
        upper: 1,
        integer: true,
        objective: option.value - option.penalty,
      });
      columns.push({ candidate: c, option: o });
      own.push({ variable: index, coefficient: 1 });
      for (const use of option.uses)
        termsByResource[use.resource]?.push({ variable: index, coefficient: use.amount });
    });
    if (own.length > 0)
      rows.push({ name: `one${c}`, terms: own, lower: candidate.pinned ? 1 : -Infinity, upper: 1 });
  });
  problem.resources.forEach((resource, r) => {
    const terms = termsByResource[r] ?? [];
    if (canBind(terms, resource.capacity))
      rows.push({ name: `cap${r}`, terms, lower: -Infinity, upper: resource.capacity });
  });
  return { milp: { sense: 'maximize', variables, rows }, columns };
}

/** A row binds only if its positive terms together could exceed the capacity. */
function canBind(terms: readonly Term[], capacity: number): boolean {
  let most = 0;
  for (const t of terms) if (t.coefficient > 0) most += t.coefficient;
  return most > capacity + 1e-9;
}

export function assignmentToValues(model: PatternModel, assignment: Assignment): number[] {
  return model.columns.map(({ candidate, option }) => (assignment[candidate] === option ? 1 : 0));
}

/** Reads an engine's 0/1 values back; null when a value is not integral (never trust an engine). */
export function valuesToAssignment(
  model: PatternModel,
  values: readonly number[],
  candidates: number,
): Assignment | null {
  const assignment: (number | null)[] = Array.from({ length: candidates }, () => null);
  for (let v = 0; v < model.columns.length; v++) {
    const value = values[v] ?? 0;
    if (Math.abs(value - Math.round(value)) > 1e-6) return null;
    if (Math.round(value) !== 1) continue;
    const { candidate, option } = model.columns[v]!;
    if (assignment[candidate] !== null) return null;
    assignment[candidate] = option;
  }
  return assignment;
}
