import { describe, expect, it } from 'vitest';
import { createPrng } from '../../src/simulation/prng.ts';

const draw = (seed: number | string, n = 20): number[] => {
  const rng = createPrng(seed);
  return Array.from({ length: n }, () => rng.uniform());
};

describe('seeded generator', () => {
  it('repeats its sequence for the same seed', () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it('gives different sequences for different seeds', () => {
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniforms in [0, 1)', () => {
    expect(draw('range', 10_000).every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it('splits a stream by label, whatever the parent has drawn before', () => {
    const fresh = createPrng(7).split('child');
    const used = createPrng(7);
    draw(7, 5).forEach(() => used.uniform());
    const late = used.split('child');
    expect([fresh.uniform(), fresh.uniform()]).toEqual([late.uniform(), late.uniform()]);
    expect(createPrng(7).split('a').uniform()).not.toBe(createPrng(7).split('b').uniform());
  });

  it('draws Poisson counts with about the right mean', () => {
    const rng = createPrng('poisson');
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += rng.poisson(25.2);
    expect(sum / n).toBeCloseTo(25.2, 0);
  });
});
