import type { Prng } from './prng.ts';
import type { Track } from './state.ts';

/** A person the day loop offers for forced departure: removable, with a document, detainable. */
export type ForcedDepartureCandidate = {
  readonly id: number;
  readonly track: Track;
  readonly family: boolean;
  /** Dublin/AMMR: the day the transfer deadline lapses; national returns have none (Infinity) */
  readonly deadlineDay: number;
  readonly removableSinceDay: number;
};

export type ForcedDepartureInput = {
  readonly day: number;
  /** how many forced departures can be carried out today */
  readonly capacity: number;
  readonly candidates: readonly ForcedDepartureCandidate[];
  readonly rng: Prng;
};

/**
 * Decides who departs by force today. The day loop calls it once a day and removes the returned ids;
 * ids that are not candidates, repeated, or beyond `capacity` are ignored. The next slice replaces the
 * simple implementation below by the real planner on a planning cycle.
 */
export type ForcedDepartureStep = {
  readonly name: string;
  decide(input: ForcedDepartureInput): readonly number[];
};

/** Orders the forced-departure queue: most urgent deadline, then longest removable, then id. */
export function compareUrgency(a: ForcedDepartureCandidate, b: ForcedDepartureCandidate): number {
  return a.deadlineDay - b.deadlineDay || a.removableSinceDay - b.removableSinceDay || a.id - b.id;
}

/** The `capacity` most urgent candidates (a partial selection: capacity is small, the queue long). */
export const capacityLimitedStep: ForcedDepartureStep = {
  name: 'capacity-limited, by deadline urgency',
  decide: ({ capacity, candidates }) => {
    const chosen: ForcedDepartureCandidate[] = [];
    for (const c of candidates) {
      if (chosen.length < capacity) chosen.push(c);
      else if (capacity > 0 && compareUrgency(c, chosen[chosen.length - 1] as ForcedDepartureCandidate) < 0) {
        chosen[chosen.length - 1] = c;
      } else continue;
      chosen.sort(compareUrgency);
    }
    return chosen.map((c) => c.id);
  },
};
