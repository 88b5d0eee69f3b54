/**
 * The capacities the planner plans within, day by day over the simulated period.
 *
 * A generated scenario (src/generate, size `national`, 14 days from a Monday) is the *template*: its
 * two weeks of partner availability, flights and KMar escort pool repeat with their weekdays (week k
 * of the simulation uses template week k mod 2). Each simulated day's entries are re-dated to that
 * day and get the day in their id (`<id>.d<day>`), so the same day always has the same entries and a
 * published plan can be pinned across cycles. The scenario's capacity factors scale them: a window's
 * capacity and a day's escort pool by stochastic rounding (0 drops the window), flights by dropping
 * (factor < 1) or doubling (factor > 1) each with the matching probability; partner absence drops a
 * further share of windows. Every draw is keyed by the entry and the day, so it is reproducible and
 * independent of the order of planning. Detention places are a share of each wing's maximum places.
 */
import type { Availability, DetentionCentre, Flight, Scenario } from '../domain/index.ts';
import { Scenario as ScenarioSchema } from '../domain/index.ts';
import { generateScenario } from '../generate/index.ts';
import { reference } from '../generate/reference.ts';
import type { PlannerParameters, ResourceType } from './planner-parameters.ts';
import type { Prng } from './prng.ts';
import { createPrng } from './prng.ts';
import { dateOf, shiftDateTime } from './sim-dates.ts';

type Partner = 'police' | 'lawyers' | 'interpreters' | 'coaStaff' | 'dtvOfficers' | 'transport';
export const RESOURCE_OF: Record<Partner, ResourceType> = {
  police: 'police',
  lawyers: 'lawyers',
  interpreters: 'interpreters',
  coaStaff: 'coa',
  dtvOfficers: 'dtvOfficers',
  transport: 'transport',
};

/** The factor a resource type's template capacity is scaled by: calibrated level × shortfall. */
export const factorOf = (planner: PlannerParameters, r: ResourceType): number =>
  planner.capacity[r] * planner.shortfall[r];

/** One simulated day's entries, re-dated and scaled. */
export type DayCapacity = {
  readonly availability: Availability;
  readonly flights: readonly Flight[];
  /** units available that day per resource type (detention places: the places, every night) */
  readonly units: Readonly<Record<ResourceType, number>>;
};

export type CapacityCalendar = {
  /** the template scenario with the simulation's detention places; cases, flights, availability empty */
  readonly base: Scenario;
  day(simDay: number): DayCapacity;
  /** places per centre (all wings) */
  readonly placesByCentre: ReadonlyMap<string, number>;
};

/** Generated templates by seed: the generator is pure, so one per seed serves every replication. */
const templates = new Map<number, Scenario>();
function templateOf(seed: number): Scenario {
  let found = templates.get(seed);
  if (!found) {
    found = ScenarioSchema.parse(generateScenario({ size: 'national', seed }));
    templates.set(seed, found);
  }
  return found;
}

export function capacityCalendar(planner: PlannerParameters, seed: string): CapacityCalendar {
  const template = templateOf(planner.templateSeed);
  const centres = detentionCentres(template.sites.detentionCentres, planner);
  const base: Scenario = {
    ...template,
    sites: { ...template.sites, detentionCentres: centres },
    availability: { ...template.availability, police: [], lawyers: [], interpreters: [], coaStaff: [] },
    flights: [],
    cases: [],
    pinned: { intakes: [], departures: [] },
  };
  const placesByCentre = new Map(centres.map((c) => [c.id, c.wings.reduce((n, w) => n + w.places, 0)]));
  const places = [...placesByCentre.values()].reduce((a, b) => a + b, 0);
  const cache = new Map<number, DayCapacity>();
  const root = createPrng(seed).split('capacity');
  const day = (simDay: number): DayCapacity => {
    let found = cache.get(simDay);
    if (!found) {
      found = buildDay(template, planner, root.split(simDay), simDay, places);
      cache.set(simDay, found);
    }
    return found;
  };
  return { base, day, placesByCentre };
}

function detentionCentres(
  generated: readonly DetentionCentre[],
  planner: PlannerParameters,
): DetentionCentre[] {
  const factor = factorOf(planner, 'detentionPlaces') * planner.detentionPlaceShare;
  return generated.map((c) => {
    const ref = reference.centres.centres.find((r) => r.id === c.id);
    return {
      ...c,
      intakeStops: [],
      wings: c.wings.map((w) => {
        const max = ref?.wings.find((rw) => rw.wing === w.wing)?.maxPlaces ?? w.places;
        return { ...w, places: Math.round(max * factor) };
      }),
    };
  });
}

