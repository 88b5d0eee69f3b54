// Published decisions that a new plan keeps (rule plan.pinned).
import type { PlannedDeparture, PlannedIntake, Scenario } from '../domain/index.ts';
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

/** Whether an option keeps the pinned intake (slot, centre, interpreter pool) and flight. */
export function isPinnedOption(ctx: PlanningContext, o: OptionDetail, pin: Pin): boolean {
  if (pin.departure && o.flight.flight.id !== pin.departure.flightId) return false;
  const p = pin.intake;
  if (!p) return true;
  const i = o.intake;
  if (!i || i.slot.date !== p.date || i.slot.part !== p.part || i.centreId !== p.centreId) return false;
  return i.interpreterPlace === pinnedInterpreterPlace(ctx, p);
}

function pinnedInterpreterPlace(ctx: PlanningContext, p: PlannedIntake): string | null {
  if (p.interpreterId === null) return null;
  const e = ctx.scenario.availability.interpreters.find((x) => x.id === p.interpreterId);
  if (!e) return null;
  return interpreterPlace(e.language, e.mode === 'remote' ? 'remote' : (e.policeRegionId ?? 'remote'));
}
