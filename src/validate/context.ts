// Lookups over a scenario and a plan, built once per validation so checks stay simple.
import type {
  Airport,
  Availability,
  Carrier,
  Case,
  DetentionCentre,
  Flight,
  Plan,
  PlannedDeparture,
  PlannedIntake,
  Scenario,
} from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { CheckContext } from './types.ts';

/** The availability lists whose entries an intake refers to by id. */
export type PartyKind = Exclude<keyof Availability, 'escorts'>;

export type ScenarioIndex = {
  readonly cases: ReadonlyMap<string, Case>;
  readonly flights: ReadonlyMap<string, Flight>;
  readonly centres: ReadonlyMap<string, DetentionCentre>;
  readonly airports: ReadonlyMap<string, Airport>;
  readonly carriers: ReadonlyMap<string, Carrier>;
  readonly regions: ReadonlySet<string>;
  readonly coaRegion: ReadonlyMap<string, string>;
  readonly escortPool: ReadonlyMap<string, number>;
  /** The first planned intake / departure of each case (duplicates are rule 1's business). */
  readonly intakeOf: ReadonlyMap<string, PlannedIntake>;
  readonly departureOf: ReadonlyMap<string, PlannedDeparture>;
};

export function buildContext(scenario: Scenario, plan: Plan, rules: RuleSet): CheckContext {
  return { scenario, plan, rules, index: buildIndex(scenario, plan) };
}

function buildIndex(s: Scenario, plan: Plan): ScenarioIndex {
  return {
    cases: byKey(s.cases, (c) => c.id),
    flights: byKey(s.flights, (f) => f.id),
    centres: byKey(s.sites.detentionCentres, (c) => c.id),
    airports: byKey(s.sites.airports, (a) => a.code),
    carriers: byKey(s.carriers, (c) => c.code),
    regions: new Set(s.sites.policeRegions.map((r) => r.id)),
    coaRegion: new Map(s.sites.coaLocations.map((c) => [c.id, c.policeRegionId])),
    escortPool: new Map(s.availability.escorts.map((e) => [e.date, e.escorts])),
    intakeOf: byKey(plan.intakes, (i) => i.caseId),
    departureOf: byKey(plan.departures, (d) => d.caseId),
  };
}

/** First item per key: later duplicates are reported by plan.references, not silently preferred. */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** An availability entry by list and id, or undefined when the id is unknown. */
export function party<K extends PartyKind>(
  scenario: Scenario,
  kind: K,
  id: string,
): Availability[K][number] | undefined {
  const list: readonly Availability[K][number][] = scenario.availability[kind];
  return list.find((e) => e.id === id);
}

export type ResolvedIntake = { readonly intake: PlannedIntake; readonly kase: Case };
export type ResolvedDeparture = {
  readonly departure: PlannedDeparture;
  readonly kase: Case;
  readonly flight: Flight;
};

/** Planned intakes whose case exists; unknown cases are reported by plan.references. */
export function resolvedIntakes(ctx: CheckContext): ResolvedIntake[] {
  return ctx.plan.intakes.flatMap((intake) => {
    const kase = ctx.index.cases.get(intake.caseId);
    return kase ? [{ intake, kase }] : [];
  });
}

/** Planned departures whose case and flight exist; the others are reported by plan.references. */
export function resolvedDepartures(ctx: CheckContext): ResolvedDeparture[] {
  return ctx.plan.departures.flatMap((departure) => {
    const kase = ctx.index.cases.get(departure.caseId);
    const flight = ctx.index.flights.get(departure.flightId);
    return kase && flight ? [{ departure, kase, flight }] : [];
  });
}
