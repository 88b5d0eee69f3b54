// A plan as the planner board shows it: per day of the window, the intakes (where, when, which
// partners must be there) and the departures (which flight, how many escorts, how many persons
// travel together as one case), with names looked up in the scenario.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { DayPart, Explanation, IsoDate, ZONE } from '../../domain/index.ts';
import type { Plan, PlannedDeparture, PlannedIntake } from '../../domain/index.ts';
import type { PlanningContext } from '../../planning/context.ts';
import { placeName } from '../../planning/wording.ts';

const Named = z.strictObject({ id: z.string(), name: z.string() });

export const TimelineIntake = z.strictObject({
  caseId: z.string(),
  persons: z.number().int(),
  part: DayPart,
  /** Local Amsterdam times of the intake slot, YYYY-MM-DDTHH:mm. */
  start: z.string(),
  end: z.string(),
  centre: Named,
  wing: z.string(),
  pickupRegion: Named,
  hearingRegion: Named,
  /** The partner entries (availability ids) who must be there. */
  partners: z.strictObject({
    policeTeam: z.string(),
    lawyer: z.string(),
    dtvOfficer: z.string(),
    transport: z.string(),
    coaStaff: z.string().nullable(),
    interpreter: z.strictObject({ id: z.string(), language: z.string(), mode: z.string() }).nullable(),
  }),
  /** Where each partner comes from (police region, COA location; null when none or remote), for people. */
  partnerPlaces: z.strictObject({
    policeTeam: z.string(),
    lawyer: z.string(),
    dtvOfficer: z.string(),
    transport: z.string(),
    coaStaff: z.string().nullable(),
    interpreter: z.string().nullable(),
  }),
});
export type TimelineIntake = z.infer<typeof TimelineIntake>;

export const TimelineDeparture = z.strictObject({
  caseId: z.string(),
  /** Persons of the case; more than one is a family, who fly together on this one departure. */
  persons: z.number().int(),
  flight: z.strictObject({
    id: z.string(),
    /** Flight number (scheduled) or operation name (charter). */
    label: z.string(),
    kind: z.enum(['scheduled', 'charter']),
    /** The departure instant, ISO 8601 UTC. */
    departure: z.string(),
    from: z.string(),
    to: z.string(),
    destinationCountry: z.string(),
  }),
  escorts: z.number().int(),
  transport: z.string(),
});
export type TimelineDeparture = z.infer<typeof TimelineDeparture>;

export const Timeline = z.strictObject({
  scenarioId: z.string(),
  days: z.array(
    z.strictObject({
      date: IsoDate,
      intakes: z.array(TimelineIntake),
      departures: z.array(TimelineDeparture),
    }),
  ),
  leftOut: z.array(Explanation),
});
export type Timeline = z.infer<typeof Timeline>;

export function planTimeline(context: PlanningContext, plan: Plan): Timeline {
  const days = context.grid.dates.map((date) => ({
    date,
    intakes: [] as TimelineIntake[],
    departures: [] as TimelineDeparture[],
  }));
  const dayOf = (date: string) => days.find((d) => d.date === date);
  for (const intake of plan.intakes) dayOf(intake.date)?.intakes.push(intakeView(context, intake));
  for (const departure of plan.departures) {
    const view = departureView(context, departure);
    if (!view) continue;
    const date = DateTime.fromISO(view.flight.departure, { zone: ZONE }).toISODate()!;
    dayOf(date)?.departures.push(view);
  }
  for (const day of days) {
    day.intakes.sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.caseId < b.caseId ? -1 : 1,
    );
    day.departures.sort((a, b) => (a.flight.departure < b.flight.departure ? -1 : 1));
  }
  return { scenarioId: plan.scenarioId, days, leftOut: plan.leftOut };
}

const personsOf = (context: PlanningContext, caseId: string) =>
  context.scenario.cases.find((c) => c.id === caseId)?.persons.length ?? 1;

function intakeView(context: PlanningContext, i: PlannedIntake): TimelineIntake {
  const { scenario, grid } = context;
  const slot = grid.slotAt(i.date, i.part);
  const interpreter = i.interpreterId
    ? scenario.availability.interpreters.find((x) => x.id === i.interpreterId)
    : undefined;
  const named = (id: string) => ({ id, name: placeName(scenario, id) });
  return {
    caseId: i.caseId,
    persons: personsOf(context, i.caseId),
    part: i.part,
    start: slot?.start ?? `${i.date}T00:00`,
    end: slot?.end ?? `${i.date}T23:59`,
    centre: named(i.centreId),
    wing: i.wing,
    pickupRegion: named(i.pickupRegionId),
    hearingRegion: named(i.hearingRegionId),
    partners: {
      policeTeam: i.policeTeamId,
      lawyer: i.lawyerId,
      dtvOfficer: i.dtvOfficerId,
      transport: i.transportId,
      coaStaff: i.coaStaffId,
      interpreter: i.interpreterId
        ? { id: i.interpreterId, language: interpreter?.language ?? '', mode: interpreter?.mode ?? '' }
        : null,
    },
    partnerPlaces: partnerPlaces(context, i, interpreter?.policeRegionId),
  };
}

/** The place of each partner of an intake, by its availability entry (the id when not found). */
function partnerPlaces(
  context: PlanningContext,
  i: PlannedIntake,
  interpreterRegion: string | undefined,
): TimelineIntake['partnerPlaces'] {
  const { scenario } = context;
  const { police, lawyers, dtvOfficers, transport, coaStaff } = scenario.availability;
  const region = (list: readonly { id: string; policeRegionId: string }[], id: string) =>
    placeName(scenario, list.find((x) => x.id === id)?.policeRegionId ?? id);
  const coa = i.coaStaffId ? coaStaff.find((x) => x.id === i.coaStaffId)?.coaLocationId : undefined;
  return {
    policeTeam: region(police, i.policeTeamId),
    lawyer: region(lawyers, i.lawyerId),
    dtvOfficer: region(dtvOfficers, i.dtvOfficerId),
    transport: region(transport, i.transportId),
    coaStaff: i.coaStaffId ? placeName(scenario, coa ?? i.coaStaffId) : null,
    interpreter: interpreterRegion ? placeName(scenario, interpreterRegion) : null,
  };
}

function departureView(context: PlanningContext, d: PlannedDeparture): TimelineDeparture | undefined {
  const info = context.flights.find((f) => f.flight.id === d.flightId);
  if (!info) return undefined;
  const f = info.flight;
  return {
    caseId: d.caseId,
    persons: personsOf(context, d.caseId),
    flight: {
      id: f.id,
      label: f.kind === 'scheduled' ? f.flightNumber : f.operation,
      kind: f.kind,
      departure: new Date(info.departureMs).toISOString(),
      from: f.departureAirport,
      to: f.arrivalAirport,
      destinationCountry: f.destinationCountry,
    },
    escorts: d.escorts,
    transport: d.transportId,
  };
}
