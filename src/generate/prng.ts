// A small seeded pseudo-random generator (mulberry32), so a seed always gives the same scenario.
// Streams are forked by label: adding cases does not shift the flights drawn for the same seed.

export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** A key of `weights`, drawn in proportion to its weight. */
  weighted: <K extends string>(weights: Readonly<Record<K, number>>) => K;
  /** An item drawn in proportion to `weightOf(item)`. */
  weightedItem: <T>(items: readonly T[], weightOf: (item: T) => number) => T;
  /** An independent generator for a named sub-stream. */
  fork: (label: string) => Rng;
};

/** mulberry32: 32-bit state, good enough for test data, and tiny. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a stable 32-bit hash of a label, mixed with the seed to fork streams. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const weightedItem = <T>(items: readonly T[], weightOf: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weightOf(item), 0);
    let r = next() * total;
    for (const item of items) {
      r -= weightOf(item);
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weightedItem: no items');
    return last;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick: no items');
      return item;
    },
    weighted: (weights) => weightedItem(Object.keys(weights) as (keyof typeof weights)[], (k) => weights[k]),
    weightedItem,
    fork: (label) => createRng((hash(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0),
  };
}
