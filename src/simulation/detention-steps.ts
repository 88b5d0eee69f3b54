/**
 * What a day does with the plan in force: release whom detention may no longer hold, carry out the
 * day's intakes (a no-show leaves the person at large) and departures (resistance or a cancelled
 * flight sends the person back to the centre), and choose whom to offer to the next plan.
 */
import type { RuleSet } from '../domain/rules.ts';
import type { CycleSchedule } from './cycle-plan.ts';
import type { Exits } from './day.ts';
import { isForcedCandidate, leave } from './day.ts';
import type { SimulationParameters } from './parameters.ts';
import type { PersonProfile } from './person-profile.ts';
import { drawProfile } from './person-profile.ts';
import type { Prng } from './prng.ts';
import type { Caseload, Person } from './state.ts';
import type { Tally } from './tally.ts';

/** Days a person may be held: the limit of the ground, and of families (domain.md §4). */
export function detentionLimitDays(p: Person, rules: RuleSet): number {
  const family = p.profile !== null && p.profile.adults + p.profile.minors > 1;
  const ground =
    p.track === 'dublin'
      ? rules.number('detention.ammr.max-weeks') * 7
      : rules.number('detention.return.max-days');
  return family ? Math.min(ground, rules.number('detention.family.max-days')) : ground;
}

function endSpell(tally: Tally, p: Person, day: number): void {
  if (!p.detention) return;
  tally.spells += 1;
  tally.spellDays += day - p.detention.sinceDay;
  p.detention = null;
}

/** Releases the detained who are no longer removable now, or whose detention reached its limit. */
export function releaseDetained(
  caseload: Caseload,
  day: number,
  rules: RuleSet,
  released: Set<number>,
  tally: Tally,
): void {
  for (const p of caseload.persons) {
    if (!p.detention) continue;
    // A lapsed transfer is a new return procedure: the transfer detention ends with it.
    const sameTrack = p.profile === null || p.profile.track === p.track;
    const lawful = day - p.detention.sinceDay < detentionLimitDays(p, rules);
    if (sameTrack && lawful && isForcedCandidate(p, day)) continue;
    endSpell(tally, p, day);
    released.add(p.id);
    tally.totals.releases = (tally.totals.releases ?? 0) + 1;
  }
}

const bump = (tally: Tally, key: string, n = 1) => (tally.totals[key] = (tally.totals[key] ?? 0) + n);

/**
 * Carries out the intakes and then the departures the plan put on `day`. A no-show or resistance is
 * drawn from the person's stream for the day, a cancellation from the day's stream (`rng`) for the
 * flight: neither depends on who else the plan put on the day.
 */
export function carryOut(
  caseload: Caseload,
  schedule: CycleSchedule,
  day: number,
  params: SimulationParameters,
  rng: Prng,
  exits: Exits,
  tally: Tally,
): void {
  const { noShowAtIntake, resistance, flightCancellation } = params.planner.disruptions;
  const byId = new Map(caseload.persons.map((p) => [p.id, p]));
  for (const { personId, day: on, intake } of schedule.intakes) {
    const p = byId.get(personId);
    if (on !== day || !p || p.detention || !isForcedCandidate(p, day)) continue;
    if (p.rng.split(`intake-${day}`).bernoulli(noShowAtIntake)) {
      bump(tally, 'noShows');
      continue;
    }
    p.detention = { centreId: intake.centreId, wing: intake.wing, sinceDay: day };
    bump(tally, 'intakes');
    const u = tally.used;
    u.police += 1;
    u.lawyers += 1;
    u.dtvOfficers += 1;
    u.transport += 1;
    if (intake.interpreterId !== null) u.interpreters += 1;
    if (intake.coaStaffId !== null) u.coa += 1;
  }
  const cancelled = new Map<string, boolean>();
  const departed = new Set<number>();
  for (const { personId, day: on, departure } of schedule.departures) {
    const p = byId.get(personId);
    if (on !== day || !p || !p.detention || !isForcedCandidate(p, day)) continue;
    let isCancelled = cancelled.get(departure.flightId);
    if (isCancelled === undefined) {
      isCancelled = rng.split(`flight-${departure.flightId}`).bernoulli(flightCancellation);
      cancelled.set(departure.flightId, isCancelled);
      if (isCancelled) bump(tally, 'cancelledFlights');
    }
    if (isCancelled || p.rng.split(`departure-${day}`).bernoulli(resistance)) {
      bump(tally, 'abortedDepartures');
      continue;
    }
    tally.used.escorts += departure.escorts;
    tally.used.flights += p.profile ? p.profile.adults + p.profile.minors : 1;
    endSpell(tally, p, day);
    leave(exits, p, p.track === 'dublin' ? 'dublinTransfer' : 'forced');
    departed.add(p.id);
  }
  if (departed.size > 0) caseload.persons = caseload.persons.filter((p) => !departed.has(p.id));
}

/**
 * The person's profile for the current track, drawn once per track from a child of their stream, so
 * it does not depend on when the person is first offered.
 */
export function profileOf(p: Person, params: SimulationParameters): PersonProfile {
  if (!p.profile || p.profile.track !== p.track) {
    p.profile = drawProfile(p, params, p.rng.split(`profile-${p.track}`));
  }
  return p.profile;
}

/**
 * Whom the next plan gets: everyone detained, then up to `maxCasesPerCycle` other candidates, half
 * transfers and half national returns, each the least often offered before, then by deadline or
 * longest removable. People who refuse the test their destination requires
 * are not offered: no lawful departure exists for them (seed §6.3), and the planner would say so.
 */
export function offerCandidates(
  caseload: Caseload,
  day: number,
  params: SimulationParameters,
  released: ReadonlySet<number>,
  offers: Map<number, number>,
): Person[] {
  const detained: Person[] = [];
  const free: Person[] = [];
  for (const p of caseload.persons) {
    if (p.detention) detained.push(p);
    else if (isForcedCandidate(p, day) && !released.has(p.id) && !profileOf(p, params).refusesTest)
      free.push(p);
  }
  // Fewest earlier offers first, so that people no plan could place (no flight to their country in
  // reach, no interpreter of their language) do not hold the front of the queue; then urgency.
  const offered = (p: Person) => offers.get(p.id) ?? 0;
  const byUrgency = (a: Person, b: Person) =>
    offered(a) - offered(b) ||
    a.transferDeadlineDay - b.transferDeadlineDay ||
    a.removableSinceDay - b.removableSinceDay ||
    a.id - b.id;
  const dublin = free.filter((p) => p.track === 'dublin').sort(byUrgency);
  const national = free.filter((p) => p.track === 'national').sort(byUrgency);
  // Half the room for each track, what one leaves to the other: deadlines alone would fill every
  // plan with transfers, while national returns wait without a deadline.
  const room = Math.max(0, params.planner.maxCasesPerCycle - detained.length);
  const dublinRoom = Math.max(Math.ceil(room / 2), room - national.length);
  const chosen = [...dublin.slice(0, dublinRoom)];
  chosen.push(...national.slice(0, room - chosen.length));
  for (const p of chosen) offers.set(p.id, offered(p) + 1);
  for (const p of detained) profileOf(p, params);
  return [...detained, ...chosen];
}
