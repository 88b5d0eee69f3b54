// Names a person reads: regions, COA locations and centres by name, languages by name, days as
// "Tue 8 Dec 2026 morning". Explanations are written for the people who must act on them.
import { DateTime } from 'luxon';
import { iso6393 } from 'iso-639-3';
import type { DayPart, IsoDate, Scenario } from '../domain/index.ts';
import { ZONE } from '../domain/index.ts';

const languageNames = new Map<string, string>(
  iso6393.flatMap((l) => [
    [l.iso6393, l.name] as const,
    ...(l.iso6391 ? [[l.iso6391, l.name] as const] : []),
  ]),
);

export function languageName(code: string): string {
  return languageNames.get(code) ?? code;
}

/** A place id as its name: police region, COA location or detention centre; else the id. */
export function placeName(scenario: Scenario, id: string): string {
  const { policeRegions, coaLocations, detentionCentres } = scenario.sites;
  return (
    policeRegions.find((r) => r.id === id)?.name ??
    coaLocations.find((c) => c.id === id)?.name ??
    detentionCentres.find((c) => c.id === id)?.name ??
    id
  );
}

/** `ti@noord-nederland` as "Tigrinya interpreter, Noord-Nederland"; `ti@remote` as "… (remote)". */
export function interpreterWords(scenario: Scenario, place: string): { resource: string; place: string } {
  const [language = place, where = ''] = place.split('@');
  const resource = `${languageName(language)} interpreter`;
  return where === 'remote'
    ? { resource: `${resource} (remote)`, place: 'any region' }
    : { resource, place: placeName(scenario, where) };
}

/** "Tue 8 Dec 2026", with " morning" / " afternoon" when a part of the day is given. */
export function dayWords(date: IsoDate, part?: DayPart): string {
  const day = DateTime.fromISO(date, { zone: ZONE }).setLocale('en-GB').toFormat('ccc d LLL yyyy');
  return part ? `${day} ${part}` : day;
}
