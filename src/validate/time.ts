// Times of the plan: intake slots (rules intake.slot.*), flight instants in their airport's zone,
// and Amsterdam calendar dates (docs/planning-rules.md, "Times").
import { DateTime } from 'luxon';
import { ZONE } from '../domain/index.ts';
import type { DayPart, Flight, IsoDate, LocalDateTime, TimeWindow } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { ScenarioIndex } from './context.ts';

export type Slot = { readonly date: IsoDate; readonly part: DayPart };
export type SlotTimes = { readonly start: LocalDateTime; readonly end: LocalDateTime };

const HOURS = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/;

/** The hours of a slot part from rule `intake.slot.<part>`, e.g. "09:00-13:00". */
export function slotHours(rules: RuleSet, part: DayPart): { start: string; end: string } {
  const id = `intake.slot.${part}`;
  const value = String(rules.rule(id).value);
  const match = HOURS.exec(value.trim());
  if (!match?.[1] || !match[2]) throw new Error(`rule ${id}: expected "HH:mm-HH:mm", got "${value}"`);
  return { start: match[1], end: match[2] };
}

export function slotTimes(rules: RuleSet, slot: Slot): SlotTimes {
  const hours = slotHours(rules, slot.part);
  return { start: `${slot.date}T${hours.start}`, end: `${slot.date}T${hours.end}` };
}

/** An availability window covers a slot when it starts by the slot's start and ends at or after its end. */
export function covers(window: TimeWindow, slot: SlotTimes): boolean {
  return window.from <= slot.start && window.to >= slot.end;
}

/** A local Amsterdam date-time (scenario times) as an instant. */
export function amsterdam(local: LocalDateTime): DateTime {
  return DateTime.fromISO(local, { zone: ZONE });
}

/** The instant a flight takes off, read in its departure airport's zone. */
export function takeOff(flight: Flight, index: ScenarioIndex): DateTime {
  return DateTime.fromISO(flight.departure, { zone: zoneOf(flight.departureAirport, index) });
}

/** The instant a flight lands, read in its arrival airport's zone. */
export function landing(flight: Flight, index: ScenarioIndex): DateTime {
  return DateTime.fromISO(flight.arrival, { zone: zoneOf(flight.arrivalAirport, index) });
}

/** The zone of an airport; a scenario always names it, else local times are compared as they are. */
export function zoneOf(airport: string, index: ScenarioIndex): string {
  return index.airports.get(airport)?.timeZone ?? 'UTC';
}

/** The Amsterdam calendar date of an instant. */
export function amsterdamDate(instant: DateTime): IsoDate {
  return instant.setZone(ZONE).toISODate() ?? 'invalid-date';
}

/** The flight's departure date: the Amsterdam date of its take-off. */
export function departureDate(flight: Flight, index: ScenarioIndex): IsoDate {
  return amsterdamDate(takeOff(flight, index));
}

/** Amsterdam wall-clock time of the take-off, "HH:mm". */
export function departureClock(flight: Flight, index: ScenarioIndex): string {
  return takeOff(flight, index).setZone(ZONE).toFormat('HH:mm');
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  let day = DateTime.fromISO(from, { zone: ZONE });
  const last = DateTime.fromISO(to, { zone: ZONE });
  while (day <= last) {
    dates.push(day.toISODate() ?? from);
    day = day.plus({ days: 1 });
  }
  return dates;
}

/** "2026-12-09 09:00" style, for messages. */
export function show(instant: DateTime): string {
  return instant.toFormat('yyyy-MM-dd HH:mm ZZZZ');
}
