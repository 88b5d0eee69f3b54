// Cross-references inside a scenario: every id points at something that exists, once.
import type { RefinementCtx } from 'zod';
import type { Scenario } from './scenario.ts';

type Path = (string | number)[];

export function checkReferences(s: Omit<Scenario, never>, ctx: RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const ids = (items: readonly { id: string }[], path: Path) => uniqueIds(items, path, report);

  const regions = ids(s.sites.policeRegions, ['sites', 'policeRegions']);
  const coa = ids(s.sites.coaLocations, ['sites', 'coaLocations']);
  const centres = ids(s.sites.detentionCentres, ['sites', 'detentionCentres']);
  const airports = uniqueCodes(s.sites.airports, ['sites', 'airports'], report);
  const carriers = uniqueCodes(s.carriers, ['carriers'], report);
  const requirements = ids(s.entryRequirements, ['entryRequirements']);
  const flights = ids(s.flights, ['flights']);
  const cases = ids(s.cases, ['cases']);

  const need = (set: Set<string>, value: string | undefined, path: Path, what: string) => {
    if (value !== undefined && !set.has(value)) report(path, `unknown ${what} "${value}"`);
  };

  s.sites.coaLocations.forEach((c, i) =>
    need(regions, c.policeRegionId, ['sites', 'coaLocations', i, 'policeRegionId'], 'police region'),
  );
  s.sites.detentionCentres.forEach((c, i) =>
    need(regions, c.policeRegionId, ['sites', 'detentionCentres', i, 'policeRegionId'], 'police region'),
  );

  const av = s.availability;
  for (const key of ['police', 'lawyers', 'dtvOfficers', 'transport'] as const) {
    ids(av[key], ['availability', key]);
    av[key].forEach((e, i) =>
      need(regions, e.policeRegionId, ['availability', key, i, 'policeRegionId'], 'police region'),
    );
  }
  ids(av.interpreters, ['availability', 'interpreters']);
  av.interpreters.forEach((e, i) =>
    need(regions, e.policeRegionId, ['availability', 'interpreters', i, 'policeRegionId'], 'police region'),
  );
  ids(av.coaStaff, ['availability', 'coaStaff']);
  av.coaStaff.forEach((e, i) =>
    need(coa, e.coaLocationId, ['availability', 'coaStaff', i, 'coaLocationId'], 'COA location'),
  );

  s.flights.forEach((f, i) => {
    need(airports, f.departureAirport, ['flights', i, 'departureAirport'], 'airport');
    need(airports, f.arrivalAirport, ['flights', i, 'arrivalAirport'], 'airport');
    if (f.kind === 'scheduled') need(carriers, f.carrier, ['flights', i, 'carrier'], 'carrier');
  });

  s.cases.forEach((c, i) => {
    const loc = c.location;
    if (loc.kind === 'coa')
      need(coa, loc.coaLocationId, ['cases', i, 'location', 'coaLocationId'], 'COA location');
    if (loc.kind === 'detention')
      need(centres, loc.centreId, ['cases', i, 'location', 'centreId'], 'detention centre');
    if (loc.kind === 'other')
      need(regions, loc.policeRegionId, ['cases', i, 'location', 'policeRegionId'], 'police region');
    c.consents.forEach((k, j) =>
      need(requirements, k.requirementId, ['cases', i, 'consents', j, 'requirementId'], 'entry requirement'),
    );
  });

  const pinned = s.pinned;
  pinned.intakes.forEach((p, i) => need(cases, p.caseId, ['pinned', 'intakes', i, 'caseId'], 'case'));
  pinned.departures.forEach((p, i) => {
    need(cases, p.caseId, ['pinned', 'departures', i, 'caseId'], 'case');
    need(flights, p.flightId, ['pinned', 'departures', i, 'flightId'], 'flight');
  });
  checkUniquePersons(s, report);
}

function uniqueIds(
  items: readonly { id: string }[],
  path: Path,
  report: (p: Path, m: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report([...path, i, 'id'], `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

function uniqueCodes(
  items: readonly { code: string }[],
  path: Path,
  report: (p: Path, m: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.code)) report([...path, i, 'code'], `duplicate code "${item.code}"`);
    seen.add(item.code);
  });
  return seen;
}

function checkUniquePersons(s: Scenario, report: (p: Path, m: string) => void): void {
  const seen = new Map<string, string>();
  s.cases.forEach((c, i) =>
    c.persons.forEach((p, j) => {
      const other = seen.get(p.vNumber);
      if (other !== undefined && other !== c.id) {
        report(['cases', i, 'persons', j, 'vNumber'], `V-number also in case "${other}"`);
      }
      seen.set(p.vNumber, c.id);
    }),
  );
}
