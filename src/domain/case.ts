// A case: one person, or a family group that must travel together (domain.md §2, §7).
import { z } from 'zod';
import { CountryCode, Id, IsoDate, LanguageCode, VNumber } from './primitives.ts';

export const Sex = z.enum(['M', 'F', 'X']);
export type Sex = z.infer<typeof Sex>;

export const Person = z.strictObject({
  vNumber: VNumber,
  givenNames: z.string().min(1).max(200),
  familyName: z.string().min(1).max(200),
  sex: Sex,
  birthDate: IsoDate,
  nationality: CountryCode,
  /** Languages the person speaks, best first (ISO 639). */
  languages: z.array(LanguageCode).min(1),
});
export type Person = z.infer<typeof Person>;

/** Where the person is now. `unknown` is MOB: left for an unknown destination. */
export const Location = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('coa'), coaLocationId: Id }),
  z.strictObject({ kind: z.literal('detention'), centreId: Id }),
  z.strictObject({
    kind: z.literal('other'),
    policeRegionId: Id,
    description: z.string().max(200).optional(),
  }),
  z.strictObject({ kind: z.literal('unknown'), since: IsoDate }),
]);
export type Location = z.infer<typeof Location>;

/** Dublin III (applications before 1 July 2026), AMMR (from then), or a national return. */
export const Regime = z.enum(['dublin-iii', 'ammr', 'national']);
export type Regime = z.infer<typeof Regime>;

export const Procedure = z.strictObject({
  kind: z.enum([
    'asylum',
    'subsequent-asylum',
    'appeal',
    'further-appeal',
    'interim-measure',
    'residence-permit',
    'other',
  ]),
  lodgedOn: IsoDate,
  /** Whether the person may await the outcome in the Netherlands (no removal meanwhile). */
  suspensive: z.boolean(),
  status: z.enum(['pending', 'decided']),
  decidedOn: IsoDate.optional(),
  /** When a decision is expected, if known: the removability light can name a date. */
  expectedDecisionOn: IsoDate.optional(),
});
export type Procedure = z.infer<typeof Procedure>;

export const ClaimExtension = z.strictObject({
  kind: z.enum(['imprisonment', 'absconding']),
  /** The day the responsible state was informed; counts only if before the 6-month deadline. */
  notifiedOn: IsoDate,
});
export type ClaimExtension = z.infer<typeof ClaimExtension>;

/** A Dublin III or AMMR take-charge/take-back claim accepted by the responsible state. */
export const TransferClaim = z.strictObject({
  responsibleState: CountryCode,
  acceptedOn: IsoDate,
  acceptance: z.enum(['explicit', 'implicit']),
  /** End of the suspensive effect of an appeal (final decision); the clock then runs from here. */
  suspensiveEffectEndedOn: IsoDate.optional(),
  extensions: z.array(ClaimExtension).default([]),
  /** AMMR in a declared crisis (Reg. 2024/1359 art. 12): one year to transfer. */
  crisisDeclared: z.boolean().default(false),
});
export type TransferClaim = z.infer<typeof TransferClaim>;

export const DetentionGround = z.enum(['return', 'dublin-iii', 'ammr']);
export type DetentionGround = z.infer<typeof DetentionGround>;

export const Wing = z.enum(['men', 'women', 'families']);
export type Wing = z.infer<typeof Wing>;

export const Detention = z.strictObject({
  ground: DetentionGround,
  startedOn: IsoDate,
  centreId: Id,
  wing: Wing,
  /** Days already spent in detention earlier in the same return procedure (540-day cumulative cap). */
  priorDays: z.number().int().min(0).default(0),
  courtNotifiedOn: IsoDate.optional(),
});
export type Detention = z.infer<typeof Detention>;

export const LaissezPasserRequest = z.strictObject({
  state: z.enum(['requested', 'confirmed', 'not-confirmed', 'withdrawn']),
  requestedOn: IsoDate,
  /** Expected issue date, when the embassy has given one. */
  expectedOn: IsoDate.optional(),
});
export type LaissezPasserRequest = z.infer<typeof LaissezPasserRequest>;

export const TravelDocument = z.strictObject({
  kind: z.enum(['passport', 'laissez-passer', 'eu-travel-document', 'none']),
  validFrom: IsoDate.optional(),
  validUntil: IsoDate.optional(),
  laissezPasserRequest: LaissezPasserRequest.optional(),
});
export type TravelDocument = z.infer<typeof TravelDocument>;

