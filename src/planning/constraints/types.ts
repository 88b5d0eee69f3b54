// What a hard constraint says about a case: nothing (it holds), or blockers naming the rule.
import type { Case, IsoDate } from '../../domain/index.ts';
import type { CaseFacts } from '../case-facts.ts';
import type { FlightInfo, PlanningContext } from '../context.ts';

export type Blocker = { readonly ruleId: string; readonly message: string; readonly greenOn?: IsoDate };

export type CaseConstraint = {
  readonly name: string;
  readonly ruleIds: readonly string[];
  readonly check: (ctx: PlanningContext, c: Case) => Blocker[];
};

export type FlightConstraint = {
  readonly name: string;
  readonly ruleIds: readonly string[];
  readonly check: (ctx: PlanningContext, c: Case, facts: CaseFacts, f: FlightInfo) => Blocker[];
};

/** A shared capacity, modelled as a resource row Σ amount·x ≤ capacity (see build-problem.ts). */
export type CapacityConstraint = {
  readonly name: string;
  readonly ruleIds: readonly string[];
  readonly resource: string;
};
