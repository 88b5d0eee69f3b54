// Everything the planner looks up while it enumerates options, computed once per scenario.
import { DateTime } from 'luxon';
import type {
  Carrier,
  DetentionCentre,
  EntryRequirement,
  Flight,
  IsoDate,
  Scenario,
} from '../domain/index.ts';
import { ZONE } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import { buildPools, type Pools } from './pools.ts';
import { buildTimeGrid, localMs, type TimeGrid } from './time-grid.ts';

export type FlightInfo = {
  readonly flight: Flight;
  readonly date: IsoDate;
  readonly departureMs: number;
  /** Local hour at the departure airport, for the airport-run slot. */
  readonly localTime: string;
  readonly carrier: Carrier | undefined;
};

export type PlanningContext = {
  readonly scenario: Scenario;
  readonly rules: RuleSet;
  readonly grid: TimeGrid;
  readonly pools: Pools;
  readonly nowMs: number;
  readonly nowDate: IsoDate;
  readonly flights: readonly FlightInfo[];
  readonly flightsTo: ReadonlyMap<string, readonly FlightInfo[]>;
  readonly centres: readonly DetentionCentre[];
  readonly requirementsOf: ReadonlyMap<string, readonly EntryRequirement[]>;
  readonly escortsOn: ReadonlyMap<IsoDate, number>;
  readonly hourMs: number;
};

export function buildContext(scenario: Scenario, rules: RuleSet): PlanningContext {
  const grid = buildTimeGrid(scenario, rules);
  const zoneOf = new Map(scenario.sites.airports.map((a) => [a.code, a.timeZone]));
  const carriers = new Map(scenario.carriers.map((c) => [c.code, c]));
  const flights: FlightInfo[] = scenario.flights.map((flight) => {
    const zone = zoneOf.get(flight.departureAirport) ?? ZONE;
    const departureMs = localMs(flight.departure, zone);
    const local = DateTime.fromMillis(departureMs, { zone: ZONE });
    return {
      flight,
      date: local.toISODate()!,
      departureMs,
      localTime: local.toFormat('HH:mm'),
      carrier: flight.kind === 'scheduled' ? carriers.get(flight.carrier) : undefined,
    };
  });
  const flightsTo = groupBy(flights, (f) => f.flight.destinationCountry);
  const requirementsOf = groupBy(scenario.entryRequirements, (r) => r.country);
  return {
    scenario,
    rules,
    grid,
    pools: buildPools(scenario.availability, grid.slots),
    nowMs: localMs(scenario.now),
    nowDate: scenario.now.slice(0, 10),
    flights,
    flightsTo,
    centres: scenario.sites.detentionCentres,
    requirementsOf,
    escortsOn: new Map(scenario.availability.escorts.map((e) => [e.date, e.escorts])),
    hourMs: 3_600_000,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}
