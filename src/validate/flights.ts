// Flights, rules 19 and 21 of docs/planning-rules.md: transits (Directive 2003/110) and seats.
import { DateTime } from 'luxon';
import type { Flight } from '../domain/index.ts';
import { addDays } from '../domain/calendar.ts';
import { resolvedDepartures } from './context.ts';
import type { ResolvedDeparture } from './context.ts';
import { isEscorted } from './derive.ts';
import { durationDays, hours } from './rule-values.ts';
import { departureDate, zoneOf } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

/** Rule 19 [transit.max-hours, transit.request.min-days]: short transits, requested in time. */
export function transits(ctx: CheckContext): Violation[] {
  const maxHours = hours(ctx.rules, 'transit.max-hours');
  const requestDays = durationDays(ctx.rules, 'transit.request.min-days');
  const earliest = addDays(ctx.scenario.now.slice(0, 10), requestDays);
  return resolvedDepartures(ctx).flatMap(({ kase, flight }) => {
    const found: Violation[] = [];
    for (const t of flight.transits) {
      const zone = zoneOf(t.airport, ctx.index);
      const stay = DateTime.fromISO(t.departure, { zone }).diff(
        DateTime.fromISO(t.arrival, { zone }),
        'hours',
      ).hours;
      if (stay > maxHours) {
        const message = `flight ${flight.id}: transit at ${t.airport} lasts ${stay} h, at most ${maxHours} h`;
        found.push(
          violation('transit.max-hours', kase.id, message, {
            flightId: flight.id,
            airport: t.airport,
            hours: stay,
            maxHours,
          }),
        );
      }
    }
    const date = departureDate(flight, ctx.index);
    if (flight.transits.length > 0 && date < earliest) {
      const message = `flight ${flight.id} transits on ${date}: a transit is requested ${requestDays} days ahead, so ${earliest} at the earliest`;
      found.push(
        violation('transit.request.min-days', kase.id, message, {
          flightId: flight.id,
          departureDate: date,
          earliest,
        }),
      );
    }
    return found;
  });
}

/** Rule 21 [flight.seats, airline.depa-depu]: seats (escorts included), DEPA and DEPU per flight; charter allotment. */
export function flightCapacity(ctx: CheckContext): Violation[] {
  const byFlight = new Map<string, ResolvedDeparture[]>();
  for (const d of resolvedDepartures(ctx))
    byFlight.set(d.flight.id, [...(byFlight.get(d.flight.id) ?? []), d]);
  return [...byFlight.values()].flatMap((ds) => (ds[0] ? flightLoad(ctx, ds[0].flight, ds) : []));
}

function flightLoad(ctx: CheckContext, flight: Flight, ds: ResolvedDeparture[]): Violation[] {
  const sum = (f: (d: ResolvedDeparture) => number) => ds.reduce((n, d) => n + f(d), 0);
  const persons = sum((d) => d.kase.persons.length);
  const cases = ds.map((d) => d.kase.id).join(',');
  const over = (ruleId: string, what: string, used: number, limit: number): Violation[] =>
    used <= limit
      ? []
      : [
          violation(ruleId, undefined, `flight ${flight.id}: ${used} ${what}, ${limit} allowed`, {
            flightId: flight.id,
            used,
            limit,
            cases,
          }),
        ];
  if (flight.kind === 'charter') return over('flight.seats', 'persons', persons, flight.allotment);
  const carrier = ctx.index.carriers.get(flight.carrier);
  const escorts = sum((d) => d.departure.escorts);
  const depa = sum((d) => (isEscorted(d.kase) ? d.kase.persons.length : 0));
  return [
    ...over('flight.seats', 'seats for persons and escorts', persons + escorts, flight.seats),
    ...over('airline.depa-depu', `escorted deportees (DEPA, ${flight.carrier})`, depa, carrier?.depaMax ?? 0),
    ...over(
      'airline.depa-depu',
      `unescorted deportees (DEPU, ${flight.carrier})`,
      persons - depa,
      carrier?.depuMax ?? 0,
    ),
  ];
}
