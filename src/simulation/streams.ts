/**
 * Where each random draw of a run comes from. Two runs of one seed that differ in a decision (a
 * scenario with 10% more lawyers, another forced-departure step) must draw the same numbers for
 * everything that decision did not touch — common random numbers — or a paired difference between
 * them is noise. So no stream is shared along the day loop: every stream is derived from the run's
 * root by a key (`Prng.split`), never by how much another stream has drawn.
 *
 * - the arrivals of a day come from that day's own stream, so the inflow series is the same in every
 *   variant, and so are the ids, handed out in order of admission;
 * - everything about a person (attributes, timers, laissez-passer, the daily hazard of leaving, the
 *   profile the planner sees, the outcome of an intake or a departure) comes from their own stream,
 *   keyed by their id: what happens to one person does not shift the draws of anyone else;
 * - what belongs to a day and no person (the stochastic rounding of a lumped capacity, a flight's
 *   cancellation) comes from the day's stream.
 */
import type { Prng } from './prng.ts';

/** The arrivals of `day`: one Poisson count per source. */
export const inflowStream = (root: Prng, day: number): Prng => root.split(`inflow-${day}`);

/** Everything drawn about the person with this id, from admission to exit. */
export const personStream = (root: Prng, id: number): Prng => root.split(`person-${id}`);

/** What belongs to `day` and no single person. */
export const dayStream = (root: Prng, day: number): Prng => root.split(`day-${day}`);
