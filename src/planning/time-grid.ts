// The planning window as days and intake slots; local times as minutes since the window's start.
import { DateTime } from 'luxon';
import type { DayPart, IsoDate, LocalDateTime, Scenario } from '../domain/index.ts';
import { ZONE } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';

export type Slot = {
  readonly index: number;
  readonly day: number;
  readonly date: IsoDate;
  readonly part: DayPart;
  /** Local Amsterdam times, `YYYY-MM-DDTHH:mm`. */
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  /** Epoch milliseconds of the start, for arithmetic with notice periods. */
  readonly startMs: number;
};

export type TimeGrid = {
  readonly dates: readonly IsoDate[];
  readonly slots: readonly Slot[];
  dayOf(date: IsoDate): number | undefined;
  slotAt(date: IsoDate, part: DayPart): Slot | undefined;
};

export const PARTS: readonly DayPart[] = ['morning', 'afternoon'];

export function buildTimeGrid(scenario: Scenario, rules: RuleSet): TimeGrid {
  const dates: IsoDate[] = [];
  const first = DateTime.fromISO(scenario.window.start, { zone: ZONE });
  const last = DateTime.fromISO(scenario.window.end, { zone: ZONE });
  for (let d = first; d <= last; d = d.plus({ days: 1 })) dates.push(d.toISODate()!);
  const hours = {
    morning: slotHours(rules, 'intake.slot.morning'),
    afternoon: slotHours(rules, 'intake.slot.afternoon'),
  };
  const slots: Slot[] = dates.flatMap((date, day) =>
    PARTS.map((part, p) => {
      const [from, to] = hours[part];
      const start = `${date}T${from}`;
      return { index: day * 2 + p, day, date, part, start, end: `${date}T${to}`, startMs: localMs(start) };
    }),
  );
  const byDate = new Map(dates.map((d, i) => [d, i]));
  return {
    dates,
    slots,
    dayOf: (date) => byDate.get(date),
    slotAt: (date, part) => {
      const day = byDate.get(date);
      return day === undefined ? undefined : slots[day * 2 + (part === 'morning' ? 0 : 1)];
    },
  };
}

/** Epoch milliseconds of a local time in a zone (Amsterdam unless given). */
export function localMs(local: LocalDateTime, zone: string = ZONE): number {
  return DateTime.fromISO(local, { zone }).toMillis();
}

function slotHours(rules: RuleSet, id: string): [string, string] {
  const value = String(rules.rule(id).value);
  const match = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(value);
  if (!match) throw new Error(`rule ${id}: expected "HH:mm-HH:mm", got "${value}"`);
  return [match[1]!, match[2]!];
}
