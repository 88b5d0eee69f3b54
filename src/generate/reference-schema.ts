// Schemas of the reference data in data/reference/: checked once when the generator loads them.
import { z } from 'zod';
import { Airport, Carrier, CoaLocation, EntryRequirement, PoliceRegion } from '../domain/index.ts';
import { CountryCode, Id, IsoDate, LanguageCode, LocalDateTime } from '../domain/primitives.ts';
import { Wing } from '../domain/case.ts';

const Time = z.string().regex(/^\d{2}:\d{2}$/);
const Share = z.number().min(0);
const Shares = z.record(z.string(), Share);

export const RegionRef = PoliceRegion.extend({ intakeStrength: Share, lawyerFactor: Share });
export const CoaRef = CoaLocation.extend({ weight: Share });

export const CentreRef = z.strictObject({
  id: Id,
  name: z.string(),
  municipality: z.string(),
  policeRegionId: Id,
  wings: z.array(z.strictObject({ wing: Wing, maxPlaces: z.number().int(), share: Share })),
});

export const IntakeStopRef = z.strictObject({
  centreId: Id,
  fromDay: z.number().int().min(0),
  days: z.number().int().min(1),
  reason: z.string(),
  sizes: z.array(z.string()),
});

export const RouteRef = z.strictObject({
  carrier: z.string(),
  number: z.string(),
  from: z.string(),
  to: z.string(),
  depart: Time,
  minutes: z.number().int().min(1),
  days: z.array(z.number().int().min(1).max(7)),
  via: z
    .strictObject({ airport: z.string(), layover: z.number().int(), minutes: z.number().int() })
    .optional(),
});
export type RouteRef = z.infer<typeof RouteRef>;

export const DestinationRef = z.strictObject({
  country: CountryCode,
  name: z.string(),
  escortDutyDays: z.number().int().min(1).max(7),
  routes: z.array(RouteRef),
});
export type DestinationRef = z.infer<typeof DestinationRef>;

export const NationalityRef = z.strictObject({
  code: CountryCode,
  names: z.string(),
  languages: z.array(LanguageCode).min(1),
  dublinWeight: Share,
  nationalWeight: Share,
  speaksEnglishOrDutch: Share,
});
export type NationalityRef = z.infer<typeof NationalityRef>;

export const NamePool = z.strictObject({
  male: z.array(z.string()).min(1),
  female: z.array(z.string()).min(1),
  family: z.array(z.string()).min(1),
});
export type NamePool = z.infer<typeof NamePool>;

export const CharterRef = z.strictObject({
  id: Id,
  operation: z.string(),
  country: CountryCode,
  from: z.string(),
  to: z.string(),
  day: z.number().int().min(0),
  depart: Time,
  minutes: z.number().int(),
  allotment: z.number().int().min(0),
  escortsIncluded: z.boolean(),
  escortDutyDays: z.number().int().min(1).max(7),
});
export type CharterRef = z.infer<typeof CharterRef>;

export const SizeRef = z.strictObject({
  cases: z.number().int().min(1),
  days: z.number().int().min(1),
  intakeDensity: Share,
  coaDensity: Share,
  interpreterDensity: Share,
  remoteDensity: Share,
  flightDensity: Share,
  escortsPerDay: z.tuple([z.number().int(), z.number().int()]),
  headroom: Share,
  showcase: z.boolean(),
});
export type SizeRef = z.infer<typeof SizeRef>;

export const SizesRef = z.strictObject({
  source: z.string(),
  start: IsoDate,
  now: LocalDateTime,
  rulesVersion: z.string(),
  holidays: z.array(IsoDate),
  weekendFactor: Share,
  sizes: z.strictObject({ small: SizeRef, national: SizeRef, large: SizeRef, xlarge: SizeRef }),
});

export const CaseMixRef = z.strictObject({
  source: z.string(),
  regime: z.strictObject({ 'dublin-iii': Share, ammr: Share, national: Share }),
  location: z.strictObject({ coa: Share, other: Share, detention: Share, unknown: Share }),
  family: Share,
  familySize: Shares,
  unaccompaniedMinor: Share,
  receptionConfirmed: Share,
  escort: z.strictObject({ none: Share, escorted: Share, medical: Share }),
  consent: z.strictObject({ given: Share, refused: Share, unknown: Share }),
  medical: z.strictObject({ fit: Share, unknown: Share, unfit: Share }),
  pendingProcedure: Share,
  expectedDecisionKnown: Share,
  nonRefoulementBar: Share,
  notEnforceable: Share,
  remoteAllowed: Share,
  nationalDocument: Shares,
  transferDocument: Shares,
  implicitAcceptance: Share,
  suspensiveEffectEnded: Share,
  extension: Shares,
  priorDetention: Share,
  otherLocations: z.array(z.string()).min(1),
});
export type CaseMixRef = z.infer<typeof CaseMixRef>;

export { Airport, Carrier, EntryRequirement };
