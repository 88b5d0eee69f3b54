import type { Source, SimulationParameters } from './parameters.ts';
import { SOURCES } from './parameters.ts';
import type { Wing } from '../domain/index.ts';
import type { PersonProfile } from './person-profile.ts';
import type { Prng } from './prng.ts';
import { personStream } from './streams.ts';

export type Track = 'dublin' | 'national';
export type DocumentState = 'own' | 'none' | 'lpPending' | 'lpConfirmed' | 'lpNotConfirmed';

/** One person in the caseload. Mutated only by the day loop. */
export type Person = {
  readonly id: number;
  readonly source: Source;
  /** index into `parameters.nationalities` */
  readonly nationality: number;
  readonly family: boolean;
  readonly detainable: boolean;
  track: Track;
  /** a national return is removable once no legal procedure is pending */
  removable: boolean;
  /** day the pending procedure ends (national, not yet removable) */
  procedureEndsDay: number;
  /** day removability began (national); orders the forced-departure queue */
  removableSinceDay: number;
  /** Dublin/AMMR: earliest transfer day and the day the transfer deadline lapses */
  transferReadyDay: number;
  transferDeadlineDay: number;
  document: DocumentState;
  lpResponseDay: number;
  lpConfirms: boolean;
  /** where and since when the person is detained (planner in the loop), else null */
  detention: Detention | null;
  /** what the planner needs to know beyond the above, drawn the first time the person is offered */
  profile: PersonProfile | null;
  /** the person's own random stream (streams.ts): every draw about them comes from it */
  readonly rng: Prng;
};

/** A stay in a detention centre: from the intake until departure or release. */
export type Detention = { readonly centreId: string; readonly wing: Wing; readonly sinceDay: number };

export type BySource = Record<Source, number>;
export const zeroBySource = (): BySource => ({ ind: 0, police: 0, kmar: 0, other: 0 });

/** The caseload: everyone still in it, and the next free id. */
export type Caseload = {
  persons: Person[];
  nextId: number;
};

/** Laissez-passer requests made, counted by the caller. */
export type DocumentEvents = { lpRequested: number };
/** What timers cause, counted by the caller for one day. */
export type TimerEvents = DocumentEvents & {
  lpConfirmed: number;
  lpNotConfirmed: number;
  dublinLapsed: number;
};

/** Makes a national return removable and, without a document, maybe requests a laissez-passer. */
export function becomeRemovable(
  person: Person,
  day: number,
  params: SimulationParameters,
  events: DocumentEvents,
): void {
  const rng = person.rng;
  person.removable = true;
  person.removableSinceDay = day;
  if (person.document !== 'none') return;
  const group = params.nationalities[person.nationality];
  if (!group || !rng.bernoulli(group.lpRequestShare)) return;
  person.document = 'lpPending';
  person.lpResponseDay = day + rng.exponentialDays(group.lpResponseDaysMean);
  person.lpConfirms = rng.bernoulli(group.lpConfirmShare);
  events.lpRequested += 1;
}

/**
 * A new person entering the caseload on `day` from `source`, with the next id and the stream keyed by
 * it (`personStream(root, id)`); `dublin` is drawn from that stream unless given.
 */
