// Cases: a profile (drawn, or a showcase entry) made into a case of the scenario format.
import type { z } from 'zod';
import type { Case, Location } from '../domain/case.ts';
import type { CaseProfile } from './profile-schema.ts';
import type { Draw } from './context.ts';
import { addDays } from './dates.ts';
import { makePersons, vNumberIssuer } from './people.ts';
import { drawProfile, showcaseProfile } from './profile.ts';
import { acceptanceDate, procedures, transferClaim } from './transfer.ts';
import { travelDocument } from './documents.ts';
import { centreFor, detentionRecord, wingOf } from './detention.ts';

export type CaseInput = z.input<typeof Case>;

/** The caseload: the showcase cases (small only), then drawn cases up to the size's count. */
export function generateCases(d: Draw): CaseInput[] {
  const issue = vNumberIssuer();
  const showcase = d.params.showcase ? d.ref.showcase.cases.map(showcaseProfile) : [];
  const drawn = Array.from({ length: Math.max(0, d.params.cases - showcase.length) }, (_, i) =>
    drawProfile(d, `C-${String(i + 1).padStart(5, '0')}`),
  );
  return [...showcase, ...drawn].map((p) => makeCase(d, p, issue));
}

export function makeCase(d: Draw, p: CaseProfile, issue: (d: Draw) => string): CaseInput {
  const persons = makePersons(d, p, issue);
  const location = locate(d, p);
  const detention = location.kind === 'detention' ? detentionRecord(d, p, location.centreId) : undefined;
  const acceptedOn =
    p.regime === 'national'
      ? undefined
      : detention && !p.acceptedOn
        ? addDays(detention.startedOn, -d.rng.int(0, 10))
        : acceptanceDate(d, p);
  const claim = acceptedOn
    ? transferClaim(d, detention ? { ...p, extension: 'none' } : p, acceptedOn)
    : undefined;
  return {
    id: p.id,
    version: 1,
    persons,
    location,
    regime: p.regime,
    destinationCountry: p.destination,
    procedures: procedures(d, p, acceptedOn ?? addDays(d.nowDate, -d.rng.int(30, 300))),
    nonRefoulementBar: p.nonRefoulementBar,
    returnDecisionEnforceable: p.enforceable,
    medical: medical(d, p),
    ...(claim ? { transferClaim: claim } : {}),
    ...(detention ? { detention } : {}),
    travelDocument: travelDocument(d, p),
    escort: escort(d, p),
    consents: consents(d, p),
    vulnerabilities: { unaccompaniedMinor: p.unaccompaniedMinor, receptionConfirmed: p.receptionConfirmed },
    interpretation: { needed: p.interpretationNeeded, remoteAllowed: p.remoteAllowed },
  };
}

function locate(d: Draw, p: CaseProfile): z.input<typeof Location> {
  const { rng, ref } = d;
  switch (p.location) {
    case 'coa':
      return {
        kind: 'coa',
        coaLocationId: p.coaLocationId ?? rng.weightedItem(ref.coa.locations, (c) => c.weight).id,
      };
    case 'other':
      return {
        kind: 'other',
        policeRegionId: p.policeRegionId ?? rng.weightedItem(ref.regions.regions, (r) => r.intakeStrength).id,
        description: rng.pick(ref.mix.otherLocations),
      };
    case 'detention':
      return { kind: 'detention', centreId: centreFor(d, wingOf(p)) };
    case 'unknown':
      return { kind: 'unknown', since: p.mobSince ?? addDays(d.nowDate, -rng.int(5, 200)) };
  }
}

function medical(d: Draw, p: CaseProfile) {
  if (p.medical === 'unknown') return { fitToTravel: 'unknown' as const };
  return { fitToTravel: p.medical, assessedOn: addDays(d.nowDate, -d.rng.int(1, 60)) };
}

/**
 * Escorts: at least two per escorted adult (escort.min-per-person); a high-risk case one or two more,
 * a medical escort one more.
 */
function escort(d: Draw, p: CaseProfile): CaseInput['escort'] {
  const base = 2 * Math.max(1, p.adults);
  if (p.escort === 'none') return { kind: 'none' };
  if (p.escort === 'medical') return { kind: 'medical', escorts: base + 1 };
  return { kind: 'escorted', escorts: base + (d.rng.chance(0.2) ? d.rng.int(1, 2) : 0) };
}

function consents(d: Draw, p: CaseProfile) {
  return d.ref.requirements.requirements
    .filter((r) => r.country === p.destination && r.requiresConsent)
    .map((r) => ({ requirementId: r.id, answer: p.consent }));
}
