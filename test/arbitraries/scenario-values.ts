// Small value arbitraries for scenarios: ids, codes, dates and times that pass the domain schemas.
import fc from 'fast-check';

/** Valid ISO 3166-1 codes (XK is accepted by the schema as in EU practice, not used here). */
export const COUNTRIES = ['NL', 'NG', 'PL', 'DE', 'MA', 'ER', 'AF', 'GE'] as const;
export const LANGUAGES = ['nl', 'en', 'ar', 'ti', 'prs', 'pl', 'yo', 'ka'] as const;
export const AIRPORTS = ['AMS', 'EIN', 'RTM', 'LOS', 'WAW', 'CMN', 'ASM', 'TBS', 'KBL'] as const;
export const CARRIERS = ['KL', 'HV', 'LO', 'AT', 'W6', 'U2'] as const;

export const id = () => fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/);
export const ids = (maxLength: number, minLength = 0) => fc.uniqueArray(id(), { minLength, maxLength });
export const name = () => fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });
export const country = () => fc.constantFrom(...COUNTRIES);
export const language = () => fc.constantFrom(...LANGUAGES);
export const count = (max: number, min = 0) => fc.integer({ min, max });

const pad = (n: number) => String(n).padStart(2, '0');

/** A date that exists, 2024–2028 (day up to 28, so every month has it; leap day added separately). */
export const isoDate = () =>
  fc
    .oneof(
      { weight: 9, arbitrary: fc.tuple(fc.integer({ min: 2024, max: 2028 }), count(12, 1), count(28, 1)) },
      { weight: 1, arbitrary: fc.constant([2028, 2, 29] as [number, number, number]) },
    )
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);

export const localDateTime = () =>
  fc.tuple(isoDate(), count(23), count(59)).map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}`);

/** Two different local date-times, ordered: `from` before `to`. */
export const orderedPair = () =>
  fc
    .uniqueArray(localDateTime(), { minLength: 2, maxLength: 2 })
    .map((pair) => [...pair].sort() as [string, string]);

export const dateRange = () =>
  fc.tuple(isoDate(), isoDate()).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);

export const timeWindow = () => orderedPair().map(([from, to]) => ({ from, to }));

/** Distinct V-numbers: ten digits each. */
export const vNumbers = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 9_999_999_999 }), { minLength: n, maxLength: n })
    .map((xs) => xs.map((x) => String(x).padStart(10, '0')));

/** An element of a non-empty list. */
export const oneOf = <T>(items: readonly T[]) => fc.constantFrom(...items);
