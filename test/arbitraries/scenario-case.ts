// Arbitrary cases that pass the Case schema, referring only to sites the scenario has.
import fc from 'fast-check';
import type { ScenarioInput } from '../../src/domain/index.ts';
import { count, country, id, isoDate, language, name, oneOf } from './scenario-values.ts';

export type CaseInput = ScenarioInput['cases'][number];
export type CaseContext = {
  regions: string[];
  coaLocations: string[];
  centres: string[];
  requirements: string[];
};

const person = (vNumber: string) =>
  fc.record({
    vNumber: fc.constant(vNumber),
    givenNames: name(),
    familyName: name(),
    sex: fc.constantFrom('M', 'F', 'X'),
    birthDate: isoDate(),
    nationality: country(),
    languages: fc.array(language(), { minLength: 1, maxLength: 3 }),
  });

const location = (ctx: CaseContext) =>
  fc.oneof(
    ...(ctx.coaLocations.length > 0
      ? [fc.record({ kind: fc.constant('coa' as const), coaLocationId: oneOf(ctx.coaLocations) })]
      : []),
    fc.record({ kind: fc.constant('detention' as const), centreId: oneOf(ctx.centres) }),
    fc.record(
      { kind: fc.constant('other' as const), policeRegionId: oneOf(ctx.regions), description: name() },
      { requiredKeys: ['kind', 'policeRegionId'] },
    ),
    fc.record({ kind: fc.constant('unknown' as const), since: isoDate() }),
  );

const procedure = fc.record(
  {
    kind: fc.constantFrom('asylum', 'subsequent-asylum', 'appeal', 'interim-measure', 'other'),
    lodgedOn: isoDate(),
    suspensive: fc.boolean(),
    status: fc.constantFrom('pending', 'decided'),
    decidedOn: isoDate(),
    expectedDecisionOn: isoDate(),
  },
  { requiredKeys: ['kind', 'lodgedOn', 'suspensive', 'status'] },
);

const transferClaim = (responsibleState: string) =>
  fc.record(
    {
      responsibleState: fc.constant(responsibleState),
      acceptedOn: isoDate(),
      acceptance: fc.constantFrom('explicit', 'implicit'),
      suspensiveEffectEndedOn: isoDate(),
      extensions: fc.array(
        fc.record({ kind: fc.constantFrom('imprisonment', 'absconding'), notifiedOn: isoDate() }),
        { maxLength: 2 },
      ),
      crisisDeclared: fc.boolean(),
    },
    { requiredKeys: ['responsibleState', 'acceptedOn', 'acceptance'] },
  );

const detention = (centreId: string) =>
  fc.record(
    {
      ground: fc.constantFrom('return', 'dublin-iii', 'ammr'),
      startedOn: isoDate(),
      centreId: fc.constant(centreId),
      wing: fc.constantFrom('men', 'women', 'families'),
      priorDays: count(540),
      courtNotifiedOn: isoDate(),
    },
    { requiredKeys: ['ground', 'startedOn', 'centreId', 'wing'] },
  );

const travelDocument = fc.record(
  {
    kind: fc.constantFrom('passport', 'laissez-passer', 'eu-travel-document', 'none'),
    validFrom: isoDate(),
    validUntil: isoDate(),
    laissezPasserRequest: fc.record(
      {
        state: fc.constantFrom('requested', 'confirmed', 'not-confirmed', 'withdrawn'),
        requestedOn: isoDate(),
        expectedOn: isoDate(),
      },
      { requiredKeys: ['state', 'requestedOn'] },
    ),
  },
  { requiredKeys: ['kind'] },
);

const escort = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constantFrom('escorted' as const, 'medical' as const), escorts: count(40, 1) }),
);

/** The parts of a case that do not depend on each other; assembled by `caseArb`. */
const caseBody = (ctx: CaseContext) =>
  fc.record(
    {
      version: count(9, 1),
      location: location(ctx),
      regime: fc.constantFrom('dublin-iii', 'ammr', 'national'),
      destinationCountry: country(),
      procedures: fc.array(procedure, { maxLength: 2 }),
      nonRefoulementBar: fc.boolean(),
      returnDecisionEnforceable: fc.boolean(),
      medical: fc.record(
        { fitToTravel: fc.constantFrom('fit', 'unfit', 'unknown'), assessedOn: isoDate() },
        { requiredKeys: ['fitToTravel'] },
      ),
      travelDocument,
      escort,
      consents: fc.array(
        fc.record({
          requirementId: ctx.requirements.length > 0 ? oneOf(ctx.requirements) : id(),
          answer: fc.constantFrom('given', 'refused', 'unknown'),
        }),
        { maxLength: ctx.requirements.length > 0 ? 2 : 0 },
      ),
      vulnerabilities: fc.record(
        { unaccompaniedMinor: fc.boolean(), receptionConfirmed: fc.boolean() },
        { requiredKeys: [] },
      ),
      interpretation: fc.record({ needed: fc.boolean(), remoteAllowed: fc.boolean() }),
    },
    {
      requiredKeys: [
        'location',
        'regime',
        'destinationCountry',
        'returnDecisionEnforceable',
        'medical',
        'travelDocument',
        'escort',
        'interpretation',
      ],
    },
  );

/** A case with id `caseId` and one person per V-number, consistent with the Case refinements. */
export function caseArb(ctx: CaseContext, caseId: string, vNumbers: string[]): fc.Arbitrary<CaseInput> {
  return fc.tuple(caseBody(ctx), fc.tuple(...vNumbers.map(person))).chain(([body, persons]) => {
    const loc = body.location;
    const claim =
      body.regime === 'national' ? fc.constant(undefined) : transferClaim(body.destinationCountry);
    const held = loc.kind === 'detention' ? detention(loc.centreId) : fc.constant(undefined);
    return fc.tuple(claim, held).map(([transferClaim, detention]): CaseInput => {
      const c: CaseInput = { ...body, id: caseId, persons };
      if (transferClaim !== undefined) c.transferClaim = transferClaim;
      if (detention !== undefined) c.detention = detention;
      // An unaccompanied minor is a case of one person.
      if (persons.length > 1 && c.vulnerabilities?.unaccompaniedMinor) {
        c.vulnerabilities = { ...c.vulnerabilities, unaccompaniedMinor: false };
      }
      return c;
    });
  });
}