/** Rounds x to floor(x) or floor(x)+1 so that the mean is x. */
const stochasticRound = (x: number, u: number): number => Math.floor(x) + (u < x - Math.floor(x) ? 1 : 0);

type Windowed = { id: string; capacity: number; window: { from: string; to: string } };
type Redate = { readonly from: string; readonly shift: (dt: string) => string; readonly suffix: string };

/** The template's windows of date `from`, re-dated, their capacity scaled, absent ones dropped. */
function scaleWindows<T extends Windowed>(
  entries: readonly T[],
  factor: number,
  absence: number,
  rng: Prng,
  { from, shift, suffix }: Redate,
): T[] {
  const out: T[] = [];
  for (const e of entries) {
    if (e.window.from.slice(0, 10) !== from) continue;
    // two draws for every window whatever the factor: the same day's streams line up across scenarios
    const capacity = stochasticRound(e.capacity * factor, rng.uniform());
    if (rng.uniform() < absence || capacity < 1) continue;
    const window = { from: shift(e.window.from), to: shift(e.window.to) };
    out.push({ ...e, id: `${e.id}${suffix}`, capacity, window });
  }
  return out;
}

function buildDay(
  template: Scenario,
  planner: PlannerParameters,
  rng: Prng,
  simDay: number,
  places: number,
): DayCapacity {
  const week = Math.floor(simDay / 7) % 2;
  const templateDate = template.window.start.slice(0, 10);
  const offset = week * 7 + (simDay % 7);
  const from = dateOf(offset, templateDate);
  const to = dateOf(simDay);
  const shift = (dt: string): string => shiftDateTime(dt, from, to);
  const suffix = `.d${simDay}`;
  const units = { detentionPlaces: places } as Record<ResourceType, number>;
  const scaled = <T extends Windowed>(entries: readonly T[], partner: Partner): T[] => {
    const factor = factorOf(planner, RESOURCE_OF[partner]);
    const out = scaleWindows(entries, factor, planner.disruptions.partnerAbsence, rng, {
      from,
      shift,
      suffix,
    });
    units[RESOURCE_OF[partner]] = out.reduce((n, e) => n + e.capacity, 0);
    return out;
  };
  const a = template.availability;
  const pool = a.escorts.find((e) => e.date === from)?.escorts ?? 0;
  const escorts = stochasticRound(pool * factorOf(planner, 'escorts'), rng.uniform());
  units.escorts = escorts;
  const availability: Availability = {
    police: scaled(a.police, 'police'),
    lawyers: scaled(a.lawyers, 'lawyers'),
    interpreters: scaled(a.interpreters, 'interpreters'),
    coaStaff: scaled(a.coaStaff, 'coaStaff'),
    dtvOfficers: scaled(a.dtvOfficers, 'dtvOfficers'),
    transport: scaled(a.transport, 'transport'),
    escorts: [{ date: to, escorts }],
  };
  const flights = dayFlights(template.flights, planner, rng, from, shift, suffix);
  units.flights = flights.reduce((n, f) => n + (f.kind === 'scheduled' ? f.seats : f.allotment), 0);
  return { availability, flights, units };
}

function dayFlights(
  flights: readonly Flight[],
  planner: PlannerParameters,
  rng: Prng,
  from: string,
  shift: (dt: string) => string,
  suffix: string,
): Flight[] {
  const out: Flight[] = [];
  for (const f of flights) {
    if (f.departure.slice(0, 10) !== from) continue;
    const cut = planner.flightCuts
      .filter((c) => c.countries.includes(f.destinationCountry))
      .reduce((x, c) => x * c.factor, 1);
    const factor = factorOf(planner, 'flights') * cut;
    const copies = stochasticRound(factor, rng.uniform());
    for (let k = 0; k < copies; k++) {
      out.push({
        ...f,
        id: `${f.id}${suffix}${k === 0 ? '' : `.${k}`}`,
        departure: shift(f.departure),
        arrival: shift(f.arrival),
        transits: f.transits.map((t) => ({ ...t, arrival: shift(t.arrival), departure: shift(t.departure) })),
      });
    }
  }
  return out;
}

/** The centres of `base` with the scenario's intake stops (simulation days made dates). */
export function centresWithStops(
  base: Scenario,
  planner: PlannerParameters,
  lastDay: number,
): DetentionCentre[] {
  return base.sites.detentionCentres.map((c) => ({
    ...c,
    intakeStops: planner.intakeStops
      .filter((s) => s.centreId === c.id && s.fromDay <= lastDay)
      .map((s) => ({
        from: dateOf(s.fromDay),
        to: dateOf(s.toDay ?? Math.max(lastDay, s.fromDay)),
        reason: s.reason,
      })),
  }));
}
