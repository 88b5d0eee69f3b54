// Rule 23 of docs/planning-rules.md [departure.transport]: the airport run, in the tiny world.
import { describe, expect, it } from 'vitest';
import { departureOf, must, ruleIdsAfter, violationsAfter } from './tiny.ts';

describe('rule 23 [departure.transport]', () => {
  it('reports transport of another region than the centre', () => {
    expect(ruleIdsAfter((w) => (departureOf(w, 'man').transportId = 'dvo-rotterdam'))).toEqual([
      'departure.transport',
    ]);
  });
  it('reports transport that does not cover the run', () => {
    const found = violationsAfter(
      (w) => (must(w.scenario.availability.transport[0], 'transport').window.to = '2026-12-09T18:00'),
    );
    expect(found.map((v) => [v.ruleId, v.caseId])).toEqual([
      ['departure.transport', 'man'],
      ['departure.transport', 'family'],
      ['departure.transport', 'woman'],
    ]);
  });
  it('runs to a flight before 13:00 on the afternoon before, to a later one on the morning', () => {
    const found = violationsAfter(
      (w) => (must(w.scenario.availability.transport[0], 'transport').window.to = '2026-12-10T13:00'),
    );
    expect(found.map((v) => [v.ruleId, v.caseId])).toEqual([['departure.transport', 'family']]);
    expect(found[0]?.details).toMatchObject({ runDate: '2026-12-10', runPart: 'afternoon' });
  });
  it('reports transport with fewer seats than the family', () => {
    const ids = ruleIdsAfter((w) => {
      w.scenario.availability.transport.push({
        id: 'dvo-small',
        window: { from: '2026-12-07T08:00', to: '2026-12-31T18:00' },
        capacity: 2,
        policeRegionId: 'utrecht',
        seats: 1,
      });
      departureOf(w, 'family').transportId = 'dvo-small';
    });
    expect(ids).toEqual(['departure.transport']);
  });
});
