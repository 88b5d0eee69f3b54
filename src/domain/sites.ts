// Places: police regions, COA reception locations, detention centres (DJI) and airports.
import { z } from 'zod';
import { AirportCode, CountryCode, Id, IsoDate } from './primitives.ts';
import { Wing } from './case.ts';

export const PoliceRegion = z.strictObject({ id: Id, name: z.string().min(1) });
export type PoliceRegion = z.infer<typeof PoliceRegion>;

export const CoaLocation = z.strictObject({
  id: Id,
  name: z.string().min(1),
  municipality: z.string().min(1),
  policeRegionId: Id,
});
export type CoaLocation = z.infer<typeof CoaLocation>;

export const WingCapacity = z.strictObject({
  wing: Wing,
  /** Places in this wing free for the caseload each night (detained cases of the scenario included). */
  places: z.number().int().min(0),
});
export type WingCapacity = z.infer<typeof WingCapacity>;

/** A period in which a centre takes no new detainees (e.g. Rotterdam, October 2024). */
export const IntakeStop = z
  .strictObject({ from: IsoDate, to: IsoDate, reason: z.string().min(1) })
  .refine((s) => s.from <= s.to, { message: '"to" must not be before "from"', path: ['to'] });
export type IntakeStop = z.infer<typeof IntakeStop>;

export const DetentionCentre = z.strictObject({
  id: Id,
  name: z.string().min(1),
  municipality: z.string().min(1),
  policeRegionId: Id,
  wings: z.array(WingCapacity).min(1),
  intakeStops: z.array(IntakeStop).default([]),
});
export type DetentionCentre = z.infer<typeof DetentionCentre>;

export const Airport = z.strictObject({
  code: AirportCode,
  name: z.string().min(1),
  country: CountryCode,
  /** IANA zone in which the airport's local flight times are read. */
  timeZone: z.string().min(1),
  /** Whether returnees depart from here (Dutch airports). */
  departureAirport: z.boolean().default(false),
});
export type Airport = z.infer<typeof Airport>;

export const Sites = z.strictObject({
  policeRegions: z.array(PoliceRegion).min(1),
  coaLocations: z.array(CoaLocation),
  detentionCentres: z.array(DetentionCentre).min(1),
  airports: z.array(Airport).min(1),
});
export type Sites = z.infer<typeof Sites>;
