import { describe, expect, it } from 'vitest';
import { caseRef } from '../../src/calendar/case-ref.ts';
import { Feed, partnerEvents } from '../../src/calendar/partner-events.ts';
import type { PartnerEvent } from '../../src/calendar/partner-events.ts';
import { allFeeds, scenario, smallPlan, source, STAMP } from './fixture.ts';

const refs = (events: readonly PartnerEvent[]) => events.map((e) => /P-[0-9a-f]{10}/.exec(e.uid)?.[0]).sort();
const refsOf = (caseIds: readonly string[]) => caseIds.map((id) => caseRef(id, 'test-salt')).sort();
const kase = (id: string) => scenario.cases.find((c) => c.id === id)!;
const transport = (id: string) => scenario.availability.transport.find((t) => t.id === id)!;

describe('partner events of the planned small scenario', () => {
  it('police of a region get every intake picked up in their region, at the slot, with the team', async () => {
    const plan = await smallPlan();
    for (const region of scenario.sites.policeRegions) {
      const events = partnerEvents(await source(), { kind: 'police', key: region.id });
      const expected = plan.intakes.filter((i) => i.pickupRegionId === region.id);
      expect(refs(events)).toEqual(refsOf(expected.map((i) => i.caseId)));
    }
    const intake = plan.intakes[0]!;
    const [event] = partnerEvents(await source(), { kind: 'police', key: intake.pickupRegionId }).filter(
      (e) => e.uid.includes(caseRef(intake.caseId, 'test-salt')),
    );
    const [from, to] = intake.part === 'morning' ? ['09:00', '13:00'] : ['13:00', '17:00'];
    expect(event!.description).toContain(`${intake.date} ${from}–${to} (Amsterdam time)`);
    expect(event!.description).toContain('Team: ');
    expect(event!.uid).toBe(
      `police-${intake.pickupRegionId}-${caseRef(intake.caseId, 'test-salt')}-intake@rotonde`,
    );
    expect(event!.stamp).toEqual(STAMP);
  });

  it('a slot is read in Amsterdam time: 09:00 in December is 08:00 UTC', async () => {
    const plan = await smallPlan();
    const morning = plan.intakes.find((i) => i.part === 'morning')!;
    const [event] = partnerEvents(await source(), { kind: 'police', key: morning.pickupRegionId }).filter(
      (e) => e.uid.includes(caseRef(morning.caseId, 'test-salt')),
    );
    expect(event!.start.toISOString()).toBe(`${morning.date}T08:00:00.000Z`);
    expect(event!.end.toISOString()).toBe(`${morning.date}T12:00:00.000Z`);
  });

  it('lawyers of a region get the hearings held there, with the language and the interpreter mode', async () => {
    const plan = await smallPlan();
    for (const region of scenario.sites.policeRegions) {
      const events = partnerEvents(await source(), { kind: 'lawyers', key: region.id });
      const expected = plan.intakes.filter((i) => i.hearingRegionId === region.id);
      expect(refs(events)).toEqual(refsOf(expected.map((i) => i.caseId)));
      for (const e of events)
        expect(e.description).toMatch(/Language: .*(interpreter on site|remote|no interpreter)/);
    }
  });

  it('a family is heard at the detention centre the family goes to', async () => {
    const plan = await smallPlan();
    const family = plan.intakes.find((i) => kase(i.caseId).persons.length > 1);
    if (!family) return;
    const centre = scenario.sites.detentionCentres.find((c) => c.id === family.centreId)!;
    const events = partnerEvents(await source(), { kind: 'lawyers', key: family.hearingRegionId });
    const event = events.find((e) => e.uid.includes(caseRef(family.caseId, 'test-salt')))!;
    expect(event.location).toContain(centre.name);
  });

  it('interpreters of a language get the intakes with an interpreter of that language', async () => {
    const plan = await smallPlan();
    const languageOf = new Map(scenario.availability.interpreters.map((i) => [i.id, i.language]));
    for (const key of new Set(languageOf.values())) {
      const events = partnerEvents(await source(), { kind: 'interpreters', key });
      const expected = plan.intakes.filter((i) => i.interpreterId && languageOf.get(i.interpreterId) === key);
      expect(refs(events)).toEqual(refsOf(expected.map((i) => i.caseId)));
      for (const e of events) expect(e.description).toMatch(/Mode: (on site|remote)/);
    }
  });

  it('a remote interpreter is told so, with the hearing place', async () => {
    const plan = await smallPlan();
    const remote = scenario.availability.interpreters.find((i) => i.mode === 'remote')!;
    const intake = { ...plan.intakes[0]!, interpreterId: remote.id };
    const events = partnerEvents(
      { ...(await source()), plan: { ...plan, intakes: [intake] } },
      {
        kind: 'interpreters',
        key: remote.language,
      },
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.location).toMatch(/^Remote \(phone\/video\), hearing at /);
    expect(events[0]!.summary).toContain('(remote)');
  });

  it('a COA location gets the pick-ups there, with the persons and whether children come', async () => {
    const plan = await smallPlan();
    for (const coa of scenario.sites.coaLocations) {
      const events = partnerEvents(await source(), { kind: 'coa', key: coa.id });
      const expected = plan.intakes.filter((i) => {
        const at = kase(i.caseId).location;
        return at.kind === 'coa' && at.coaLocationId === coa.id;
      });
      expect(refs(events)).toEqual(refsOf(expected.map((i) => i.caseId)));
      for (const e of events) expect(e.location).toContain(coa.name);
    }
    const family = plan.intakes.find(
      (i) => kase(i.caseId).persons.length > 1 && kase(i.caseId).location.kind === 'coa',
    );
    if (!family) return;
    const at = kase(family.caseId).location as { coaLocationId: string };
    const [event] = partnerEvents(await source(), { kind: 'coa', key: at.coaLocationId }).filter((e) =>
      e.uid.includes(caseRef(family.caseId, 'test-salt')),
    );
    expect(event!.description).toContain(
      `${kase(family.caseId).persons.length} persons, family with children`,
    );
  });

  it('DV&O of a region get its intake transports and airport runs, from, to and persons', async () => {
    const plan = await smallPlan();
    for (const region of scenario.sites.policeRegions) {
      const events = partnerEvents(await source(), { kind: 'dvo', key: region.id });
      const intakes = plan.intakes.filter((i) => transport(i.transportId).policeRegionId === region.id);
      const runs = plan.departures.filter((d) => transport(d.transportId).policeRegionId === region.id);
      expect(events.filter((e) => e.uid.endsWith('-intake-transport@rotonde')).length).toBe(intakes.length);
      expect(refs(events.filter((e) => e.uid.endsWith('-airport-run@rotonde')))).toEqual(
        refsOf(runs.map((d) => d.caseId)),
      );
      for (const e of events)
        expect(e.description).toMatch(/From: .*\n(Via hearing: .*\n)?To: .*[\s\S]*\d+ persons?/);
    }
  });

  it('an airport run is in the morning slot for a flight from 13:00, else the afternoon before', async () => {
    const plan = await smallPlan();
    for (const d of plan.departures) {
      const flight = scenario.flights.find((f) => f.id === d.flightId)!;
      const key = transport(d.transportId).policeRegionId;
      const event = partnerEvents(await source(), { kind: 'dvo', key }).find(
        (e) => e.uid === `dvo-${key}-${caseRef(d.caseId, 'test-salt')}-airport-run@rotonde`,
      )!;
      expect(event.start.getTime()).toBeLessThan(new Date(`${flight.departure}:00+01:00`).getTime());
      const start = event.start.toISOString();
      if (flight.departure.slice(11) >= '13:00')
        expect(start).toBe(`${flight.departure.slice(0, 10)}T08:00:00.000Z`);
      else expect(start.slice(11)).toBe('12:00:00.000Z');
    }
  });

  it('KMar get every escorted departure: flight, time, airport, escorts and duty days', async () => {
    const plan = await smallPlan();
    const events = partnerEvents(await source(), { kind: 'kmar', key: 'national' });
    const escorted = plan.departures.filter((d) => d.escorts > 0);
    expect(refs(events)).toEqual(refsOf(escorted.map((d) => d.caseId)));
    for (const d of escorted) {
      const flight = scenario.flights.find((f) => f.id === d.flightId)!;
      const event = events.find(
        (e) => e.uid === `kmar-national-${caseRef(d.caseId, 'test-salt')}-departure@rotonde`,
      )!;
      expect(event.start.toISOString()).toBe(new Date(`${flight.departure}:00+01:00`).toISOString());
      expect(event.description).toContain(`Escorts: ${d.escorts}`);
      expect(event.description).toContain(`Duty days: ${flight.escortDutyDays}`);
      if (flight.kind === 'scheduled') expect(event.summary).toContain(flight.flightNumber);
      expect(event.location).toContain(`(${flight.departureAirport})`);
    }
  });

  it('uids are unique within every feed', async () => {
    for (const feed of allFeeds()) {
      const uids = partnerEvents(await source(), feed).map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
    }
  });

  it('a feed key is checked: KMar is national, and only KMar', () => {
    expect(Feed.safeParse({ kind: 'kmar', key: 'national' }).success).toBe(true);
    expect(Feed.safeParse({ kind: 'kmar', key: 'amsterdam' }).success).toBe(false);
    expect(Feed.safeParse({ kind: 'police', key: 'national' }).success).toBe(false);
    expect(Feed.safeParse({ kind: 'police', key: 'a b' }).success).toBe(false);
  });
});

describe('case references', () => {
  it('are P- and ten hex digits, stable for one salt and different for another', () => {
    const ref = caseRef('C-DUB-0610', 'salt-a');
    expect(ref).toMatch(/^P-[0-9a-f]{10}$/);
    expect(caseRef('C-DUB-0610', 'salt-a')).toBe(ref);
    expect(caseRef('C-DUB-0610', 'salt-b')).not.toBe(ref);
    expect(caseRef('C-DUB-0611', 'salt-a')).not.toBe(ref);
  });

  it('the same plan under another salt gives the same events under other references', async () => {
    const a = partnerEvents(await source('salt-a'), { kind: 'kmar', key: 'national' });
    const b = partnerEvents(await source('salt-b'), { kind: 'kmar', key: 'national' });
    expect(a.map((e) => e.start)).toEqual(b.map((e) => e.start));
    expect(a.map((e) => e.uid)).not.toEqual(b.map((e) => e.uid));
  });
});
