// Places of the scenario from the reference data. Detention places are what is free for this
// caseload: those detained already plus a headroom that is a share of who could be detained, so
// detention capacity binds (domain.md §4: capacity is a hard, live constraint).
import type { z } from 'zod';
import type { Sites, Wing } from '../domain/index.ts';
import type { CaseInput } from './cases.ts';
import type { GenContext } from './context.ts';
import { addDays } from './dates.ts';

type SitesInput = z.input<typeof Sites>;

/** Minimum free places per wing: a family wing must hold at least one family of five. */
const MIN_PLACES: Record<Wing, number> = { men: 2, women: 1, families: 5 };

export function buildSites(g: GenContext, cases: readonly CaseInput[]): SitesInput {
  const { ref } = g;
  return {
    policeRegions: ref.regions.regions.map(({ id, name }) => ({ id, name })),
    coaLocations: ref.coa.locations.map(({ id, name, municipality, policeRegionId }) => ({
      id,
      name,
      municipality,
      policeRegionId,
    })),
    detentionCentres: ref.centres.centres.map((c) => ({
      id: c.id,
      name: c.name,
      municipality: c.municipality,
      policeRegionId: c.policeRegionId,
      wings: c.wings.map((w) => {
        const detained = detainedIn(cases, c.id, w.wing);
        // Never fewer places than people detained there already: a scenario starts lawful.
        const places = Math.max(
          detained,
          Math.min(w.maxPlaces, detained + headroom(g, cases, w.wing, w.share)),
        );
        return { wing: w.wing, places };
      }),
      intakeStops: intakeStops(g, c.id),
    })),
    airports: ref.airports.airports,
  };
}

function wingOfCase(c: CaseInput): Wing {
  const principal = c.persons[0];
  if (c.persons.length > 1 || c.vulnerabilities?.unaccompaniedMinor) return 'families';
  return principal?.sex === 'M' ? 'men' : 'women';
}

function detainedIn(cases: readonly CaseInput[], centreId: string, wing: Wing): number {
  return cases
    .filter((c) => c.detention?.centreId === centreId && c.detention.wing === wing)
    .reduce((n, c) => n + c.persons.length, 0);
}

function headroom(g: GenContext, cases: readonly CaseInput[], wing: Wing, share: number): number {
  const detainable = cases
    .filter((c) => c.location.kind === 'coa' || c.location.kind === 'other')
    .filter((c) => wingOfCase(c) === wing)
    .reduce((n, c) => n + c.persons.length, 0);
  return Math.max(MIN_PLACES[wing], Math.round(detainable * g.params.headroom * share));
}

function intakeStops(g: GenContext, centreId: string) {
  return g.ref.centres.intakeStops
    .filter((s) => s.centreId === centreId && s.sizes.includes(g.size) && s.fromDay < g.days)
    .map((s) => ({
      from: addDays(g.start, s.fromDay),
      to: addDays(g.start, s.fromDay + s.days - 1),
      reason: s.reason,
    }));
}
