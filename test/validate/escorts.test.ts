// Rules 20 and 22 of docs/planning-rules.md (KMar escorts) in the tiny world.
import { describe, expect, it } from 'vitest';
import { caseOf, departureOf, flightOf, must, ruleIdsAfter, violationsAfter } from './tiny.ts';

describe('rule 20 [escort.min-per-person]', () => {
  it('reports an escorted case without its escorts', () => {
    expect(ruleIdsAfter((w) => (departureOf(w, 'man').escorts = 0))).toEqual(['escort.min-per-person']);
  });
  it('reports a case whose escort need is below 2 per adult', () => {
    const found = violationsAfter((w) => {
      caseOf(w, 'man').escort = { kind: 'escorted', escorts: 1 };
      departureOf(w, 'man').escorts = 1;
    });
    expect(found.map((v) => v.ruleId)).toEqual(['escort.min-per-person']);
    expect(found[0]?.details).toMatchObject({ minimum: 2 });
  });
  it('counts adults: two adults need 4 escorts', () => {
    const ids = ruleIdsAfter((w) => {
      const family = caseOf(w, 'family');
      family.escort = { kind: 'escorted', escorts: 2 };
      must(family.persons[1], 'child').birthDate = '2000-01-01';
      departureOf(w, 'family').escorts = 2;
    });
    expect(ids).toContain('escort.min-per-person');
  });
  it('reports KMar escorts on an operation that brings its own', () => {
    const ids = ruleIdsAfter((w) => {
      w.scenario.pinned.departures = [];
      departureOf(w, 'man').flightId = 'jro-tbs';
    });
    // The two escorts also take escort-days on days without a KMar pool.
    expect(ids).toEqual(['escort.days', 'escort.min-per-person']);
  });
});

describe('rule 22 [escort.days]', () => {
  it('reports an escort-day overflow on a day without a pool', () => {
    const found = violationsAfter((w) => (flightOf(w, 'kl-tbs').escortDutyDays = 3));
    expect(found.map((v) => v.message)).toEqual(['2026-12-12: 2 KMar escorts on duty (kl-tbs), pool 0']);
  });
  it('reports a day whose pool is smaller than the escorts on duty', () => {
    expect(ruleIdsAfter((w) => (must(w.scenario.availability.escorts[0], 'pool').escorts = 1))).toEqual([
      'escort.days',
    ]);
  });
});
