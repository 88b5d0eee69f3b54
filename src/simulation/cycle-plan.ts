/**
 * One planning cycle: the planning Scenario of the evening of `day` (the offered persons as cases,
 * the capacities of the next `horizonDays` days, the published decisions of the previous plan that
 * fall on the first `PINNED_DAYS` days pinned), planned by `planScenario` and re-checked by the
 * independent validator. A plan that is not valid schedules nothing (and is counted so).
 *
 * Pinned decisions and notice periods: the planner counts every notice period (to the person, the
 * airline, the receiving state, the transit request) from the scenario's `now`, also for decisions
 * published earlier, which were notified then. So with pins `now` is the previous plan's evening.
 * The price: a new decision in the first days is judged as if it too had been notified then (up to
 * `cycleDays` more lenient). If the pinned plan still fails, the cycle is planned afresh without pins.
 */
import type {
  Availability,
  Case,
  Flight,
  Plan,
  PlannedDeparture,
  PlannedIntake,
  Scenario,
} from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import { planScenario } from '../planning/plan-scenario.ts';
import { validatePlan } from '../validate/index.ts';
import type { Engine } from '../../solver/index.ts';
import type { CapacityCalendar } from './capacity.ts';
import { centresWithStops } from './capacity.ts';
import type { PlannerParameters } from './planner-parameters.ts';
import { dateOf, simDayOf } from './sim-dates.ts';

/** Days at the start of a new plan on which the previous plan's decisions stay (partners booked). */
export const PINNED_DAYS = 2;
/** Escort duty runs past the flight day (outbound, rest, return): the pool is given this far on. */
const ESCORT_TAIL_DAYS = 7;

/** A decision of a plan: whose, on which day, and the evening it was first published. */
export type ScheduledIntake = {
  readonly personId: number;
  readonly day: number;
  readonly publishedOn: number;
  readonly intake: PlannedIntake;
};
export type ScheduledDeparture = {
  readonly personId: number;
  readonly day: number;
  readonly publishedOn: number;
  readonly departure: PlannedDeparture;
};
export type CycleSchedule = {
  /** the evening the plan was made (published) */
  readonly plannedOn: number;
  readonly intakes: readonly ScheduledIntake[];
  readonly departures: readonly ScheduledDeparture[];
};
export const EMPTY_SCHEDULE: CycleSchedule = { plannedOn: -1, intakes: [], departures: [] };

export type CycleInput = {
  readonly calendar: CapacityCalendar;
  readonly planner: PlannerParameters;
  /** the evening of planning */
  readonly day: number;
  /** the last simulated day */
  readonly lastDay: number;
  /** the offered cases, with the person each stands for */
  readonly cases: readonly { readonly personId: number; readonly kase: Case }[];
  readonly previous: CycleSchedule;
  readonly rules: RuleSet;
  readonly engine: Engine;
  readonly now: () => number;
  readonly timeLimitSeconds: number;
};

export type CycleResult = {
  readonly schedule: CycleSchedule;
  readonly valid: boolean;
  readonly cases: number;
  /** false when the published decisions could not all be kept and the cycle was planned afresh */
  readonly pinsKept: boolean;
};

/** The previous plan's decisions on the first `PINNED_DAYS` days, of people offered again. */
function pinsOf(
  input: CycleInput,
  last: number,
): { intakes: ScheduledIntake[]; departures: ScheduledDeparture[] } {
  const { day } = input;
  const offered = new Map(input.cases.map((c) => [c.personId, c.kase]));
  const early = (d: number) => d > day && d <= day + PINNED_DAYS;
  const intakes = input.previous.intakes.filter((i) => early(i.day) && offered.has(i.personId));
  const withIntake = new Set(intakes.map((i) => i.personId));
  const departures = input.previous.departures.filter((d) => {
    const kase = offered.get(d.personId);
    if (!kase || d.day > last) return false;
    return withIntake.has(d.personId) || (kase.detention !== undefined && early(d.day));
  });
  const departing = new Set(departures.map((d) => d.personId));
  return { intakes: intakes.filter((i) => departing.has(i.personId)), departures };
}

