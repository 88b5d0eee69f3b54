// Detention places per centre, wing and night (rule detention.capacity). Cases detained already
// fill places from the window's start; what is left is what new intakes can take.
import type { Scenario, Wing } from '../domain/index.ts';
import type { PlanningContext } from './context.ts';
import type { ResourceRegistry } from './resources.ts';
import { placeName } from './wording.ts';

/** Persons detained already, per `centre|wing`. */
export type DetentionBase = ReadonlyMap<string, number>;

export function detentionBase(scenario: Scenario, _ctx: PlanningContext): DetentionBase {
  const base = new Map<string, number>();
  for (const c of scenario.cases) {
    if (!c.detention) continue;
    const key = `${c.detention.centreId}|${c.detention.wing}`;
    base.set(key, (base.get(key) ?? 0) + c.persons.length);
  }
  return base;
}

export function placesOf(ctx: PlanningContext, centreId: string, wing: Wing): number {
  return ctx.centres.find((c) => c.id === centreId)?.wings.find((w) => w.wing === wing)?.places ?? 0;
}

/**
 * The resource of one centre, wing and night. Its capacity is the places left after the detained
 * cases; a night that is over-full already gets capacity 0 and no credit for departures
 * (conservative: the plan never relies on places that the data says are taken).
 */
export function detentionResource(
  ctx: PlanningContext,
  registry: ResourceRegistry,
  base: DetentionBase,
  centreId: string,
  wing: Wing,
  day: number,
  freeing = false,
): number | null {
  const left = placesOf(ctx, centreId, wing) - (base.get(`${centreId}|${wing}`) ?? 0);
  if (freeing && left < 0) return null;
  const date = ctx.grid.dates[day] ?? '';
  return registry.index(`detention|${centreId}|${wing}|${date}`, () => ({
    family: 'detention.capacity',
    label: `${wing} wing of ${placeName(ctx.scenario, centreId)}, night of ${date}`,
    capacity: Math.max(0, left),
    meta: { resource: `detention places (${wing} wing)`, place: placeName(ctx.scenario, centreId), date },
  }));
}
