// Whether a case may depart at all, and on a given flight: the registered hard constraints applied
// (constraints/index.ts), each blocker named by its rule id.
import type { Case } from '../domain/index.ts';
import type { CaseFacts } from './case-facts.ts';
import type { FlightInfo, PlanningContext } from './context.ts';
import { CASE_CONSTRAINTS, FLIGHT_CONSTRAINTS, type Blocker } from './constraints/index.ts';

export type { Blocker } from './constraints/index.ts';
export { escortsNeeded } from './constraints/index.ts';

/** Rules that hold or fail for the case whatever the flight (removability, consent, availability). */
export function caseBlockers(ctx: PlanningContext, c: Case): Blocker[] {
  return CASE_CONSTRAINTS.flatMap((k) => k.check(ctx, c));
}

/** Rules that depend on the flight: window, notice, deadlines, document, transit, escorts. */
export function flightBlockers(ctx: PlanningContext, c: Case, facts: CaseFacts, f: FlightInfo): Blocker[] {
  return FLIGHT_CONSTRAINTS.flatMap((k) => k.check(ctx, c, facts, f));
}
