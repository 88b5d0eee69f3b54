import { z } from 'zod';

/**
 * The parameters of the planner in the loop (issue 5): the planning cycle, the capacities the planner
 * plans within (a generated template's partner availability, flights and escort pool, scaled per
 * resource type), the detention places, and the disruptions. Days count from the first simulated day.
 */
const Share = z.number().min(0).max(1);
const Factor = z.number().min(0).max(10);
const Country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 country code');

/** The resource types whose capacity a scenario can scale (and whose marginal value is measured). */
export const RESOURCE_TYPES = [
  'police',
  'lawyers',
  'interpreters',
  'coa',
  'transport',
  'dtvOfficers',
  'detentionPlaces',
  'escorts',
  'flights',
] as const;
export const ResourceType = z.enum(RESOURCE_TYPES);
export type ResourceType = z.infer<typeof ResourceType>;

const CapacityFactors = z.strictObject(
  Object.fromEntries(RESOURCE_TYPES.map((r) => [r, Factor])) as Record<ResourceType, typeof Factor>,
);
export type CapacityFactors = z.infer<typeof CapacityFactors>;

/** A detention centre closed to new intakes from `fromDay` up to and including `toDay`. */
export const IntakeStopParameter = z.strictObject({
  centreId: z.string().min(1),
  fromDay: z.number().int().nonnegative(),
  toDay: z.number().int().nonnegative().optional(),
  reason: z.string().min(1),
});

/** Flights to a group of destination countries scaled by `factor` (0.5 = half of them dropped). */
export const FlightCut = z.strictObject({
  region: z.string().min(1),
  countries: z.array(Country).min(1),
  factor: Factor,
});

/** A destination's entry test (a requirement needing consent, seed §6.3) refused by this share. */
export const TestRefusal = z.strictObject({ country: Country, refusalShare: Share });

/** Destination countries (reference codes) of the people of one nationality group. */
export const GroupDestinations = z.strictObject({
  group: z.string().min(1),
  countries: z.array(Country).min(1),
});

export const Disruptions = z.strictObject({
  /** share of planned intakes where the person is not found at the pick-up */
  noShowAtIntake: Share,
  /** share of planned departures aborted by the person's resistance (back to detention) */
  resistance: Share,
  /** share of flights cancelled (everyone booked on it goes back to detention) */
  flightCancellation: Share,
  /** share of partner availability windows dropped (illness, other duties) */
  partnerAbsence: Share,
});
export type Disruptions = z.infer<typeof Disruptions>;

export const PlannerParameters = z.strictObject({
  /** days between plans; a plan is made in the evening on the state of that day */
  cycleDays: z.number().int().min(1).max(7),
  /** days each plan looks ahead (at least the cycle; notice periods need a few more) */
  horizonDays: z.number().int().min(1).max(14),
  /** the planner's setting: intakes at most this many days before their flight */
  maxLeadDays: z.number().int().min(0).max(14),
  /** seeds the generated capacity template (sites, availability, flights, escorts) */
  templateSeed: z.number().int().nonnegative(),
  /** most candidates offered to one plan, most urgent first (the detained are always offered) */
  maxCasesPerCycle: z.number().int().min(1).max(2000),
  /** the calibrated level of each resource type against the generated template (1 = as generated) */
  capacity: CapacityFactors,
  /** a scenario's change to that level (1 = none; 0.8 = 20% fewer) */
  shortfall: CapacityFactors,
  /** share of each wing's maximum places (reference data) free for the return caseload */
  detentionPlaceShare: Share,
  intakeStops: z.array(IntakeStopParameter),
  flightCuts: z.array(FlightCut),
  testRefusal: z.array(TestRefusal),
  /** share of escorted departures (DEPA; the rest fly unescorted, DEPU) */
  escortedShare: Share,
  /** share of people picked up at a COA location (the rest elsewhere in a police region) */
  atCoaShare: Share,
  destinations: z.array(GroupDestinations).min(1),
  /** Dublin/AMMR responsible states (reference codes with a route) */
  responsibleStates: z.array(Country).min(1),
  disruptions: Disruptions,
});
export type PlannerParameters = z.infer<typeof PlannerParameters>;
