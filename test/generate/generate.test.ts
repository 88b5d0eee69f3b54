// The scenario generator: valid, deterministic, with the showcase cases and a realistic mix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../../src/domain/index.ts';
import { generateScenario, SCENARIO_SIZES } from '../../src/generate/index.ts';
import type { ScenarioSize } from '../../src/generate/index.ts';
import { addMonths } from '../../src/generate/dates.ts';
import { DEMO_SIZES, demoPath, demoText } from '../../scripts/generate-demo.ts';

const generated = new Map<ScenarioSize, Scenario>();

/** Each size is generated and parsed once (xlarge takes a few seconds). */
function scenario(size: ScenarioSize): Scenario {
  const cached = generated.get(size);
  if (cached) return cached;
  const result = Scenario.safeParse(generateScenario({ size, seed: 7 }));
  if (!result.success) throw new Error(`${size}: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
  generated.set(size, result.data);
  return result.data;
}

const share = (s: Scenario, f: (c: Scenario['cases'][number]) => boolean) =>
  s.cases.filter(f).length / s.cases.length;

describe('generateScenario', () => {
  it.each(SCENARIO_SIZES)('generates a %s scenario that the Scenario schema accepts', (size) => {
    const s = scenario(size);
    const expected = { small: [40, 14], national: [150, 14], large: [400, 21], xlarge: [1500, 28] }[size];
    expect([s.cases.length, s.availability.escorts.length]).toEqual(expected);
    expect(s.window.start).toBe('2026-12-07');
    expect(s.now).toBe('2026-12-04T10:00');
    expect(s.rulesVersion).toBe('nl-2026-07');
  });

  it('gives byte-identical JSON for the same seed', () => {
    const once = JSON.stringify(generateScenario({ size: 'small', seed: 42 }));
    expect(JSON.stringify(generateScenario({ size: 'small', seed: 42 }))).toBe(once);
  });

  it('gives different scenarios for different seeds', () => {
    const a = generateScenario({ size: 'small', seed: 1 });
    const b = generateScenario({ size: 'small', seed: 2 });
    expect(JSON.stringify(a.cases)).not.toBe(JSON.stringify(b.cases));
    expect(JSON.stringify(a.flights)).not.toBe(JSON.stringify(b.flights));
  });

  it('keeps the committed demo scenarios equal to the generator output', () => {
    for (const size of DEMO_SIZES) expect(readFileSync(demoPath(size), 'utf8')).toBe(demoText(size));
  });

  it('never gives a wing more places than the centre has (domain.md §4)', () => {
    const max: Record<string, number> = { 'dc-rotterdam': 640, 'dc-schiphol': 470, 'jc-zeist': 370 };
    for (const size of SCENARIO_SIZES) {
      for (const c of scenario(size).sites.detentionCentres) {
        expect(c.wings.reduce((n, w) => n + w.places, 0)).toBeLessThanOrEqual(max[c.id] ?? 0);
      }
    }
  });
});

describe('the showcase cases of the small scenario', () => {
  const byId = (id: string) => {
    const found = scenario('small').cases.find((c) => c.id === id);
    if (!found) throw new Error(`no case ${id}`);
    return found;
  };

  it('has a Dublin III case accepted 2026-06-10 without extension: deadline 2026-12-10', () => {
    const c = byId('C-DUB-0610');
    expect(c.regime).toBe('dublin-iii');
    expect(c.transferClaim?.acceptedOn).toBe('2026-06-10');
    expect(c.transferClaim?.extensions).toEqual([]);
    expect(c.transferClaim?.suspensiveEffectEndedOn).toBeUndefined();
    expect(addMonths('2026-06-10', 6)).toBe('2026-12-10');
  });

  it('has an AMMR case', () => {
    expect(byId('C-AMMR-0915').regime).toBe('ammr');
  });

  it('has absconding extensions notified before and after the 6-month deadline', () => {
    const inTime = byId('C-DUB-ABS-INTIME').transferClaim;
    const late = byId('C-DUB-ABS-LATE').transferClaim;
    if (!inTime || !late) throw new Error('transfer claims missing');
    expect((inTime.extensions[0]?.notifiedOn ?? '9999') < addMonths(inTime.acceptedOn, 6)).toBe(true);
    expect((late.extensions[0]?.notifiedOn ?? '0000') > addMonths(late.acceptedOn, 6)).toBe(true);
  });

  it('has a family of four with two minors', () => {
    const family = byId('C-FAM-GE-4');
    expect(family.persons).toHaveLength(4);
    expect(family.persons.filter((p) => p.birthDate > '2008-12-31')).toHaveLength(2);
  });

  it('has unaccompanied minors with and without confirmed reception', () => {
    expect(byId('C-UAM-AL-OK').vulnerabilities).toEqual({
      unaccompaniedMinor: true,
      receptionConfirmed: true,
    });
    expect(byId('C-UAM-MA-NORC').vulnerabilities).toEqual({
      unaccompaniedMinor: true,
      receptionConfirmed: false,
    });
  });

  it('has a person who refused a required test, and an MOB case', () => {
    expect(byId('C-MA-TEST-REFUSED').consents).toEqual([{ requirementId: 'req-ma-pcr', answer: 'refused' }]);
    expect(byId('C-MOB-DZ').location.kind).toBe('unknown');
  });

  it('lines up the partners and a flight for the Dublin case before its deadline', () => {
    const s = scenario('small');
    expect(s.availability.police.some((e) => e.id === 'showcase-police-C-DUB-0610')).toBe(true);
    const flights = s.flights.filter(
      (f) => f.destinationCountry === 'DE' && f.departure.startsWith('2026-12-10'),
    );
    expect(flights.length).toBeGreaterThan(0);
  });
});

describe('the national scenario mix', () => {
  const s = () => scenario('national');

  it('mixes regimes and locations in sensible bands', () => {
    expect(share(s(), (c) => c.regime === 'national')).toBeGreaterThan(0.45);
    expect(share(s(), (c) => c.regime === 'dublin-iii')).toBeGreaterThan(0.1);
    expect(share(s(), (c) => c.regime === 'ammr')).toBeGreaterThan(0.08);
    expect(share(s(), (c) => c.location.kind === 'coa')).toBeGreaterThan(0.45);
    expect(share(s(), (c) => c.location.kind === 'detention')).toBeGreaterThan(0.05);
    expect(share(s(), (c) => c.location.kind === 'unknown')).toBeGreaterThan(0.03);
  });

  it('has families, unaccompanied minors, refused consents, pending suspensive procedures', () => {
    const cases = s().cases;
    expect(cases.filter((c) => c.persons.length > 1).length).toBeGreaterThanOrEqual(5);
    expect(cases.some((c) => c.vulnerabilities.unaccompaniedMinor)).toBe(true);
    expect(cases.some((c) => c.consents.some((k) => k.answer === 'refused'))).toBe(true);
    expect(cases.some((c) => c.procedures.some((p) => p.status === 'pending' && p.suspensive))).toBe(true);
    expect(new Set(cases.map((c) => c.travelDocument.laissezPasserRequest?.state)).size).toBe(5);
  });

  it('has transfer deadlines inside the window and extensions in time and too late', () => {
    // Over a few seeds: one 150-case draw may hold no late notification by chance.
    const claims = [7, 8, 9]
      .flatMap((seed) => generateScenario({ size: 'national', seed }).cases)
      .flatMap((c) => (c.transferClaim ? [c.transferClaim] : []));
    const deadline = (acceptedOn: string) => addMonths(acceptedOn, 6);
    const { start, end } = s().window;
    expect(claims.some((c) => deadline(c.acceptedOn) >= start && deadline(c.acceptedOn) <= end)).toBe(true);
    const notices = claims.flatMap((c) =>
      (c.extensions ?? []).map((e) => e.notifiedOn < deadline(c.acceptedOn)),
    );
    expect(notices).toContain(true);
    expect(notices).toContain(false);
  });

  it('has flights to at least 30 destinations, charters, and transits over and under 24 hours', () => {
    const flights = s().flights;
    expect(new Set(flights.map((f) => f.destinationCountry)).size).toBeGreaterThanOrEqual(30);
    expect(flights.filter((f) => f.kind === 'charter').length).toBeGreaterThanOrEqual(2);
    const hours = flights.flatMap((f) =>
      f.transits.map((t) => (Date.parse(t.departure) - Date.parse(t.arrival)) / 3.6e6),
    );
    expect(hours.some((h) => h > 24)).toBe(true);
    expect(hours.some((h) => h <= 24)).toBe(true);
  });

  it('makes capacity bind: fewer free men places and escorts than the caseload could use', () => {
    const cases = s().cases;
    const detainableMen = cases.filter(
      (c) =>
        ['coa', 'other'].includes(c.location.kind) && c.persons.length === 1 && c.persons[0]?.sex === 'M',
    ).length;
    const menPlaces = s().sites.detentionCentres.flatMap((c) => c.wings.filter((w) => w.wing === 'men'));
    const detainedMen = cases.filter((c) => c.detention?.wing === 'men').length;
    expect(menPlaces.reduce((n, w) => n + w.places, 0) - detainedMen).toBeLessThan(detainableMen / 2);
    const escortDemand = cases.reduce((n, c) => n + (c.escort.kind === 'none' ? 0 : c.escort.escorts), 0);
    const pool = s().availability.escorts.reduce((n, e) => n + e.escorts, 0);
    expect(pool).toBeLessThan(escortDemand * 2);
  });
});

describe('detention places', () => {
  it('are never fewer than the persons detained there already, at any size', () => {
    for (const size of ['national', 'xlarge'] as const) {
      for (const seed of [1, 2]) {
        const s = Scenario.parse(generateScenario({ size, seed }));
        for (const centre of s.sites.detentionCentres) {
          for (const wing of centre.wings) {
            const detained = s.cases
              .filter((c) => c.detention?.centreId === centre.id && c.detention.wing === wing.wing)
              .reduce((n, c) => n + c.persons.length, 0);
            expect(detained, `${size} ${seed} ${centre.id} ${wing.wing}`).toBeLessThanOrEqual(wing.places);
          }
        }
      }
    }
  });
});
