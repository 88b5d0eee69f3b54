// Reads a domain plan back onto the planning problem: which option each case took.
import type { Plan } from '../domain/index.ts';
import type { Assignment } from '../../solver/index.ts';
import type { PlanningProblem } from './build-problem.ts';
import { isPinnedOption } from './pinned.ts';

/** The option of each case that matches the plan's intake and departure; null when absent or unmatched. */
export function assignmentFromPlan(
  pp: PlanningProblem,
  plan: Plan,
): { assignment: Assignment; unmatched: string[] } {
  const intakes = new Map(plan.intakes.map((i) => [i.caseId, i]));
  const departures = new Map(plan.departures.map((d) => [d.caseId, d]));
  const unmatched: string[] = [];
  const assignment = pp.cases.map((entry) => {
    const departure = departures.get(entry.case.id);
    if (!departure) return null;
    const intake = intakes.get(entry.case.id);
    const pin = { departure, ...(intake ? { intake } : {}) };
    const index = entry.options.findIndex(
      (o) => isPinnedOption(pp.context, o, pin) && (intake !== undefined) === (o.intake !== null),
    );
    if (index < 0) unmatched.push(entry.case.id);
    return index < 0 ? null : index;
  });
  return { assignment, unmatched };
}
