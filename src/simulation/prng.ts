/**
 * A seeded, splittable pseudo-random generator (sfc32, seeded by the cyrb128 string hash).
 *
 * `split(label)` derives a child stream from the parent's *key* and the label, never from how many
 * numbers the parent has drawn: a replication or a sub-stream is reproducible on its own.
 */
export type Prng = {
  /** The key this stream was seeded from (`seed/label/label…`). */
  readonly key: string;
  /** Uniform on [0, 1). */
  uniform(): number;
  bernoulli(p: number): boolean;
  /** Poisson-distributed count with the given mean. */
  poisson(mean: number): number;
  /** Exponential with the given mean, rounded up to whole days (at least 1). */
  exponentialDays(meanDays: number): number;
  /** Integer uniform on [lo, hi]. */
  integer(lo: number, hi: number): number;
  /** An index drawn with probability proportional to `weights[i]`. */
  pick(weights: readonly number[]): number;
  split(label: string | number): Prng;
};

/** cyrb128: four 32-bit words from a string. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function createPrng(seed: number | string): Prng {
  return new Sfc32(String(seed));
}

/**
 * sfc32 (Chris Doty-Humphrey's small fast chaotic generator). A class, so that a stream costs one
 * object and four words of state, not a set of closures: the simulation keeps one per person.
 */
class Sfc32 implements Prng {
  // State in a typed array: plain fields holding uint32 values would be boxed on every write.
  readonly #state: Uint32Array;

  constructor(readonly key: string) {
    this.#state = Uint32Array.from(hash128(key));
    for (let i = 0; i < 12; i++) this.uniform();
  }

  uniform(): number {
    const state = this.#state;
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = (state[3] as number) + 1;
    const t = (a + b + d) >>> 0;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    state[2] = ((c << 21) | (c >>> 11)) + t;
    state[3] = d;
    return t / 4294967296;
  }

  bernoulli(p: number): boolean {
    return this.uniform() < p;
  }

  poisson(mean: number): number {
    if (mean <= 0) return 0;
    // Inversion; split large means so that exp(-mean) does not underflow.
    if (mean > 400) return this.poisson(mean / 2) + this.poisson(mean / 2);
    let k = 0;
    let p = Math.exp(-mean);
    let cumulative = p;
    const u = this.uniform();
    while (u > cumulative && p > 0) {
      k += 1;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  exponentialDays(meanDays: number): number {
    return Math.max(1, Math.ceil(-meanDays * Math.log(1 - this.uniform())));
  }

  integer(lo: number, hi: number): number {
    return lo + Math.floor(this.uniform() * (hi - lo + 1));
  }

  pick(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + w, 0);
    let u = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  split(label: string | number): Prng {
    return new Sfc32(`${this.key}/${label}`);
  }
}
