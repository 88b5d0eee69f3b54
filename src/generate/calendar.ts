// Shared pieces of availability: working days, windows, capacities and illness gaps.
import type { Draw } from './context.ts';
import type { Rng } from './prng.ts';
import { dateRange, weekday } from './dates.ts';

export type Day = { date: string; working: boolean };

export function windowDays(d: Draw): Day[] {
  return dateRange(d.start, d.days).map((date) => ({
    date,
    working: weekday(date) <= 5 && !d.ref.sizes.holidays.includes(date),
  }));
}

/** A whole number of entries whose mean is `expected`. */
export function entryCount(rng: Rng, expected: number): number {
  const whole = Math.floor(expected);
  return whole + (rng.chance(expected - whole) ? 1 : 0);
}

/** A window of duty, local Amsterdam time: mostly the whole day, sometimes a half. */
export function dutyWindow(rng: Rng, date: string) {
  const [from, to] = rng.weightedItem(
    [
      ['09:00', '17:00', 0.55],
      ['08:00', '18:00', 0.05],
      ['09:00', '13:00', 0.25],
      ['13:00', '17:00', 0.15],
    ] as const,
    (w) => w[2],
  );
  return { from: `${date}T${from}`, to: `${date}T${to}` };
}

export function slotCapacity(rng: Rng): number {
  return rng.chance(0.7) ? 1 : 2;
}

/** An illness or leave gap: for a third of the parties, two to four days in a row without anyone. */
export function absentDays(rng: Rng, days: readonly Day[]): Set<string> {
  if (!rng.chance(0.35)) return new Set();
  const length = rng.int(2, 4);
  const first = rng.int(0, Math.max(0, days.length - length));
  return new Set(days.slice(first, first + length).map((x) => x.date));
}
