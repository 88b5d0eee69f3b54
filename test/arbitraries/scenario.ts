// Arbitrary small scenarios that pass the Scenario schema: ids chosen first (unique, cross-referenced),
// then every record built around them, optional fields present or absent at random.
import fc from 'fast-check';
import type { ScenarioInput } from '../../src/domain/index.ts';
import { caseArb } from './scenario-case.ts';
import type { CaseContext } from './scenario-case.ts';
import { airport, availability, centre, each, flight } from './scenario-partners.ts';
import {
  AIRPORTS,
  CARRIERS,
  count,
  country,
  dateRange,
  id,
  ids,
  isoDate,
  localDateTime,
  name,
  oneOf,
  vNumbers,
} from './scenario-values.ts';

type PlannedDepartureInput = NonNullable<NonNullable<ScenarioInput['pinned']>['departures']>[number];

type Keys = {
  regions: string[];
  coaLocations: string[];
  centres: string[];
  airports: string[];
  carriers: string[];
  requirements: string[];
  flights: string[];
  cases: { id: string; size: number }[];
};

const keys: fc.Arbitrary<Keys> = fc.record({
  regions: ids(3, 1),
  coaLocations: ids(3),
  centres: ids(3, 1),
  airports: fc.uniqueArray(oneOf(AIRPORTS), { minLength: 1, maxLength: 4 }),
  carriers: fc.uniqueArray(oneOf(CARRIERS), { maxLength: 3 }),
  requirements: ids(3),
  flights: ids(4),
  cases: fc.uniqueArray(fc.record({ id: id(), size: count(3, 1) }), { selector: (c) => c.id, maxLength: 5 }),
});

export function scenarioArb(): fc.Arbitrary<ScenarioInput> {
  return keys.chain((k) => {
    const total = k.cases.reduce((n, c) => n + c.size, 0);
    return vNumbers(total).chain((vs) => scenarioAround(k, vs));
  });
}

function scenarioAround(k: Keys, vs: string[]): fc.Arbitrary<ScenarioInput> {
  const ctx: CaseContext = {
    regions: k.regions,
    coaLocations: k.coaLocations,
    centres: k.centres,
    requirements: k.requirements,
  };
  let next = 0;
  const cases = k.cases.map((c) => ({ id: c.id, vNumbers: vs.slice(next, (next += c.size)) }));
  return fc
    .record({
      header: header(),
      policeRegions: each(k.regions, (rid) => fc.record({ id: fc.constant(rid), name: name() })),
      coaLocations: each(k.coaLocations, (cid) =>
        fc.record({
          id: fc.constant(cid),
          name: name(),
          municipality: name(),
          policeRegionId: oneOf(k.regions),
        }),
      ),
      detentionCentres: each(k.centres, (cid) => centre(cid, k.regions)),
      airports: each(k.airports, airport),
      carriers: each(k.carriers, (code) =>
        fc.record({ code: fc.constant(code), name: name(), depaMax: count(5), depuMax: count(5) }),
      ),
      entryRequirements: each(k.requirements, requirement),
      omitEmptyRequirements: fc.boolean(),
      availability: availability(k.regions, k.coaLocations),
      flights: each(k.flights, (fid) => flight(fid, k.airports, k.carriers)),
      cases: each(cases, (c) => caseArb(ctx, c.id, c.vNumbers)),
      pinned: pinned(
        k.cases.map((c) => c.id),
        k.flights,
      ),
    })
    .map((r): ScenarioInput => {
      const { policeRegions, coaLocations, detentionCentres, airports } = r;
      const s: ScenarioInput = {
        ...r.header,
        sites: { policeRegions, coaLocations, detentionCentres, airports },
        carriers: r.carriers,
        entryRequirements: r.entryRequirements,
        availability: r.availability,
        flights: r.flights,
        cases: r.cases,
      };
      if (r.entryRequirements.length === 0 && r.omitEmptyRequirements) delete s.entryRequirements;
      if (r.pinned !== undefined) s.pinned = r.pinned;
      return s;
    });
}

const header = () =>
  fc
    .record(
      {
        id: id(),
        name: name(),
        description: name(),
        rulesVersion: fc.constantFrom('nl-2026-07', 'nl-2025-01'),
        now: localDateTime(),
        window: dateRange(),
      },
      { requiredKeys: ['id', 'name', 'rulesVersion', 'now', 'window'] },
    )
    .map(({ window: [start, end], ...rest }) => ({
      formatVersion: 1 as const,
      ...rest,
      window: { start, end },
    }));

const requirement = (rid: string) =>
  fc.record({
    id: fc.constant(rid),
    country: country(),
    kind: fc.constantFrom('test', 'vaccination', 'document', 'other'),
    description: name(),
    requiresConsent: fc.boolean(),
  });

/** Pinned decisions, or none (the key left out); they refer to cases and flights of the scenario. */
function pinned(caseIds: string[], flightIds: string[]): fc.Arbitrary<ScenarioInput['pinned']> {
  if (caseIds.length === 0) return fc.constant(undefined);
  const intake = fc.record({
    caseId: oneOf(caseIds),
    date: isoDate(),
    part: fc.constantFrom('morning', 'afternoon'),
    pickupRegionId: id(),
    hearingRegionId: id(),
    centreId: id(),
    wing: fc.constantFrom('men', 'women', 'families'),
    policeTeamId: id(),
    lawyerId: id(),
    interpreterId: fc.option(id(), { nil: null }),
    coaStaffId: fc.option(id(), { nil: null }),
    dtvOfficerId: id(),
    transportId: id(),
  });
  const departure =
    flightIds.length === 0
      ? fc.constant<PlannedDepartureInput[]>([])
      : fc.array(
          fc.record({
            caseId: oneOf(caseIds),
            flightId: oneOf(flightIds),
            escorts: count(4),
            transportId: id(),
          }),
          { maxLength: 2 },
        );
  return fc.option(
    fc.record({ intakes: fc.array(intake, { maxLength: 2 }), departures: departure }, { requiredKeys: [] }),
    { nil: undefined },
  );
}
