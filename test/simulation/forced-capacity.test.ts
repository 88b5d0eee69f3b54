import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulation/run.ts';
import { baselineParameters } from './baseline.ts';

const params = baselineParameters();
const SEEDS = [1, 2, 3];

/** Forced departures over 180 days, averaged over a few seeds. */
const meanForced = (capacity: number): number =>
  SEEDS.map(
    (seed) =>
      simulate({ ...params, forcedCapacityPerDay: capacity }, { days: 180, seed }).totals.forcedDepartures,
  ).reduce((a, b) => a + b, 0) / SEEDS.length;

describe('forced-departure capacity', () => {
  it('a larger daily capacity never lowers the expected forced departures', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        (capacity, extra) => {
          expect(meanForced(capacity + extra)).toBeGreaterThanOrEqual(meanForced(capacity));
        },
      ),
      { numRuns: 4, seed: Number(process.env['FC_SEED'] ?? 2021) },
    );
  });
});
