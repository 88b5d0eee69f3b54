// The solver's own problem: candidates choose at most one option; options use shared resources.
// Nothing here knows about people, flights or law: `src/planning/` maps the domain onto it.

/** A shared capacity: one partner pool in one slot, a wing on one night, a flight's seats, … */
export type Resource = {
  /** Stable key, unique in the problem, e.g. `lawyer:R03:2026-12-08:morning`. */
  readonly key: string;
  /** The constraint family (a rule id), used in explanations, e.g. `intake.capacity`. */
  readonly family: string;
  /** Human-readable: what, where, when. */
  readonly label: string;
  /** Units available; a row Σ amount·x ≤ capacity. */
  readonly capacity: number;
};

/** How much of a resource an option takes; negative frees capacity (a detainee who departs). */
export type Use = { readonly resource: number; readonly amount: number };

/** One lawful way to schedule a candidate (an intake and a departure, or a departure alone). */
export type Option = {
  /** Stable key, unique within the candidate; the planner maps it back to a domain decision. */
  readonly key: string;
  readonly uses: readonly Use[];
  /** Worth of the departure (urgency-weighted); dominates every penalty by construction. */
  readonly value: number;
  /** Secondary costs: detention nights, changes against the previous plan, escort-days. */
  readonly penalty: number;
  /** Order of the departure in time (earlier first), for the officer's "earliest lawful" answer. */
  readonly departureOrder: number;
};

export type Candidate = {
  readonly key: string;
  readonly options: readonly Option[];
  /** A pinned candidate must take one of its options (a published decision kept). */
  readonly pinned: boolean;
};

export type Problem = {
  readonly resources: readonly Resource[];
  readonly candidates: readonly Candidate[];
};

/** The chosen option index per candidate (null: left out). */
export type Assignment = readonly (number | null)[];

export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout';

export type SolveResult = {
  readonly status: SolveStatus;
  readonly assignment: Assignment;
  readonly objective: number;
  /** Best proven upper bound on the objective (LP bound), where known. */
  readonly bound?: number;
  /** Where the returned assignment came from: the engine's branch and bound, or the heuristic search (greedy, LP rounding, diving, swaps). */
  readonly source: 'engine' | 'heuristic';
  readonly engine?: string;
  readonly seconds: number;
  /** What happened on the way (engine fell back, answer rejected, parts split, …). */
  readonly log: readonly string[];
  /** The objective of the best plan known, each time it improved. */
  readonly trace: readonly { readonly seconds: number; readonly objective: number }[];
};
