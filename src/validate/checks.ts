// Every hard rule of docs/planning-rules.md, one named check each, grouped by family.
// `rule` is the rule's number on that page; `ruleIds` are the ids its violations carry.
import { detentionCapacity, detentionLimits } from './detention.ts';
import {
  entryConsent,
  familyTogether,
  flightDestination,
  legallyRemovable,
  minorReception,
  travelDocumentValid,
} from './departure.ts';
import { noticePeriods, transferDeadlines } from './departure-notice.ts';
import { escortCount, escortDays } from './escorts.ts';
import { flightCapacity, transits } from './flights.ts';
import {
  intakeAfterNow,
  intakeCapacity,
  intakeCaseAvailable,
  intakePlacement,
  intakeRegions,
} from './intake.ts';
import { intakeParties } from './intake-parties.ts';
import { intakeDeparturePair, planPinned, planReferences, planWindow } from './plan-shape.ts';
import { airportRun } from './transport.ts';
import type { RegisteredCheck } from './types.ts';

export const checks = {
  planShape: [
    { rule: 1, ruleIds: ['plan.references'], check: planReferences },
    { rule: 2, ruleIds: ['plan.intake-departure-pair'], check: intakeDeparturePair },
    { rule: 3, ruleIds: ['plan.window'], check: planWindow },
    { rule: 4, ruleIds: ['plan.pinned'], check: planPinned },
  ],
  intake: [
    { rule: 5, ruleIds: ['removal.available'], check: intakeCaseAvailable },
    { rule: 6, ruleIds: ['plan.window'], check: intakeAfterNow },
    { rule: 7, ruleIds: ['intake.parties'], check: intakeParties },
    { rule: 8, ruleIds: ['intake.parties'], check: intakeRegions },
    { rule: 8, ruleIds: ['detention.capacity'], check: intakePlacement },
    { rule: 9, ruleIds: ['intake.capacity'], check: intakeCapacity },
  ],
  detention: [
    { rule: 10, ruleIds: ['detention.capacity'], check: detentionCapacity },
    { rule: 11, ruleIds: ['detention.limit'], check: detentionLimits },
  ],
  departure: [
    {
      rule: 12,
      ruleIds: [
        'removal.suspensive-procedure',
        'removal.non-refoulement',
        'removal.enforceable-decision',
        'removal.medical-fitness',
      ],
      check: legallyRemovable,
    },
    { rule: 13, ruleIds: ['removal.unaccompanied-minor-reception'], check: minorReception },
    { rule: 14, ruleIds: ['removal.entry-requirement-consent'], check: entryConsent },
    { rule: 15, ruleIds: ['travel-document.valid'], check: travelDocumentValid },
    { rule: 16, ruleIds: ['plan.references'], check: flightDestination },
    {
      rule: 17,
      ruleIds: ['notice.person.min-hours', 'notice.airline.min-hours', 'notice.receiving-state.working-days'],
      check: noticePeriods,
    },
    { rule: 18, ruleIds: ['dublin3.transfer-deadline', 'ammr.transfer-deadline'], check: transferDeadlines },
    { rule: 24, ruleIds: ['departure.family-together'], check: familyTogether },
  ],
  flights: [
    { rule: 19, ruleIds: ['transit.max-hours', 'transit.request.min-days'], check: transits },
    { rule: 21, ruleIds: ['flight.seats', 'airline.depa-depu'], check: flightCapacity },
  ],
  escorts: [
    { rule: 20, ruleIds: ['escort.min-per-person'], check: escortCount },
    { rule: 22, ruleIds: ['escort.days'], check: escortDays },
  ],
  transport: [{ rule: 23, ruleIds: ['departure.transport'], check: airportRun }],
} as const satisfies Record<string, readonly RegisteredCheck[]>;

/** All checks in rule order. */
export const allChecks: readonly RegisteredCheck[] = Object.values(checks)
  .flat()
  .sort((a, b) => a.rule - b.rule);
