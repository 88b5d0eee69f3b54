// Draws case profiles from the case mix (data/reference/case-mix.json), and completes showcase
// entries into clean profiles.
import { z } from 'zod';
import { CaseProfile } from './profile-schema.ts';
import type { DocumentPlan, ExtensionPlan } from './profile-schema.ts';
import type { Draw } from './context.ts';
import type { ShowcaseRef } from './profile-schema.ts';
import type { Rng } from './prng.ts';

export function drawProfile(d: Draw, id: string): CaseProfile {
  const { rng, ref } = d;
  const mix = ref.mix;
  const regime = rng.weighted(mix.regime);
  const transfer = regime !== 'national';
  const nat = rng.weightedItem(ref.nationalities.nationalities, (n) =>
    transfer ? n.dublinWeight : n.nationalWeight,
  );
  const destination = transfer ? rng.weightedItem(ref.states.states, (s) => s.weight).code : nat.code;
  const unaccompaniedMinor = rng.chance(mix.unaccompaniedMinor);
  const family = !unaccompaniedMinor && rng.chance(mix.family);
  const { adults, minors } = composition(rng, unaccompaniedMinor, family, mix.familySize);
  return {
    id,
    regime,
    nationality: nat.code,
    destination,
    adults,
    minors,
    principalSex: rng.chance(family ? 0.7 : 0.82) ? 'M' : rng.chance(0.97) ? 'F' : 'X',
    unaccompaniedMinor,
    receptionConfirmed: unaccompaniedMinor && rng.chance(mix.receptionConfirmed),
    location: rng.weighted(mix.location),
    escort: rng.weighted(mix.escort),
    consent: rng.weighted(mix.consent),
    medical: rng.weighted(mix.medical),
    procedure: rng.chance(mix.pendingProcedure)
      ? rng.chance(0.8)
        ? 'pending'
        : 'pending-non-suspensive'
      : 'none',
    nonRefoulementBar: rng.chance(mix.nonRefoulementBar),
    enforceable: transfer || !rng.chance(mix.notEnforceable),
    document: rng.weighted(
      (transfer ? mix.transferDocument : mix.nationalDocument) as Record<DocumentPlan, number>,
    ),
    extension: transfer ? rng.weighted(mix.extension as Record<ExtensionPlan, number>) : 'none',
    interpretationNeeded: !rng.chance(nat.speaksEnglishOrDutch),
    remoteAllowed: rng.chance(mix.remoteAllowed),
  };
}

function composition(rng: Rng, unaccompanied: boolean, family: boolean, sizes: Record<string, number>) {
  if (unaccompanied) return { adults: 0, minors: 1 };
  if (!family) return { adults: 1, minors: 0 };
  const size = Number(rng.weighted(sizes));
  const adults = size === 2 ? 1 : rng.chance(0.7) ? 2 : 1;
  return { adults, minors: size - adults };
}

/** A showcase entry completed into a case with nothing else against it. */
export function showcaseProfile(s: ShowcaseRef): CaseProfile {
  // Only the profile's own fields: `shows`, `intakeOn`, `departOn`, `airportRunOn` are the showcase's.
  const given = z.object(CaseProfile.shape).partial().parse(s);
  return {
    adults: 1,
    minors: 0,
    principalSex: 'M',
    unaccompaniedMinor: false,
    receptionConfirmed: false,
    location: 'coa',
    escort: 'none',
    consent: 'given',
    medical: 'fit',
    procedure: 'none',
    nonRefoulementBar: false,
    enforceable: true,
    document: s.regime === 'national' ? 'passport-valid' : 'eu-travel-document',
    extension: 'none',
    interpretationNeeded: true,
    remoteAllowed: false,
    ...given,
    id: s.id,
    regime: s.regime,
    nationality: s.nationality,
    destination: s.destination,
  };
}
