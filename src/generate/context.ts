// What every part of the generator needs: the reference data, the size, the window and a stream.
import type { Rng } from './prng.ts';
import type { Reference } from './reference.ts';
import type { SizeRef } from './reference-schema.ts';

export type ScenarioSize = 'small' | 'national' | 'large' | 'xlarge';

export type GenContext = {
  ref: Reference;
  size: ScenarioSize;
  params: SizeRef;
  /** First and last day of the planning window. */
  start: string;
  end: string;
  days: number;
  /** The moment of planning, `YYYY-MM-DDTHH:mm`, and its date. */
  now: string;
  nowDate: string;
};

/** The context plus one random stream, for a part of the generator. */
export type Draw = GenContext & { rng: Rng };

/** The same context with an independent stream for `label`. */
export function fork(d: Draw, label: string): Draw {
  return { ...d, rng: d.rng.fork(label) };
}
