// Rule 23 of docs/planning-rules.md [departure.transport]: the DV&O run from the centre to the airport.
import type { Flight } from '../domain/index.ts';
import { addDays } from '../domain/calendar.ts';
import { party, resolvedDepartures } from './context.ts';
import { placementOf } from './derive.ts';
import { covers, departureClock, departureDate, slotHours, slotTimes } from './time.ts';
import type { Slot } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

/**
 * The slot of the airport run: the morning of the departure date when the flight leaves at or after
 * the afternoon slot's start (13:00 under nl-2026-07), else the afternoon of the day before.
 */
export function airportRunSlot(ctx: CheckContext, flight: Flight): Slot {
  const date = departureDate(flight, ctx.index);
  const afternoon = slotHours(ctx.rules, 'afternoon').start;
  if (departureClock(flight, ctx.index) >= afternoon) return { date, part: 'morning' };
  return { date: addDays(date, -1), part: 'afternoon' };
}

/** Rule 23 [departure.transport]: transport of the centre's region, covering the run's slot, with seats. */
export function airportRun(ctx: CheckContext): Violation[] {
  return resolvedDepartures(ctx).flatMap(({ departure, kase, flight }) => {
    const entry = party(ctx.scenario, 'transport', departure.transportId);
    if (!entry) return []; // reported by plan.references
    const run = airportRunSlot(ctx, flight);
    const slot = slotTimes(ctx.rules, run);
    const problems: string[] = [];
    const placement = placementOf(kase, ctx.index.intakeOf.get(kase.id));
    const centre = placement ? ctx.index.centres.get(placement.centreId) : undefined;
    if (centre && entry.policeRegionId !== centre.policeRegionId) {
      problems.push(
        `transport ${entry.id} serves region ${entry.policeRegionId}, ${centre.name} is in ${centre.policeRegionId}`,
      );
    }
    if (!covers(entry.window, slot)) {
      problems.push(
        `transport ${entry.id} available ${entry.window.from}…${entry.window.to}, run ${slot.start}…${slot.end}`,
      );
    }
    if (entry.seats < kase.persons.length) {
      problems.push(`transport ${entry.id}: ${kase.persons.length} persons, ${entry.seats} seats`);
    }
    return problems.map((message) =>
      violation('departure.transport', kase.id, `airport run for flight ${flight.id}: ${message}`, {
        flightId: flight.id,
        transportId: entry.id,
        runDate: run.date,
        runPart: run.part,
      }),
    );
  });
}
