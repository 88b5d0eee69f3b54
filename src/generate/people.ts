// Persons of a case: plausible names for the nationality, birth dates, unique V-numbers.
import type { z } from 'zod';
import type { Person, Sex } from '../domain/case.ts';
import type { CaseProfile } from './profile-schema.ts';
import type { Draw } from './context.ts';
import type { NamePool, NationalityRef } from './reference-schema.ts';
import { addDays } from './dates.ts';

type PersonInput = z.input<typeof Person>;

/** Issues V-numbers: ten digits, never twice in one scenario. */
export function vNumberIssuer(): (d: Draw) => string {
  const used = new Set<string>();
  return (d) => {
    for (;;) {
      const v = String(d.rng.int(1_000_000_000, 3_999_999_999));
      if (!used.has(v)) {
        used.add(v);
        return v;
      }
    }
  };
}

export function makePersons(d: Draw, p: CaseProfile, issue: (d: Draw) => string): PersonInput[] {
  const nat = d.ref.nationalities.nationalities.find((n) => n.code === p.nationality);
  if (!nat) throw new Error(`no nationality ${p.nationality} in the reference data`);
  const pool = d.ref.names.pools[nat.names];
  if (!pool) throw new Error(`no name pool ${nat.names}`);
  const familyName = d.rng.pick(pool.family);
  const languages = speaks(d, nat);
  const person = (sex: Sex, minAge: number, maxAge: number): PersonInput => ({
    vNumber: issue(d),
    givenNames: givenName(d, pool, sex),
    familyName,
    sex,
    birthDate: birthDate(d, minAge, maxAge),
    nationality: nat.code,
    languages,
  });
  if (p.unaccompaniedMinor) return [person(p.principalSex, 15, 16)];
  const persons = [person(p.principalSex, 19, 55)];
  if (p.adults > 1) persons.push(person(p.principalSex === 'M' ? 'F' : 'M', 19, 50));
  for (let i = 0; i < p.minors; i++) persons.push(person(d.rng.chance(0.5) ? 'M' : 'F', 0, 16));
  return persons;
}

/** The first language always; the others with even odds (best first, as in the schema). */
function speaks(d: Draw, nat: NationalityRef): string[] {
  const [first, ...rest] = nat.languages;
  return [first ?? 'en', ...rest.filter(() => d.rng.chance(0.5))];
}

function givenName(d: Draw, pool: NamePool, sex: Sex): string {
  if (sex === 'M') return d.rng.pick(pool.male);
  if (sex === 'F') return d.rng.pick(pool.female);
  return d.rng.pick([...pool.male, ...pool.female]);
}

/** A birth date giving an age in whole years in [minAge, maxAge] on the first day of the window. */
function birthDate(d: Draw, minAge: number, maxAge: number): string {
  return addDays(d.start, -d.rng.int(minAge * 366 + 30, maxAge * 365 + 360));
}