export function cycleScenario(
  input: CycleInput,
  withPins = true,
): { scenario: Scenario; flightDay: Map<string, number> } {
  const { calendar, planner, day, lastDay } = input;
  const last = day + planner.horizonDays;
  const days = Array.from({ length: last - day }, (_, k) => calendar.day(day + 1 + k));
  const flights: Flight[] = days.flatMap((d) => d.flights);
  const flightDay = new Map(flights.map((f) => [f.id, simDayOf(f.departure.slice(0, 10))]));
  const escortTail = Array.from({ length: ESCORT_TAIL_DAYS }, (_, k) => calendar.day(last + 1 + k));
  const pick = <K extends keyof Availability>(key: K): Availability[K] =>
    days.flatMap((d): readonly unknown[] => d.availability[key]) as Availability[K];
  const pins = withPins ? pinsOf(input, last) : { intakes: [], departures: [] };
  // The published decisions were notified (person, airline, receiving state, transit) when they were
  // published: with pins, notice periods count from that moment, else from this evening.
  const published = Math.min(day, ...pins.departures.map((d) => d.publishedOn));
  const base = calendar.base;
  const scenario: Scenario = {
    ...base,
    id: `sim-day-${day}`,
    now: `${dateOf(published)}T18:00`,
    // with pins the window opens today, for the airport runs of tomorrow's early flights only (today
    // has no flights and no intake partners in it)
    window: { start: dateOf(published === day ? day + 1 : day), end: dateOf(last) },
    sites: { ...base.sites, detentionCentres: centresWithStops(base, planner, lastDay) },
    availability: {
      police: pick('police'),
      lawyers: pick('lawyers'),
      interpreters: pick('interpreters'),
      coaStaff: pick('coaStaff'),
      dtvOfficers: pick('dtvOfficers'),
      // an early flight's airport run may be the day before: today's vehicles serve pinned departures
      transport: [...calendar.day(day).availability.transport, ...pick('transport')],
      escorts: [...days, ...escortTail].flatMap((d) => d.availability.escorts),
    },
    flights,
    cases: input.cases.map((c) => c.kase),
    pinned: {
      intakes: pins.intakes.map((i) => i.intake),
      departures: pins.departures.map((d) => d.departure),
    },
  };
  return { scenario, flightDay };
}

export async function planCycle(input: CycleInput): Promise<CycleResult> {
  if (input.cases.length === 0 || input.day >= input.lastDay) {
    return { schedule: EMPTY_SCHEDULE, valid: true, cases: 0, pinsKept: true };
  }
  const built = cycleScenario(input);
  const first = await planAndCheck(built.scenario, input);
  const pinned = built.scenario.pinned.intakes.length + built.scenario.pinned.departures.length;
  // A published decision the new state no longer allows (the person's case changed, a notice period
  // now counts from a later moment) makes the pinned plan infeasible: plan afresh, and say so.
  const pinsKept = first.valid || pinned === 0;
  const { plan, valid } = pinsKept ? first : await planAndCheck(cycleScenario(input, false).scenario, input);
  const cases = built.scenario.cases.length;
  if (!valid || !plan) return { schedule: EMPTY_SCHEDULE, valid, cases, pinsKept };
  const personOf = new Map(input.cases.map((c) => [c.kase.id, c.personId]));
  const intakes: ScheduledIntake[] = [];
  const departures: ScheduledDeparture[] = [];
  // a decision kept from the previous plan keeps the evening it was first published
  const before = new Map(
    input.previous.departures.map((d) => [`${d.personId} ${d.departure.flightId}`, d.publishedOn]),
  );
  const publishedOn = (personId: number, flightId: string | undefined) =>
    pinsKept ? (before.get(`${personId} ${flightId}`) ?? input.day) : input.day;
  const flightOf = new Map(plan.departures.map((d) => [d.caseId, d.flightId]));
  for (const i of plan.intakes) {
    const personId = personOf.get(i.caseId);
    if (personId === undefined) continue;
    intakes.push({
      personId,
      day: simDayOf(i.date),
      publishedOn: publishedOn(personId, flightOf.get(i.caseId)),
      intake: i,
    });
  }
  for (const d of plan.departures) {
    const personId = personOf.get(d.caseId);
    const day = built.flightDay.get(d.flightId);
    if (personId === undefined || day === undefined) continue;
    departures.push({ personId, day, publishedOn: publishedOn(personId, d.flightId), departure: d });
  }
  return { schedule: { plannedOn: input.day, intakes, departures }, valid, cases, pinsKept };
}

async function planAndCheck(
  scenario: Scenario,
  input: CycleInput,
): Promise<{ plan: Plan | null; valid: boolean }> {
  const outcome = await planScenario(scenario, input.rules, {
    settings: { maxLeadDays: input.planner.maxLeadDays },
    engine: input.engine,
    timeLimitSeconds: input.timeLimitSeconds,
    now: input.now,
  });
  // The planner has the validator judge its plan; it is judged here once more, independently.
  const valid = outcome.valid && validatePlan(scenario, outcome.plan, input.rules).length === 0;
  return { plan: valid ? outcome.plan : null, valid };
}
