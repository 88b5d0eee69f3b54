// Rules 19 and 21 of docs/planning-rules.md (transits and flight capacity) in the tiny world.
import { describe, expect, it } from 'vitest';
import { departureOf, flightOf, must, ruleIdsAfter, violationsAfter } from './tiny.ts';

describe('rule 19 [transit.max-hours, transit.request.min-days]', () => {
  it('reports a transit of 30 hours', () => {
    const found = violationsAfter((w) => {
      const flight = flightOf(w, 'kl-tbs');
      flight.transits = flight.transits.map((t) => ({ ...t, departure: '2026-12-11T22:00' }));
    });
    expect(found.map((v) => v.ruleId)).toEqual(['transit.max-hours', 'transit.max-hours']);
    expect(found[0]?.details).toMatchObject({ hours: 30, maxHours: 24 });
  });
  const early = (transit: boolean) =>
    ruleIdsAfter((w) => {
      w.scenario.pinned.departures = [];
      if (!transit) flightOf(w, 'kl-tbs-early').transits = [];
      departureOf(w, 'woman').flightId = 'kl-tbs-early';
    });
  it('reports a transit flight sooner than 2 days after now', () => {
    expect(early(true)).toEqual(['transit.request.min-days']);
  });
  it('accepts the same flight without a transit', () => {
    expect(early(false)).toEqual([]);
  });
});

describe('rule 21 [flight.seats, airline.depa-depu]', () => {
  it('reports more persons and escorts than seats', () => {
    const found = violationsAfter((w) => {
      const flight = flightOf(w, 'kl-tbs');
      if (flight.kind === 'scheduled') flight.seats = 3;
    });
    expect(found.map((v) => v.message)).toEqual([
      'flight kl-tbs: 4 seats for persons and escorts, 3 allowed',
    ]);
  });
  it('reports escorted deportees over the carrier limit', () => {
    expect(ruleIdsAfter((w) => (must(w.scenario.carriers[0], 'carrier').depaMax = 0))).toEqual([
      'airline.depa-depu',
    ]);
  });
  it('reports unescorted deportees over the carrier limit', () => {
    expect(ruleIdsAfter((w) => (must(w.scenario.carriers[0], 'carrier').depuMax = 1))).toEqual([
      'airline.depa-depu',
    ]);
  });
  const charter = (both: boolean) =>
    ruleIdsAfter((w) => {
      w.scenario.pinned.departures = [];
      Object.assign(departureOf(w, 'man'), { flightId: 'jro-tbs', escorts: 0 });
      if (both) departureOf(w, 'woman').flightId = 'jro-tbs';
    });
  it('accepts an escorted case on a charter with its own escorts', () => {
    expect(charter(false)).toEqual([]);
  });
  it('reports more persons than the charter allotment', () => {
    expect(charter(true)).toEqual(['flight.seats']);
  });
});
