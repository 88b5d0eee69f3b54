// Departures: scheduled flights with per-carrier limits, and charters / joint return operations.
import { z } from 'zod';
import { AirportCode, CountryCode, Id, LocalDateTime } from './primitives.ts';

/** Airline limits per flight (not public, per carrier): escorted (DEPA) and unescorted (DEPU) deportees. */
export const Carrier = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{2}$/, 'expected an IATA airline code, e.g. "KL"'),
  name: z.string().min(1),
  depaMax: z.number().int().min(0),
  depuMax: z.number().int().min(0),
});
export type Carrier = z.infer<typeof Carrier>;

/** A stop on the way; times local to that airport. */
export const Transit = z
  .strictObject({
    airport: AirportCode,
    country: CountryCode,
    arrival: LocalDateTime,
    departure: LocalDateTime,
  })
  .refine((t) => t.arrival < t.departure, { message: 'departure must follow arrival', path: ['departure'] });
export type Transit = z.infer<typeof Transit>;

const flightCommon = {
  id: Id,
  departureAirport: AirportCode,
  /** Local time at the departure airport. */
  departure: LocalDateTime,
  arrivalAirport: AirportCode,
  /** Local time at the arrival airport. */
  arrival: LocalDateTime,
  destinationCountry: CountryCode,
  transits: z.array(Transit).default([]),
  /** Days an escort is away for this trip: outbound, rest, return (domain.md §5). */
  escortDutyDays: z.number().int().min(1).max(7),
};

export const ScheduledFlight = z.strictObject({
  ...flightCommon,
  kind: z.literal('scheduled'),
  carrier: z.string().regex(/^[A-Z0-9]{2}$/, 'expected an IATA airline code, e.g. "KL"'),
  flightNumber: z.string().regex(/^[A-Z0-9]{2}\d{1,4}[A-Z]?$/, 'expected a flight number, e.g. "KL1234"'),
  /** Seats the carrier sells for returnees (escorts need seats too, counted here). */
  seats: z.number().int().min(0),
});
export type ScheduledFlight = z.infer<typeof ScheduledFlight>;

export const CharterFlight = z.strictObject({
  ...flightCommon,
  kind: z.literal('charter'),
  operation: z.string().min(1),
  /** Seats allotted to the Netherlands for returnees. */
  allotment: z.number().int().min(0),
  /** Whether the operation brings its own escorts (Frontex JRO): then no KMar escort-days are used. */
  escortsIncluded: z.boolean(),
});
export type CharterFlight = z.infer<typeof CharterFlight>;

export const Flight = z.discriminatedUnion('kind', [ScheduledFlight, CharterFlight]);
export type Flight = z.infer<typeof Flight>;

/** What a destination demands on entry; a test that needs consent cannot be forced (seed §6.3). */
export const EntryRequirement = z.strictObject({
  id: Id,
  country: CountryCode,
  kind: z.enum(['test', 'vaccination', 'document', 'other']),
  description: z.string().min(1),
  requiresConsent: z.boolean(),
});
export type EntryRequirement = z.infer<typeof EntryRequirement>;
