// Rules 10 and 11 of docs/planning-rules.md (detention), each broken alone in the tiny world.
import { describe, expect, it } from 'vitest';
import { caseOf, departureOf, flightOf, must, ruleIdsAfter, violationsAfter } from './tiny.ts';

describe('rule 10 [detention.capacity]', () => {
  it('reports the families wing over its places', () => {
    const found = violationsAfter((w) => {
      const zeist = must(w.scenario.sites.detentionCentres[0], 'centre');
      zeist.wings = zeist.wings.map((x) => (x.wing === 'families' ? { ...x, places: 1 } : x));
    });
    expect(found.map((v) => v.ruleId)).toEqual([
      'detention.capacity',
      'detention.capacity',
      'detention.capacity',
    ]);
    expect(found[0]?.message).toBe('Zeist families wing, night 2026-12-08: 2 persons, 1 places');
  });
  it('counts a detained case that does not depart on every night of the window', () => {
    const found = violationsAfter((w) => {
      const man = caseOf(w, 'man');
      w.scenario.cases.push({
        ...structuredClone(man),
        id: 'man-2',
        persons: [{ ...structuredClone(must(man.persons[0], 'person')), vNumber: '1000000009' }],
        location: { kind: 'detention', centreId: 'zeist' },
        detention: {
          ground: 'return',
          startedOn: '2026-11-01',
          centreId: 'zeist',
          wing: 'men',
          priorDays: 0,
        },
      });
    });
    expect(found.map((v) => v.message)).toEqual([
      'Zeist men wing, night 2026-12-08: 2 persons, 1 places',
      'Zeist men wing, night 2026-12-09: 2 persons, 1 places',
    ]);
  });
});

describe('rule 11 [detention.limit]', () => {
  it('reports a family departing after 14 days', () => {
    const found = violationsAfter((w) => (departureOf(w, 'family').flightId = 'kl-fco-late'));
    expect(found.map((v) => v.ruleId)).toEqual(['detention.limit']);
    expect(found[0]?.details).toMatchObject({ departureDate: '2026-12-22', limit: '2026-12-21' });
  });
  it('accepts a family departing on day 14 counted from the intake day (protective reading)', () => {
    const ids = ruleIdsAfter((w) => {
      flightOf(w, 'kl-fco-late').departure = '2026-12-21T10:00';
      departureOf(w, 'family').flightId = 'kl-fco-late';
    });
    expect(ids).toEqual([]);
  });
  it('reports a Dublin transfer later than 6 weeks after the acceptance or the detention start', () => {
    // Detained on 1 October after an acceptance on 15 September: six weeks run from the detention
    // start (CJEU C-60/16), so the last lawful day is 12 November, before any December flight.
    const ids = ruleIdsAfter((w) => {
      const woman = caseOf(w, 'woman');
      woman.regime = 'dublin-iii';
      woman.transferClaim = {
        responsibleState: woman.destinationCountry,
        acceptedOn: '2026-09-15',
        acceptance: 'explicit',
        extensions: [],
        crisisDeclared: false,
      };
      const detention = must(woman.detention, 'detention');
      detention.ground = 'dublin-iii';
      detention.startedOn = '2026-10-01';
    });
    expect(ids).toContain('detention.limit');
  });
  it('lets a Dublin detention that started after the acceptance run six weeks from its start', () => {
    const ids = ruleIdsAfter(
      (w) => (must(caseOf(w, 'family').transferClaim, 'claim').acceptedOn = '2026-10-25'),
    );
    expect(ids).toEqual([]);
  });
  it('reports return detention past 180 days less prior days', () => {
    const ids = ruleIdsAfter((w) => (must(caseOf(w, 'woman').detention, 'detention').priorDays = 30));
    expect(ids).toEqual(['detention.limit']);
  });
});
