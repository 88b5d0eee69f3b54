// Flights over the window: scheduled flights from the routes of data/reference/destinations.json
// (a share of the route-days, by size), with local times at each airport; some transits run
// past 24 hours (transit.max-hours); plus charters and Frontex joint return operations.
import type { z } from 'zod';
import type { Flight } from '../domain/flights.ts';
import type { Draw } from './context.ts';
import type { DestinationRef, RouteRef } from './reference-schema.ts';
import { addDays, dateRange, plusMinutes, shiftLocal, weekday } from './dates.ts';

type FlightInput = z.input<typeof Flight>;

/** Share of transit flights whose connection is overnight and beyond 24 hours. */
const LONG_TRANSIT_SHARE = 0.08;

export function generateFlights(d: Draw): FlightInput[] {
  const dates = dateRange(d.start, d.days);
  const kept = keptDays(d);
  const scheduled = d.ref.destinations.destinations.flatMap((dest) =>
    dest.routes.flatMap((route) =>
      dates
        .filter((date) => route.days.includes(weekday(date)))
        .filter((date) => d.rng.chance(d.params.flightDensity) || kept.has(`${dest.country} ${date}`))
        .map((date) => scheduledFlight(d, dest, route, date)),
    ),
  );
  return [...scheduled, ...charters(d)].sort(
    (a, b) => a.departure.localeCompare(b.departure) || a.id.localeCompare(b.id),
  );
}

/** Destination-days a showcase case departs on (`departOn`): all their routes are kept. */
function keptDays(d: Draw): Set<string> {
  if (!d.params.showcase) return new Set();
  return new Set(d.ref.showcase.cases.flatMap((s) => (s.departOn ? [`${s.destination} ${s.departOn}`] : [])));
}

function zoneOf(d: Draw, code: string): { zone: string; country: string } {
  const airport = d.ref.airports.airports.find((a) => a.code === code);
  if (!airport) throw new Error(`no airport ${code} in the reference data`);
  return { zone: airport.timeZone, country: airport.country };
}

function scheduledFlight(d: Draw, dest: DestinationRef, route: RouteRef, date: string): FlightInput {
  const seats = d.rng.int(2, 8);
  const legs = journey(d, dest, route, date);
  return {
    id: `F-${date}-${route.number}-${route.to}`,
    kind: 'scheduled',
    carrier: route.carrier,
    flightNumber: route.number,
    departureAirport: route.from,
    departure: `${date}T${route.depart}`,
    arrivalAirport: route.to,
    arrival: legs.arrival,
    destinationCountry: dest.country,
    transits: legs.transits,
    seats,
    escortDutyDays: legs.escortDutyDays,
  };
}

/** Arrival, transit and escort days: each time local to its airport. */
function journey(d: Draw, dest: DestinationRef, route: RouteRef, date: string) {
  const from = zoneOf(d, route.from);
  const to = zoneOf(d, route.to);
  if (!route.via) {
    const arrival = shiftLocal(date, route.depart, from.zone, route.minutes, to.zone);
    return { arrival, transits: [], escortDutyDays: dest.escortDutyDays };
  }
  const via = zoneOf(d, route.via.airport);
  const long = d.rng.chance(LONG_TRANSIT_SHARE);
  const layover = long ? 24 * 60 + d.rng.int(60, 360) : route.via.layover;
  const transitArrival = shiftLocal(date, route.depart, from.zone, route.minutes, via.zone);
  const transitDeparture = plusMinutes(transitArrival, via.zone, layover);
  const [day = date, time = route.depart] = transitDeparture.split('T');
  return {
    arrival: shiftLocal(day, time, via.zone, route.via.minutes, to.zone),
    transits: [
      {
        airport: route.via.airport,
        country: via.country,
        arrival: transitArrival,
        departure: transitDeparture,
      },
    ],
    escortDutyDays: Math.min(7, dest.escortDutyDays + (long ? 1 : 0)),
  };
}

function charters(d: Draw): FlightInput[] {
  return d.ref.charters.charters
    .filter((c) => c.day < d.days)
    .map((c) => {
      const date = addDays(d.start, c.day);
      return {
        id: `${c.id}-${date}`,
        kind: 'charter' as const,
        operation: c.operation,
        departureAirport: c.from,
        departure: `${date}T${c.depart}`,
        arrivalAirport: c.to,
        arrival: shiftLocal(date, c.depart, zoneOf(d, c.from).zone, c.minutes, zoneOf(d, c.to).zone),
        destinationCountry: c.country,
        transits: [],
        escortDutyDays: c.escortDutyDays,
        allotment: c.allotment,
        escortsIncluded: c.escortsIncluded,
      };
    });
}