export function admit(
  caseload: Caseload,
  source: Source,
  day: number,
  params: SimulationParameters,
  root: Prng,
  events: DocumentEvents,
  givenDublin?: boolean,
): Person {
  const id = caseload.nextId++;
  const rng = personStream(root, id);
  const dublin = givenDublin ?? rng.bernoulli(params.dublinShare[source]);
  const nationality = rng.pick(params.nationalities.map((g) => g.share));
  const family = rng.bernoulli(params.familyShare);
  const detainShare = family
    ? params.detainableShare.family
    : dublin
      ? params.detainableShare.dublin
      : params.detainableShare.national;
  const group = params.nationalities[nationality];
  const person: Person = {
    id,
    source,
    nationality,
    family,
    detainable: rng.bernoulli(detainShare),
    track: dublin ? 'dublin' : 'national',
    removable: false,
    procedureEndsDay: Infinity,
    removableSinceDay: Infinity,
    transferReadyDay: Infinity,
    transferDeadlineDay: Infinity,
    document: group && rng.bernoulli(group.ownDocumentShare) ? 'own' : 'none',
    lpResponseDay: Infinity,
    lpConfirms: false,
    detention: null,
    profile: null,
    rng,
  };
  if (dublin) {
    const { remainingDeadlineDaysMin: lo, remainingDeadlineDaysMax: hi, transferLeadDays } = params.dublin;
    person.transferDeadlineDay = day + rng.integer(lo, hi);
    person.transferReadyDay = day + transferLeadDays;
  } else if (rng.bernoulli(params.procedurePendingShare[source])) {
    person.procedureEndsDay = day + rng.exponentialDays(params.procedureDaysMean);
  } else {
    becomeRemovable(person, day, params, events);
  }
  caseload.persons.push(person);
  return person;
}

/**
 * The opening caseload. Each person is admitted on a past day — a national return up to an age
 * ~ exponential with mean `initial.ageDaysMean`, a Dublin claimant within the transfer lead time (they
 * leave fast) — and the timers that already ran out are applied; no exits are drawn for the
 * past, since the opening stock is by definition who is still there. Laissez-passer requests made
 * before day 0 are not counted. Each person is drawn from their own stream (streams.ts), the source and
 * age from a child of it (`opening`).
 */
export function openingCaseload(params: SimulationParameters, root: Prng): Caseload {
  const caseload: Caseload = { persons: [], nextId: 0 };
  const weights = SOURCES.map((s) => params.inflowPerYear[s]);
  // Events before day 0 are not part of the simulated period: counted here and dropped.
  const past: TimerEvents = { lpRequested: 0, lpConfirmed: 0, lpNotConfirmed: 0, dublinLapsed: 0 };
  for (let i = 0; i < params.initial.caseload; i++) {
    const rng = personStream(root, caseload.nextId).split('opening');
    const source = SOURCES[rng.pick(weights)] ?? 'ind';
    const dublin = rng.bernoulli(params.initial.dublinShare);
    const admittedDay = dublin
      ? -rng.integer(0, params.dublin.transferLeadDays)
      : -rng.exponentialDays(params.initial.ageDaysMean);
    const person = admit(caseload, source, admittedDay, params, root, past, dublin);
    advanceTimers(person, 0, params, past);
  }
  return caseload;
}

/**
 * Applies every timer due on or before `day`: Dublin lapse, procedure end, laissez-passer response.
 * A timer that has fired is reset to Infinity, so a person with every timer in the future is skipped.
 */
export function advanceTimers(
  person: Person,
  day: number,
  params: SimulationParameters,
  events: TimerEvents,
): void {
  if (person.track === 'dublin' && person.transferDeadlineDay <= day) {
    // Deadline missed: responsibility passes to the Netherlands (Dublin III art. 29(2)); the person
    // stays in the caseload as a national return.
    person.track = 'national';
    person.transferDeadlineDay = Infinity;
    person.transferReadyDay = Infinity;
    events.dublinLapsed += 1;
    becomeRemovable(person, day, params, events);
  }
  if (!person.removable && person.track === 'national' && person.procedureEndsDay <= day) {
    const ended = person.procedureEndsDay;
    person.procedureEndsDay = Infinity;
    becomeRemovable(person, Math.min(day, ended), params, events);
  }
  if (person.document === 'lpPending' && person.lpResponseDay <= day) {
    person.document = person.lpConfirms ? 'lpConfirmed' : 'lpNotConfirmed';
    person.lpResponseDay = Infinity;
    if (person.lpConfirms) events.lpConfirmed += 1;
    else events.lpNotConfirmed += 1;
  }
}
