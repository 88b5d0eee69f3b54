import type { ForcedDepartureCandidate, ForcedDepartureStep } from './forced-departure.ts';
import type { Hazards, SimulationParameters } from './parameters.ts';
import { SOURCES } from './parameters.ts';
import type { Prng } from './prng.ts';
import type { BySource, Caseload, Person, TimerEvents } from './state.ts';
import { admit, advanceTimers, zeroBySource } from './state.ts';
import { dayStream, inflowStream } from './streams.ts';

export const EXIT_REASONS = [
  'forced',
  'dublinTransfer',
  'independent',
  'mob',
  'asylum',
  'permit',
  'other',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
const HAZARD_REASONS = ['mob', 'independent', 'asylum', 'permit', 'other'] as const;

/** What happened on one day. */
export type DayRecord = {
  readonly day: number;
  readonly inflow: BySource;
  readonly outflow: Readonly<Record<ExitReason, number>>;
  readonly outflowBySource: BySource;
  /** caseload at the end of the day */
  readonly caseload: number;
  readonly caseloadBySource: BySource;
  readonly dublinCaseload: number;
  readonly forcedCapacity: number;
  readonly dublinLapsed: number;
  readonly lpRequested: number;
  readonly lpConfirmed: number;
  readonly lpNotConfirmed: number;
  /** requests still pending when the person left the caseload */
  readonly lpWithdrawn: number;
};

/** The exits of one day, counted as they happen. */
export type Exits = {
  readonly outflow: Record<ExitReason, number>;
  readonly outflowBySource: BySource;
  lpWithdrawn: number;
};

/** A day's timer events and exits, all zero. */
export function emptyDayCounters(): { events: TimerEvents; exits: Exits } {
  return {
    events: { lpRequested: 0, lpConfirmed: 0, lpNotConfirmed: 0, dublinLapsed: 0 },
    exits: {
      outflow: Object.fromEntries(EXIT_REASONS.map((r) => [r, 0])) as Record<ExitReason, number>,
      outflowBySource: zeroBySource(),
      lpWithdrawn: 0,
    },
  };
}

export function leave(exits: Exits, p: Person, reason: ExitReason): void {
  exits.outflow[reason] += 1;
  exits.outflowBySource[p.source] += 1;
  if (p.document === 'lpPending') exits.lpWithdrawn += 1;
}

/** Daily hazards from rates per person-year, in the order of HAZARD_REASONS. */
const dailyHazards = (h: Hazards): number[] => HAZARD_REASONS.map((r) => h[r] / 365);

/**
 * Simulates one day: inflow, timers, daily hazards of leaving, then forced departures via `forced`.
 * `root` is the run's root stream, from which the day's and the people's streams are keyed (streams.ts).
 */
export function simulateDay(
  caseload: Caseload,
  day: number,
  params: SimulationParameters,
  root: Prng,
  forced: ForcedDepartureStep,
): DayRecord {
  const { events, exits } = emptyDayCounters();
  const inflow = admitInflow(caseload, day, params, root, events);
  applyTimersAndHazards(caseload, day, params, events, exits);
  const forcedCapacity = departByForce(caseload, day, params, dayStream(root, day), forced, exits);

  // Counted afresh, not carried forward from inflow and outflow, so that conservation can be checked.
  let ind = 0;
  let police = 0;
  let kmar = 0;
  let dublinCaseload = 0;
  for (const p of caseload.persons) {
    if (p.source === 'ind') ind += 1;
    else if (p.source === 'police') police += 1;
    else if (p.source === 'kmar') kmar += 1;
    if (p.track === 'dublin') dublinCaseload += 1;
  }
  const caseloadBySource = { ind, police, kmar, other: caseload.persons.length - ind - police - kmar };
  return {
    day,
    inflow,
    outflow: exits.outflow,
    outflowBySource: exits.outflowBySource,
    caseload: caseload.persons.length,
    caseloadBySource,
    dublinCaseload,
    forcedCapacity,
    ...events,
    lpWithdrawn: exits.lpWithdrawn,
  };
}

/**
 * Poisson arrivals from each source, counted from the day's inflow stream; each newcomer is drawn from
 * their own stream. Neither depends on who left before, so ids and arrivals are the same in every run
 * of one seed.
 */
export function admitInflow(
  caseload: Caseload,
  day: number,
  params: SimulationParameters,
  root: Prng,
  events: TimerEvents,
): BySource {
  const inflow = zeroBySource();
  const counts = inflowStream(root, day);
  for (const source of SOURCES) {
    inflow[source] = counts.poisson(params.inflowPerYear[source] / 365);
    for (let i = 0; i < inflow[source]; i++) admit(caseload, source, day, params, root, events);
  }
  return inflow;
}

/**
 * Fires due timers, then the competing daily hazards; removes who left (in place, order kept). A
 * detained person is in custody: no hazard of leaving applies until departure or release. Every draw
 * is from the person's own stream, and the daily uniform is drawn for the detained too, so that a
 * person's later days draw the same numbers whether or not a plan held them for a while.
 */
export function applyTimersAndHazards(
  caseload: Caseload,
  day: number,
  params: SimulationParameters,
  events: TimerEvents,
  exits: Exits,
): void {
  const dublin = dailyHazards(params.hazards.dublin);
  const national = dailyHazards(params.hazards.national);
  const dublinTotal = dublin.reduce((a, b) => a + b, 0);
  const nationalTotal = national.reduce((a, b) => a + b, 0);
  const persons = caseload.persons;
  let kept = 0;
  for (const p of persons) {
    if (p.transferDeadlineDay <= day || p.procedureEndsDay <= day || p.lpResponseDay <= day) {
      advanceTimers(p, day, params, events);
    }
    // One uniform decides both whether and which competing hazard fires.
    let u = p.rng.uniform();
    const isDublin = p.track === 'dublin';
    if (p.detention || u >= (isDublin ? dublinTotal : nationalTotal)) {
      persons[kept++] = p;
      continue;
    }
    const h = isDublin ? dublin : national;
    let fired = 0;
    while (fired < h.length - 1 && u >= (h[fired] as number)) u -= h[fired++] as number;
    leave(exits, p, HAZARD_REASONS[fired] as ExitReason);
  }
  persons.length = kept;
}

export function isForcedCandidate(p: Person, day: number): boolean {
  if (!p.detainable) return false;
  if (p.track === 'dublin') return day >= p.transferReadyDay && day < p.transferDeadlineDay;
  return p.removable && (p.document === 'own' || p.document === 'lpConfirmed');
}

/**
 * Offers today's candidates to the step and removes whom it picked, up to capacity. Returns the
 * capacity. `rng` is the day's stream.
 */
function departByForce(
  caseload: Caseload,
  day: number,
  params: SimulationParameters,
  rng: Prng,
  forced: ForcedDepartureStep,
  exits: Exits,
): number {
  // Stochastic rounding: a capacity of 4.47 a day is 5 on 47% of days, else 4.
  const floor = Math.floor(params.forcedCapacityPerDay);
  const capacity = floor + (rng.bernoulli(params.forcedCapacityPerDay - floor) ? 1 : 0);
  const candidates: ForcedDepartureCandidate[] = [];
  for (const p of caseload.persons) {
    if (!isForcedCandidate(p, day)) continue;
    const { id, track, family, transferDeadlineDay: deadlineDay, removableSinceDay } = p;
    candidates.push({ id, track, family, deadlineDay, removableSinceDay });
  }
  const picked = forced.decide({ day, capacity, candidates, rng: rng.split('forced') });
  const chosen = new Set(picked.slice(0, capacity));
  if (chosen.size === 0) return capacity;
  caseload.persons = caseload.persons.filter((p) => {
    if (!chosen.has(p.id) || !isForcedCandidate(p, day)) return true;
    leave(exits, p, p.track === 'dublin' ? 'dublinTransfer' : 'forced');
    return false;
  });
  return capacity;
}