/**
 * Escort need of the whole case: none (its persons fly as DEPU), or a number of KMar escorts (DEPA),
 * with a medical escort among them where medical advice asks for one. The legal minimum per escorted
 * adult is a rule (escort.min-per-person), checked by the planner and the validator, not here.
 */
export const EscortNeed = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('escorted'), escorts: z.number().int().min(1).max(40) }),
  z.strictObject({ kind: z.literal('medical'), escorts: z.number().int().min(1).max(40) }),
]);
export type EscortNeed = z.infer<typeof EscortNeed>;

export const Consent = z.strictObject({
  requirementId: Id,
  answer: z.enum(['given', 'refused', 'unknown']),
});
export type Consent = z.infer<typeof Consent>;

export const Medical = z.strictObject({
  fitToTravel: z.enum(['fit', 'unfit', 'unknown']),
  assessedOn: IsoDate.optional(),
});
export type Medical = z.infer<typeof Medical>;

export const Interpretation = z.strictObject({
  /** False when the person speaks Dutch or English sufficiently (domain.md §3). */
  needed: z.boolean(),
  /** Remote (phone/video) interpretation is a per-case permission. */
  remoteAllowed: z.boolean(),
});
export type Interpretation = z.infer<typeof Interpretation>;

export const Vulnerabilities = z.strictObject({
  unaccompaniedMinor: z.boolean().default(false),
  /** For an unaccompanied minor: adequate reception in the destination confirmed. */
  receptionConfirmed: z.boolean().default(false),
});
export type Vulnerabilities = z.infer<typeof Vulnerabilities>;

export const Case = z
  .strictObject({
    id: Id,
    /** Version of this record, raised by every update (optimistic concurrency). */
    version: z.number().int().min(1).default(1),
    /** The principal person first; more persons make a family group that travels together. */
    persons: z.array(Person).min(1).max(12),
    location: Location,
    regime: Regime,
    destinationCountry: CountryCode,
    procedures: z.array(Procedure).default([]),
    nonRefoulementBar: z.boolean().default(false),
    returnDecisionEnforceable: z.boolean(),
    medical: Medical,
    transferClaim: TransferClaim.optional(),
    detention: Detention.optional(),
    travelDocument: TravelDocument,
    escort: EscortNeed,
    consents: z.array(Consent).default([]),
    vulnerabilities: Vulnerabilities.default({ unaccompaniedMinor: false, receptionConfirmed: false }),
    interpretation: Interpretation,
  })
  .superRefine((c, ctx) => {
    if (c.regime !== 'national' && !c.transferClaim) {
      ctx.addIssue({
        code: 'custom',
        path: ['transferClaim'],
        message: `a ${c.regime} case needs its transfer claim`,
      });
    }
    if (c.regime === 'national' && c.transferClaim) {
      ctx.addIssue({
        code: 'custom',
        path: ['transferClaim'],
        message: 'a national return has no transfer claim',
      });
    }
    if (c.transferClaim && c.transferClaim.responsibleState !== c.destinationCountry) {
      ctx.addIssue({
        code: 'custom',
        path: ['destinationCountry'],
        message: 'a transfer goes to the responsible state',
      });
    }
    if (c.vulnerabilities.unaccompaniedMinor && c.persons.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['vulnerabilities', 'unaccompaniedMinor'],
        message: 'an unaccompanied minor is a case of one person',
      });
    }
    const seen = new Set<string>();
    c.persons.forEach((p, i) => {
      if (seen.has(p.vNumber)) {
        ctx.addIssue({
          code: 'custom',
          path: ['persons', i, 'vNumber'],
          message: 'V-number repeated in the case',
        });
      }
      seen.add(p.vNumber);
    });
    if (c.location.kind === 'detention' && !c.detention) {
      ctx.addIssue({
        code: 'custom',
        path: ['detention'],
        message: 'a person in a detention centre needs a detention record',
      });
    }
    if (c.detention && c.location.kind !== 'detention') {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'a detained person is located in a detention centre',
      });
    }
    if (c.detention && c.location.kind === 'detention' && c.detention.centreId !== c.location.centreId) {
      ctx.addIssue({
        code: 'custom',
        path: ['detention', 'centreId'],
        message: 'differs from location.centreId',
      });
    }
  });
export type Case = z.infer<typeof Case>;
