// The committed small scenario, planned once for all calendar tests, and the feeds worth asking for.
import { readFileSync } from 'node:fs';
import { Scenario } from '../../src/domain/index.ts';
import type { Plan } from '../../src/domain/index.ts';
import type { Feed, FeedSource } from '../../src/calendar/partner-events.ts';
import { plan, rules } from '../planning/helpers.ts';

export const SALT = 'test-salt';
export const STAMP = new Date('2026-12-04T09:00:00Z');

export const scenario: Scenario = Scenario.parse(
  JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')),
);

let planned: Promise<Plan> | undefined;
export function smallPlan(): Promise<Plan> {
  planned ??= plan(scenario).then((o) => o.plan);
  return planned;
}

export async function source(salt = SALT): Promise<FeedSource> {
  return { scenario, plan: await smallPlan(), rules: rules(), salt, now: () => STAMP };
}

/** Every feed a partner of the small scenario could subscribe to. */
export function allFeeds(): Feed[] {
  const { sites, availability } = scenario;
  const regions = sites.policeRegions.map((r) => r.id);
  const languages = [...new Set(availability.interpreters.map((i) => i.language))];
  return [
    ...regions.flatMap((key) => (['police', 'lawyers', 'dvo'] as const).map((kind) => ({ kind, key }))),
    ...languages.map((key) => ({ kind: 'interpreters' as const, key })),
    ...sites.coaLocations.map((c) => ({ kind: 'coa' as const, key: c.id })),
    { kind: 'kmar', key: 'national' },
  ];
}

/**
 * What of a person or case shows in `ics`: case ids, V-numbers and birth dates anywhere, names as
 * whole words. A name that is also a word of a place name of the scenario ("Milan", of Milan
 * Malpensa) cannot be told apart from the place, so it is skipped.
 */
export function personalDataIn(ics: string): string[] {
  // Unfold the 75-octet lines first, so a value split over two lines is still found.
  const text = ics.replace(/\r?\n[ \t]/g, '');
  const { sites } = scenario;
  const places = [
    ...sites.policeRegions,
    ...sites.coaLocations,
    ...sites.detentionCentres,
    ...sites.airports,
  ];
  const placeWords = new Set(places.flatMap((p) => p.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const exact = scenario.cases.flatMap((c) => [c.id, ...c.persons.flatMap((p) => [p.vNumber, p.birthDate])]);
  const names = scenario.cases
    .flatMap((c) => c.persons.flatMap((p) => [p.givenNames, p.familyName]))
    .filter((n) => !placeWords.has(n.toLowerCase()));
  const word = (n: string) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
  return [...exact.filter((v) => text.includes(v)), ...names.filter((n) => word(n).test(text))];
}
