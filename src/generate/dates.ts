// Calendar helpers for the generator: ISO dates in Europe/Amsterdam, via luxon.
import { DateTime } from 'luxon';
import { ZONE } from '../domain/primitives.ts';

const day = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

export function addDays(iso: string, days: number): string {
  return day(iso).plus({ days }).toISODate() ?? iso;
}

export function addMonths(iso: string, months: number): string {
  return day(iso).plus({ months }).toISODate() ?? iso;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(iso: string): number {
  return day(iso).weekday;
}

export function dateRange(start: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(start, i));
}

export function daysBetween(from: string, to: string): number {
  return Math.round(day(to).diff(day(from), 'days').days);
}

/** A random date in [from, to], both included. */
export function dateBetween(next: () => number, from: string, to: string): string {
  const span = Math.max(0, daysBetween(from, to));
  return addDays(from, Math.floor(next() * (span + 1)));
}

/** `YYYY-MM-DDTHH:mm` at `time` local to `fromZone`, plus `minutes`, read in `toZone`. */
export function shiftLocal(date: string, time: string, fromZone: string, minutes: number, toZone: string) {
  return DateTime.fromISO(`${date}T${time}`, { zone: fromZone })
    .plus({ minutes })
    .setZone(toZone)
    .toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Adds minutes to a local date-time, keeping the zone. */
export function plusMinutes(local: string, zone: string, minutes: number): string {
  return DateTime.fromISO(local, { zone }).plus({ minutes }).toFormat("yyyy-MM-dd'T'HH:mm");
}
