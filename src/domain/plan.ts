// A plan: for each case an intake and a departure, or the reasons it was left out.
// The planner writes it; the independent validator checks it against the scenario.
import { z } from 'zod';
import { Id, IsoDate, DayPart } from './primitives.ts';
import { Wing } from './case.ts';

/** A detention intake: every party at one place in one slot, and a place in a wing from that night. */
export const PlannedIntake = z.strictObject({
  caseId: Id,
  date: IsoDate,
  part: DayPart,
  /** Region where the person is picked up (police, transport, DT&V officer and COA staff come here). */
  pickupRegionId: Id,
  /** Region where the hearing is held (lawyer and on-site interpreter): the centre's region for families. */
  hearingRegionId: Id,
  centreId: Id,
  wing: Wing,
  policeTeamId: Id,
  lawyerId: Id,
  /** Null when the case needs no interpreter. */
  interpreterId: Id.nullable(),
  /** Set only when the pick-up is at a COA location. */
  coaStaffId: Id.nullable(),
  dtvOfficerId: Id,
  transportId: Id,
});
export type PlannedIntake = z.infer<typeof PlannedIntake>;

/** An escorted (or unescorted) departure on one flight, with the transport to the airport. */
export const PlannedDeparture = z.strictObject({
  caseId: Id,
  flightId: Id,
  /** KMar escorts assigned for the whole trip (0 for DEPU or an operation with its own escorts). */
  escorts: z.number().int().min(0),
  /** DV&O transport from the centre to the airport (see docs/scenario-format.md, "airport run"). */
  transportId: Id,
});
export type PlannedDeparture = z.infer<typeof PlannedDeparture>;

/** Why a case was left out, in words a person can act on, with the rules relied on. */
export const Explanation = z.strictObject({
  caseId: Id,
  /** Stable code, e.g. `condition.legally-removable`, `capacity.exhausted`. */
  code: z.string().min(1),
  message: z.string().min(1),
  ruleIds: z.array(z.string()),
  /** True when a rule relied on is not verified in a public source. */
  reliesOnUnverifiedRule: z.boolean().default(false),
  /** When the blocking condition is expected to turn green, if the data says so. */
  greenOn: IsoDate.optional(),
  /** Resources exhausted on every lawful option: type, place and day. */
  exhausted: z
    .array(
      z.strictObject({ resource: z.string(), place: z.string(), date: IsoDate, part: DayPart.optional() }),
    )
    .default([]),
  /** The smallest single capacity addition that lets the case in, confirmed by re-solving. */
  unblockedBy: z.string().optional(),
});
export type Explanation = z.infer<typeof Explanation>;

export const Plan = z.strictObject({
  formatVersion: z.literal(1),
  scenarioId: Id,
  rulesVersion: z.string().min(1),
  intakes: z.array(PlannedIntake),
  departures: z.array(PlannedDeparture),
  leftOut: z.array(Explanation).default([]),
});
export type Plan = z.infer<typeof Plan>;
