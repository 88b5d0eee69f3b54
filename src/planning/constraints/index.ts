// Every hard constraint of the planner in one place, grouped as the model applies them, each with a
// stable name and the rule ids it enforces (docs/planning-rules.md). Option filters remove unlawful
// options before solving; capacity constraints are resource rows of the model; the independent
// validator (src/validate) checks the same rules again on every plan.
import type { CapacityConstraint, CaseConstraint, FlightConstraint } from './types.ts';
import * as caseRules from './case-rules.ts';
import * as flightRules from './flight-rules.ts';

export type { Blocker, CaseConstraint, FlightConstraint, CapacityConstraint } from './types.ts';
export { escortsNeeded } from './flight-rules.ts';

/** Rules that hold or fail for a case whatever the flight. */
export const CASE_CONSTRAINTS: readonly CaseConstraint[] = [
  { name: 'Whereabouts known', ruleIds: ['removal.available'], check: caseRules.whereaboutsKnown },
  {
    name: 'No suspensive procedure pending',
    ruleIds: ['removal.suspensive-procedure'],
    check: caseRules.noSuspensiveProcedure,
  },
  { name: 'No non-refoulement bar', ruleIds: ['removal.non-refoulement'], check: caseRules.noRefoulementBar },
  {
    name: 'Enforceable return decision',
    ruleIds: ['removal.enforceable-decision'],
    check: caseRules.enforceableDecision,
  },
  { name: 'Fit to travel', ruleIds: ['removal.medical-fitness'], check: caseRules.fitToTravel },
  {
    name: 'Reception for an unaccompanied minor',
    ruleIds: ['removal.unaccompanied-minor-reception'],
    check: caseRules.receptionForUnaccompaniedMinor,
  },
  {
    name: 'Consent to entry requirements',
    ruleIds: ['removal.entry-requirement-consent'],
    check: caseRules.consentToEntryRequirements,
  },
];

/** Rules of a departure on one flight. */
export const FLIGHT_CONSTRAINTS: readonly FlightConstraint[] = [
  { name: 'Departure in the window', ruleIds: ['plan.window'], check: flightRules.inPlanningWindow },
  {
    name: 'Notice from now',
    ruleIds: ['notice.airline.min-hours', 'notice.person.min-hours'],
    check: flightRules.noticeFromNow,
  },
  {
    name: 'Receiving state told in time',
    ruleIds: ['notice.receiving-state.working-days'],
    check: flightRules.receivingStateNotice,
  },
  {
    name: 'Before the transfer deadline',
    ruleIds: ['dublin3.transfer-deadline', 'ammr.transfer-deadline'],
    check: flightRules.beforeTransferDeadline,
  },
  {
    name: 'Valid travel document',
    ruleIds: ['travel-document.valid'],
    check: flightRules.validTravelDocument,
  },
  {
    name: 'Lawful transit',
    ruleIds: ['transit.max-hours', 'transit.request.min-days'],
    check: flightRules.lawfulTransit,
  },
  { name: 'Enough escorts', ruleIds: ['escort.min-per-person'], check: flightRules.enoughEscorts },
  {
    name: 'Within the detention limit (detained already)',
    ruleIds: ['detention.limit'],
    check: flightRules.withinDetentionLimit,
  },
];

/**
 * Rules of an intake, applied while options are enumerated (options.ts): the slot after now and the
 * 36 hours' notice before the flight, the centre's wing and intake stops, the detention limit from
 * the intake, every party present (intake.parties).
 */
export const INTAKE_CONSTRAINTS: readonly { name: string; ruleIds: readonly string[] }[] = [
  { name: 'Notice from the intake', ruleIds: ['notice.person.min-hours'] },
  { name: 'A centre with the wing, taking intakes', ruleIds: ['detention.capacity'] },
  { name: 'Within the detention limit from the intake', ruleIds: ['detention.limit'] },
  { name: 'Every party at the intake', ruleIds: ['intake.parties'] },
];

/** Shared capacities, one resource row each (build-problem.ts, detention.ts). */
export const CAPACITY_CONSTRAINTS: readonly CapacityConstraint[] = [
  {
    name: 'Intake partners per slot',
    ruleIds: ['intake.capacity'],
    resource: 'police, lawyer, DT&V, COA, interpreter, DV&O per slot',
  },
  {
    name: 'Detention places per night',
    ruleIds: ['detention.capacity'],
    resource: 'places per centre, wing and night',
  },
  { name: 'Flight seats', ruleIds: ['flight.seats'], resource: 'seats per flight (allotment for charters)' },
  {
    name: 'Airline DEPA/DEPU limits',
    ruleIds: ['airline.depa-depu'],
    resource: 'escorted and unescorted deportees per flight',
  },
  {
    name: 'Escort-days',
    ruleIds: ['escort.days'],
    resource: 'KMar escorts per day, every duty day of the trip',
  },
  { name: 'Airport run', ruleIds: ['departure.transport'], resource: 'DV&O vehicles in the run slot' },
  {
    name: 'Families together',
    ruleIds: ['departure.family-together'],
    resource: 'one option per case: one flight per family',
  },
];
