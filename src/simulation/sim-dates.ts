/**
 * Simulated days as calendar dates. Day 0 is a Monday after the rule set's effective date
 * (nl-2026-07), so the planner applies today's rules; dates only place the day in the week and
 * on the planner's calendar, the figures are per simulated year. Plain UTC arithmetic: dates
 * carry no time zone here, and a local date-time keeps its clock time when moved by whole days.
 */
export const SIM_START = '2027-01-04';

const DAY_MS = 86_400_000;
const epochDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (epoch: number): string => new Date(epoch * DAY_MS).toISOString().slice(0, 10);

/** The date of simulated day `day` (or `day` days after `start`). */
export function dateOf(day: number, start: string = SIM_START): string {
  return isoOf(epochDay(start) + day);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysFrom(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** `YYYY-MM-DDTHH:mm` moved by the days between the dates `from` and `to`. */
export function shiftDateTime(dateTime: string, from: string, to: string): string {
  return `${dateOf(daysFrom(from, to), dateTime.slice(0, 10))}${dateTime.slice(10)}`;
}

/** The simulated day of an ISO date. */
export const simDayOf = (iso: string): number => daysFrom(SIM_START, iso);
