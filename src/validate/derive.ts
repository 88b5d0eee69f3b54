// Derived facts about a case (docs/planning-rules.md, "Derived facts about a case").
import type { Case, DetentionGround, IsoDate, Person, PlannedIntake, Wing } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { ScenarioIndex } from './context.ts';

/** A family is a case of more than one person. */
export function isFamily(c: Case): boolean {
  return c.persons.length > 1;
}

/**
 * Under `person.majority-age` on `date`. A 29 February birthday comes of age on 1 March in a common
 * year: the later, protective day (the string "YYYY-02-29" sorts between 28 February and 1 March).
 */
export function isMinorOn(p: Person, date: IsoDate, rules: RuleSet): boolean {
  const years = rules.number('person.majority-age');
  const comesOfAge = `${String(Number(p.birthDate.slice(0, 4)) + years).padStart(4, '0')}${p.birthDate.slice(4)}`;
  return date < comesOfAge;
}

export function hasMinorOn(c: Case, date: IsoDate, rules: RuleSet): boolean {
  return c.persons.some((p) => isMinorOn(p, date, rules));
}

export function adultsOn(c: Case, date: IsoDate, rules: RuleSet): number {
  return c.persons.filter((p) => !isMinorOn(p, date, rules)).length;
}

/**
 * Unaccompanied minor: flagged as such, or (protective reading) a case of one person who is a minor
 * on `date`, who has no adult with them whatever the flag says.
 */
export function isUnaccompaniedMinorOn(c: Case, date: IsoDate, rules: RuleSet): boolean {
  const alone = c.persons.length === 1 && hasMinorOn(c, date, rules);
  return c.vulnerabilities.unaccompaniedMinor || alone;
}

/** The wing: families for a family, a case with a minor or an unaccompanied minor; else by the principal. */
export function wingOf(c: Case, date: IsoDate, rules: RuleSet): Wing {
  if (isFamily(c) || hasMinorOn(c, date, rules) || c.vulnerabilities.unaccompaniedMinor) return 'families';
  return c.persons[0]?.sex === 'M' ? 'men' : 'women';
}

/** Region of pick-up: the COA location's region, or the stated region; null for MOB or detained. */
export function pickupRegionOf(c: Case, index: ScenarioIndex): string | null {
  const loc = c.location;
  if (loc.kind === 'coa') return index.coaRegion.get(loc.coaLocationId) ?? null;
  if (loc.kind === 'other') return loc.policeRegionId;
  return null;
}

/** Region of the hearing: the centre's (the GGV) for a family or unaccompanied minor, else the pick-up. */
export function hearingRegionOf(c: Case, centreId: string, index: ScenarioIndex): string | null {
  const atCentre = isFamily(c) || c.vulnerabilities.unaccompaniedMinor;
  if (atCentre) return index.centres.get(centreId)?.policeRegionId ?? null;
  return pickupRegionOf(c, index);
}

/** The ground of detention: the record's for a detained case, else after the regime. */
export function groundOf(c: Case): DetentionGround {
  if (c.detention) return c.detention.ground;
  if (c.regime === 'dublin-iii') return 'dublin-iii';
  if (c.regime === 'ammr') return 'ammr';
  return 'return';
}

/** Detention start: `detention.startedOn` for a detained case, else the planned intake date. */
export function detentionStartOf(c: Case, intake: PlannedIntake | undefined): IsoDate | null {
  return c.detention?.startedOn ?? intake?.date ?? null;
}

/** Where the case spends its nights: the detention record's centre and wing, else the intake's. */
export function placementOf(
  c: Case,
  intake: PlannedIntake | undefined,
): { centreId: string; wing: Wing } | null {
  if (c.detention) return { centreId: c.detention.centreId, wing: c.detention.wing };
  return intake ? { centreId: intake.centreId, wing: intake.wing } : null;
}

/** Escorted (DEPA): escort kind `escorted` or `medical`; else the persons fly unescorted (DEPU). */
export function isEscorted(c: Case): boolean {
  return c.escort.kind !== 'none';
}

export function isTransfer(c: Case): boolean {
  return c.regime === 'dublin-iii' || c.regime === 'ammr';
}
