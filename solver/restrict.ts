// A problem with fewer options per candidate, and the maps between its option indices and the
// whole problem's.
import type { Assignment, Problem } from './problem.ts';

export type Restricted = {
  readonly problem: Problem;
  /** The whole problem's assignment for one of the restricted problem. */
  toFull(assignment: Assignment): Assignment;
  /** The restricted problem's assignment for one of the whole problem (null where not kept). */
  fromFull(assignment: Assignment): Assignment;
  /** Per candidate, a value per kept option, from a value per option of the whole problem. */
  valuesFromFull(values: readonly (readonly number[])[]): number[][];
};

export function restrictOptions(problem: Problem, keep: readonly (readonly number[])[]): Restricted {
  const local = keep.map((options) => new Map(options.map((o, k) => [o, k])));
  return {
    problem: {
      resources: problem.resources,
      candidates: problem.candidates.map((c, i) => ({
        ...c,
        options: (keep[i] ?? []).map((o) => c.options[o]!),
      })),
    },
    toFull: (a) => a.map((o, i) => (o === null ? null : (keep[i]?.[o] ?? null))),
    fromFull: (a) => a.map((o, i) => (o === null ? null : (local[i]?.get(o) ?? null))),
    valuesFromFull: (values) => keep.map((options, i) => options.map((o) => values[i]?.[o] ?? 0)),
  };
}

/** Each candidate's options kept, plus the one the assignment chose. */
export function withChosen(keep: readonly (readonly number[])[], assignment: Assignment): number[][] {
  return keep.map((options, i) => {
    const chosen = assignment[i];
    return chosen === null || chosen === undefined || options.includes(chosen)
      ? [...options]
      : [...options, chosen];
  });
}
