// Aggregate counts of a scenario: what the service may show before access control exists. Every
// field is a count or a name of a place or rule set, built field by field, so no personal data (names,
// V-numbers, birth dates, case details) can reach a response by a later change to the domain types.
import type { Case, Location, Regime, Scenario, Wing } from '../domain/index.ts';

export type ScenarioCounts = {
  id: string;
  name: string;
  rulesVersion: string;
  window: { start: string; end: string };
  cases: {
    total: number;
    persons: number;
    /** Cases of more than one person, who travel together. */
    families: number;
    byRegime: Record<Regime, number>;
    byLocation: Record<Location['kind'], number>;
  };
  flights: { total: number; scheduled: number; charter: number };
  /** Per destination country: cases to return there and flights going there. */
  destinations: { country: string; cases: number; flights: number }[];
  /** Per detention centre and wing: places for the caseload and cases detained there now. */
  detention: { centreId: string; name: string; wings: { wing: Wing; places: number; detained: number }[] }[];
};

export function countScenario(s: Scenario): ScenarioCounts {
  return {
    id: s.id,
    name: s.name,
    rulesVersion: s.rulesVersion,
    window: { start: s.window.start, end: s.window.end },
    cases: {
      total: s.cases.length,
      persons: s.cases.reduce((n, c) => n + c.persons.length, 0),
      families: s.cases.filter((c) => c.persons.length > 1).length,
      byRegime: tally(s.cases, (c) => c.regime, { 'dublin-iii': 0, ammr: 0, national: 0 }),
      byLocation: tally(s.cases, (c) => c.location.kind, { coa: 0, detention: 0, other: 0, unknown: 0 }),
    },
    flights: {
      total: s.flights.length,
      scheduled: s.flights.filter((f) => f.kind === 'scheduled').length,
      charter: s.flights.filter((f) => f.kind === 'charter').length,
    },
    destinations: countDestinations(s),
    detention: s.sites.detentionCentres.map((centre) => ({
      centreId: centre.id,
      name: centre.name,
      wings: centre.wings.map((w) => ({
        wing: w.wing,
        places: w.places,
        detained: s.cases.filter((c) => c.detention?.centreId === centre.id && c.detention.wing === w.wing)
          .length,
      })),
    })),
  };
}

function tally<K extends string>(cases: readonly Case[], key: (c: Case) => K, zero: Record<K, number>) {
  const counts = { ...zero };
  for (const c of cases) counts[key(c)] += 1;
  return counts;
}

function countDestinations(s: Scenario): ScenarioCounts['destinations'] {
  const byCountry = new Map<string, { cases: number; flights: number }>();
  const entry = (country: string) => {
    const found = byCountry.get(country) ?? { cases: 0, flights: 0 };
    byCountry.set(country, found);
    return found;
  };
  for (const c of s.cases) entry(c.destinationCountry).cases += 1;
  for (const f of s.flights) entry(f.destinationCountry).flights += 1;
  return [...byCountry]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([country, n]) => ({ country, cases: n.cases, flights: n.flights }));
}
