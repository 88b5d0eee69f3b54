// Published decisions that a new plan keeps (rule plan.pinned).
import type { Plan, PlannedDeparture, PlannedIntake, Scenario } from '../domain/index.ts';
import type { PlanningContext } from './context.ts';
import type { OptionDetail } from './options.ts';
import { interpreterPlace } from './pools.ts';

export type Pin = { readonly intake?: PlannedIntake; readonly departure?: PlannedDeparture };

export function pinnedOf(scenario: Scenario, caseId: string): Pin | undefined {
  const intake = scenario.pinned.intakes.find((p) => p.caseId === caseId);
  const departure = scenario.pinned.departures.find((p) => p.caseId === caseId);
  if (!intake && !departure) return undefined;
  return { ...(intake ? { intake } : {}), ...(departure ? { departure } : {}) };
}

/**
 * Whether an option keeps the pinned intake (slot, centre, interpreter pool) and flight. With
 * 'ignore-interpreter' it asks only whether the decision a person sees is the same (same day, place
 * and flight), as the change count of objective level 3 does.
 */
export function isPinnedOption(
  ctx: PlanningContext,
  o: OptionDetail,
  pin: Pin,
  mode: 'exact' | 'ignore-interpreter' = 'exact',
): boolean {
  if (pin.departure && o.flight.flight.id !== pin.departure.flightId) return false;
  const p = pin.intake;
  if (!p) return mode === 'exact' || o.intake === null;
  const i = o.intake;
  if (!i || i.slot.date !== p.date || i.slot.part !== p.part || i.centreId !== p.centreId) return false;
  return mode === 'ignore-interpreter' || i.interpreterPlace === pinnedInterpreterPlace(ctx, p);
}

/** A case's decision in a plan (its intake and departure), if the plan schedules it. */
export function decisionOf(plan: Plan, caseId: string): Pin | undefined {
  const departure = plan.departures.find((d) => d.caseId === caseId);
  if (!departure) return undefined;
  const intake = plan.intakes.find((i) => i.caseId === caseId);
  return { departure, ...(intake ? { intake } : {}) };
}

function pinnedInterpreterPlace(ctx: PlanningContext, p: PlannedIntake): string | null {
  if (p.interpreterId === null) return null;
  const e = ctx.scenario.availability.interpreters.find((x) => x.id === p.interpreterId);
  if (!e) return null;
  return interpreterPlace(e.language, e.mode === 'remote' ? 'remote' : (e.policeRegionId ?? 'remote'));
}
