// A case profile: the choices that make a case (regime, place, legal and document state), drawn
// from the case mix or given by a showcase entry, before names, dates and ids are filled in.
import { z } from 'zod';
import { Regime, Sex } from '../domain/case.ts';
import { CountryCode, Id, IsoDate } from '../domain/primitives.ts';

export const LocationKind = z.enum(['coa', 'other', 'detention', 'unknown']);
export type LocationKind = z.infer<typeof LocationKind>;

export const ExtensionPlan = z.enum([
  'none',
  'absconding-in-time',
  'absconding-late',
  'imprisonment-in-time',
]);
export type ExtensionPlan = z.infer<typeof ExtensionPlan>;

export const DocumentPlan = z.enum([
  'passport-valid',
  'passport-expired',
  'lp-confirmed',
  'lp-confirmed-later',
  'lp-requested',
  'lp-withdrawn',
  'lp-not-confirmed',
  'eu-travel-document',
  'none',
]);
export type DocumentPlan = z.infer<typeof DocumentPlan>;

export const CaseProfile = z.strictObject({
  id: Id,
  regime: Regime,
  nationality: CountryCode,
  destination: CountryCode,
  adults: z.number().int().min(0),
  minors: z.number().int().min(0),
  principalSex: Sex,
  unaccompaniedMinor: z.boolean(),
  receptionConfirmed: z.boolean(),
  location: LocationKind,
  coaLocationId: Id.optional(),
  policeRegionId: Id.optional(),
  mobSince: IsoDate.optional(),
  escort: z.enum(['none', 'escorted', 'medical']),
  consent: z.enum(['given', 'refused', 'unknown']),
  medical: z.enum(['fit', 'unfit', 'unknown']),
  procedure: z.enum(['none', 'pending', 'pending-non-suspensive']),
  nonRefoulementBar: z.boolean(),
  enforceable: z.boolean(),
  document: DocumentPlan,
  extension: ExtensionPlan,
  acceptedOn: IsoDate.optional(),
  extensionNotifiedOn: IsoDate.optional(),
  interpretationNeeded: z.boolean(),
  remoteAllowed: z.boolean(),
});
export type CaseProfile = z.infer<typeof CaseProfile>;

/**
 * A hand-picked demo case: its id, what it shows, and the choices that differ from a clean case.
 * `intakeOn` lines up every intake partner on that morning; `departOn` keeps the scheduled flights
 * to the destination on that day; `airportRunOn` adds transport from the centres of the case's wing
 * that day: so a case meant to be plannable is plannable for any seed.
 */
export const ShowcaseRef = CaseProfile.partial()
  .required({ id: true, regime: true, nationality: true, destination: true })
  .extend({
    shows: z.string().min(1),
    intakeOn: IsoDate.optional(),
    departOn: IsoDate.optional(),
    airportRunOn: IsoDate.optional(),
  });
export type ShowcaseRef = z.infer<typeof ShowcaseRef>;
