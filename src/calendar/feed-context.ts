// What the partner feeds look up: the scenario indexed by id, place names, slot and flight times as
// instants, and partner entry labels with any case id replaced by the case reference.
import { DateTime } from 'luxon';
import type { Case, DayPart, Flight, IsoDate, Plan, PlannedIntake, Scenario } from '../domain/index.ts';
import { addDays, ZONE } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import { caseRef } from './case-ref.ts';

export type FeedSource = {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly rules: RuleSet;
  /** Server secret of the case references (see case-ref.ts). */
  readonly salt: string;
  /** The clock of DTSTAMP. */
  readonly now: () => Date;
};

export type Interval = { readonly start: Date; readonly end: Date };

export type FeedContext = ReturnType<typeof feedContext>;

export function feedContext(source: FeedSource) {
  const { scenario, rules, salt } = source;
  const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));
  const cases = byId(scenario.cases);
  const regions = byId(scenario.sites.policeRegions);
  const coas = byId(scenario.sites.coaLocations);
  const centres = byId(scenario.sites.detentionCentres);
  const airports = new Map(scenario.sites.airports.map((a) => [a.code, a]));
  const flights = byId(scenario.flights);
  const intakeOf = new Map(source.plan.intakes.map((i) => [i.caseId, i]));
  // Longest first, so "C-0001" never replaces the head of "C-00012".
  const caseIds = scenario.cases.map((c) => c.id).sort((a, b) => b.length - a.length);

  const ref = (caseId: string) => caseRef(caseId, salt);
  const regionName = (id: string) => `police region ${regions.get(id)?.name ?? id}`;
  const centreName = (id: string) => {
    const c = centres.get(id);
    return c ? `${c.name}, ${c.municipality}` : id;
  };
  const airportName = (code: string) => {
    const a = airports.get(code);
    return a ? `${a.name} (${code})` : code;
  };

  /** Partner entry ids are the planners' own; some embed a case id, which partners must not see. */
  const label = (entryId: string): string => {
    let out = entryId;
    for (const id of caseIds) if (out.includes(id)) out = out.split(id).join(ref(id));
    return out;
  };

  /** Where the person is picked up: a COA location or detention centre by name, else only the region. */
  const pickupPlace = (kase: Case, intake: PlannedIntake): string => {
    const at = kase.location;
    if (at.kind === 'coa') {
      const coa = coas.get(at.coaLocationId);
      return coa ? `${coa.name}, ${coa.municipality}` : at.coaLocationId;
    }
    if (at.kind === 'detention') return centreName(at.centreId);
    // Free-text descriptions of other places stay with DT&V: they may identify the person.
    return `${regionName(intake.pickupRegionId)} (address from DT&V)`;
  };

  /** Families and unaccompanied minors are heard at the centre (GGV); others in the hearing region. */
  const hearingPlace = (kase: Case, intake: PlannedIntake): string =>
    kase.persons.length > 1 || kase.vulnerabilities.unaccompaniedMinor
      ? centreName(intake.centreId)
      : regionName(intake.hearingRegionId);

  const slotHours = (date: IsoDate, part: DayPart): [string, string] => {
    const value = String(rules.rule(`intake.slot.${part}`, date).value);
    const match = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(value);
    if (!match) throw new Error(`rule intake.slot.${part}: expected "HH:mm-HH:mm", got "${value}"`);
    return [match[1]!, match[2]!];
  };

  /** An intake slot as instants (the rule's hours are Amsterdam time). */
  const slot = (date: IsoDate, part: DayPart): Interval => {
    const [from, to] = slotHours(date, part);
    return { start: instant(`${date}T${from}`, ZONE), end: instant(`${date}T${to}`, ZONE) };
  };

  const flightZone = (code: string) => airports.get(code)?.timeZone ?? ZONE;
  const takeOff = (f: Flight) => instant(f.departure, flightZone(f.departureAirport));
  const landing = (f: Flight) => instant(f.arrival, flightZone(f.arrivalAirport));

  /**
   * The airport run (docs/scenario-format.md): the morning of the departure date when the flight leaves
   * at or after the afternoon slot's start, else the afternoon of the day before.
   */
  const airportRun = (f: Flight): { date: IsoDate; part: DayPart } => {
    const date = f.departure.slice(0, 10);
    const afternoon = slotHours(date, 'afternoon')[0];
    if (f.departure.slice(11) >= afternoon) return { date, part: 'morning' };
    return { date: addDays(date, -1), part: 'afternoon' };
  };

  return {
    cases,
    flights,
    intakeOf,
    transports: byId(scenario.availability.transport),
    interpreters: byId(scenario.availability.interpreters),
    coas,
    stamp: source.now(),
    ref,
    label,
    regionName,
    centreName,
    airportName,
    pickupPlace,
    hearingPlace,
    slot,
    takeOff,
    landing,
    airportRun,
  };
}

/** "4 persons, family with children" — the size that transport and reception plan for. */
export function personsLine(kase: Case, on: IsoDate): string {
  const n = kase.persons.length;
  const children = n > 1 && kase.persons.some((p) => isMinorOn(p.birthDate, on));
  return `${n} ${n === 1 ? 'person' : 'persons'}${children ? ', family with children' : ''}`;
}

function isMinorOn(birthDate: IsoDate, on: IsoDate): boolean {
  const adult = `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;
  return adult > on;
}

function instant(local: string, zone: string): Date {
  return DateTime.fromISO(local, { zone }).toJSDate();
}

const local = (d: Date) => DateTime.fromJSDate(d, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');

/** "2026-12-07 09:00–13:00 (Amsterdam time)", for descriptions. */
export function localRange(interval: Interval): string {
  return `${local(interval.start)}–${local(interval.end).slice(11)} (Amsterdam time)`;
}

/** "2026-12-07 06:15 (Amsterdam time)". */
export function localMoment(at: Date): string {
  return `${local(at)} (Amsterdam time)`;
}
