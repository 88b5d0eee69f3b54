import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval, pairedDifference, tQuantile975 } from '../../src/sim-runner/stats.ts';

describe('meanInterval', () => {
  it('matches the hand-computed Student t interval of 1, 2, 3, 4, 5', () => {
    // mean 3, s = √2.5, s/√5 = 0.70711, t(0.975, 4) = 2.776 → half-width 1.96293
    const i = meanInterval([1, 2, 3, 4, 5]);
    expect(i.mean).toBe(3);
    expect(i.low).toBeCloseTo(3 - 1.96293, 4);
    expect(i.high).toBeCloseTo(3 + 1.96293, 4);
  });

  it('uses t(0.975, 1) = 12.706 for two values', () => {
    // mean 11, s = √2, s/√2 = 1
    expect(meanInterval([10, 12])).toEqual({ mean: 11, low: 11 - 12.706, high: 11 + 12.706 });
  });

  it('gives a zero-width interval for one value and for identical values', () => {
    expect(meanInterval([7])).toEqual({ mean: 7, low: 7, high: 7 });
    expect(meanInterval([4, 4, 4])).toEqual({ mean: 4, low: 4, high: 4 });
  });

  it('refuses an empty sample', () => {
    expect(() => meanInterval([])).toThrow(/at least one value/);
  });

  it('contains the mean of any sample', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          const i = meanInterval(xs);
          expect(i.low).toBeLessThanOrEqual(i.mean + 1e-9);
          expect(i.high).toBeGreaterThanOrEqual(i.mean - 1e-9);
        },
      ),
    );
  });

  it('narrows when the same replications are observed twice as often', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }), (xs) => {
        fc.pre(new Set(xs).size > 1);
        const once = meanInterval(xs);
        const twice = meanInterval([...xs, ...xs]);
        expect(twice.mean).toBeCloseTo(once.mean, 9);
        expect(twice.high - twice.low).toBeLessThan(once.high - once.low);
      }),
    );
  });
});

describe('tQuantile975', () => {
  it('reads the table and steps down conservatively beyond 30 degrees of freedom', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(19)).toBe(2.093);
    expect(tQuantile975(30)).toBe(2.042);
    expect(tQuantile975(45)).toBe(2.021);
    expect(tQuantile975(5000)).toBe(1.96);
    expect(() => tQuantile975(0)).toThrow(/degrees of freedom/);
  });
});

describe('pairedDifference', () => {
  it('is the interval of the differences after − before', () => {
    // differences 1, 3, 2: mean 2, s = 1, s/√3 = 0.57735, t(0.975, 2) = 4.303 → half-width 2.48434
    const d = pairedDifference([10, 20, 30], [11, 23, 32]);
    expect(d.mean).toBe(2);
    expect(d.low).toBeCloseTo(2 - 2.48434, 4);
    expect(d.high).toBeCloseTo(2 + 2.48434, 4);
  });

  it('refuses samples of different length', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/differ in length/);
  });
});
