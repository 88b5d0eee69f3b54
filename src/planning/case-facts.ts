// Facts derived from a case that the planner needs (docs/planning-rules.md, "Derived facts").
import type { Case, DetentionGround, IsoDate, Scenario, Wing } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';

export type CaseFacts = {
  readonly persons: number;
  readonly family: boolean;
  readonly wing: Wing;
  /** Null for a case that cannot be picked up (detained already, or whereabouts unknown). */
  readonly pickupRegionId: string | null;
  readonly coaLocationId: string | null;
  readonly ground: DetentionGround;
  readonly escorted: boolean;
  readonly languages: readonly string[];
};

export function caseFacts(scenario: Scenario, c: Case, rules: RuleSet): CaseFacts {
  const majority = rules.number('person.majority-age');
  const principal = c.persons[0]!;
  const hasMinor = c.persons.some((p) => isMinorOn(p.birthDate, scenario.window.start, majority));
  const family = c.persons.length > 1;
  const wing: Wing =
    family || hasMinor || c.vulnerabilities.unaccompaniedMinor
      ? 'families'
      : principal.sex === 'M'
        ? 'men'
        : 'women';
  return {
    persons: c.persons.length,
    family,
    wing,
    pickupRegionId: pickupRegion(scenario, c),
    coaLocationId: c.location.kind === 'coa' ? c.location.coaLocationId : null,
    ground: c.detention?.ground ?? (c.regime === 'national' ? 'return' : c.regime),
    escorted: c.escort.kind !== 'none',
    languages: principal.languages,
  };
}

/** Hearing at the GGV (the centre's region) for families and unaccompanied minors. */
export function hearingRegion(facts: CaseFacts, c: Case, centreRegionId: string): string | null {
  return facts.wing === 'families' || c.vulnerabilities.unaccompaniedMinor
    ? centreRegionId
    : facts.pickupRegionId;
}

export function adultsOn(c: Case, date: IsoDate, majority: number): number {
  return c.persons.filter((p) => !isMinorOn(p.birthDate, date, majority)).length;
}

/**
 * Under the age of majority (rule person.majority-age) on `date`: before the 18th birthday (compared as text, so someone born on 29 February
 * comes of age on 1 March in a year without one).
 */
export function isMinorOn(birthDate: IsoDate, date: IsoDate, majority: number): boolean {
  const coming = `${Number(birthDate.slice(0, 4)) + majority}${birthDate.slice(4)}`;
  return date < coming;
}

function pickupRegion(scenario: Scenario, c: Case): string | null {
  switch (c.location.kind) {
    case 'coa': {
      const id = c.location.coaLocationId;
      return scenario.sites.coaLocations.find((l) => l.id === id)?.policeRegionId ?? null;
    }
    case 'other':
      return c.location.policeRegionId;
    default:
      return null;
  }
}
