// Rules 12–18 and 24 of docs/planning-rules.md (departures), each broken alone in the tiny world.
import { describe, expect, it } from 'vitest';
import { caseOf, departureOf, flightOf, intakeOf, must, ruleIdsAfter, violationsAfter } from './tiny.ts';

describe('rule 12 [removal.*]: legally removable', () => {
  it('reports a pending procedure with suspensive effect', () => {
    const ids = ruleIdsAfter((w) =>
      caseOf(w, 'man').procedures.push({
        kind: 'subsequent-asylum',
        lodgedOn: '2026-12-01',
        suspensive: true,
        status: 'pending',
      }),
    );
    expect(ids).toEqual(['removal.suspensive-procedure']);
  });
  it('accepts a pending procedure without suspensive effect', () => {
    const ids = ruleIdsAfter((w) =>
      caseOf(w, 'man').procedures.push({
        kind: 'subsequent-asylum',
        lodgedOn: '2026-12-01',
        suspensive: false,
        status: 'pending',
      }),
    );
    expect(ids).toEqual([]);
  });
  it('reports a non-refoulement bar', () => {
    expect(ruleIdsAfter((w) => (caseOf(w, 'man').nonRefoulementBar = true))).toEqual([
      'removal.non-refoulement',
    ]);
  });
  it('reports a national return without an enforceable decision', () => {
    expect(ruleIdsAfter((w) => (caseOf(w, 'man').returnDecisionEnforceable = false))).toEqual([
      'removal.enforceable-decision',
    ]);
  });
  it('reports fitness to travel not established', () => {
    expect(ruleIdsAfter((w) => (caseOf(w, 'man').medical.fitToTravel = 'unknown'))).toEqual([
      'removal.medical-fitness',
    ]);
  });
});

describe('rule 13 [removal.unaccompanied-minor-reception]', () => {
  const minor = (confirmed: boolean) =>
    ruleIdsAfter((w) => {
      const kase = caseOf(w, 'woman');
      must(kase.persons[0], 'person').birthDate = '2010-01-01';
      kase.vulnerabilities = { unaccompaniedMinor: true, receptionConfirmed: confirmed };
      must(kase.detention, 'detention').startedOn = '2026-12-01';
    });
  it('reports an unaccompanied minor without confirmed reception', () => {
    expect(minor(false)).toEqual(['removal.unaccompanied-minor-reception']);
  });
  it('accepts one with confirmed reception', () => {
    expect(minor(true)).toEqual([]);
  });
});

describe('rule 14 [removal.entry-requirement-consent]', () => {
  it('reports a test the person refused', () => {
    const found = violationsAfter(
      (w) => (caseOf(w, 'man').consents = [{ requirementId: 'ge-test', answer: 'refused' }]),
    );
    expect(found.map((v) => v.ruleId)).toEqual(['removal.entry-requirement-consent']);
    expect(found[0]?.message).toContain('refused');
  });
  it('reports a test the person was never asked about', () => {
    expect(ruleIdsAfter((w) => (caseOf(w, 'man').consents = []))).toEqual([
      'removal.entry-requirement-consent',
    ]);
  });
});

describe('rule 15 [travel-document.valid]', () => {
  it('reports an expired passport', () => {
    const found = violationsAfter((w) => (caseOf(w, 'man').travelDocument.validUntil = '2026-12-09'));
    expect(found.map((v) => v.ruleId)).toEqual(['travel-document.valid']);
    expect(found[0]?.message).toContain('2026-12-09');
  });
  it('reports no document, and one not valid yet', () => {
    expect(ruleIdsAfter((w) => (caseOf(w, 'man').travelDocument = { kind: 'none' }))).toEqual([
      'travel-document.valid',
    ]);
    expect(ruleIdsAfter((w) => (caseOf(w, 'woman').travelDocument.validFrom = '2026-12-11'))).toEqual([
      'travel-document.valid',
    ]);
  });
  it('reports a document that expires before the landing (protective reading)', () => {
    const ids = ruleIdsAfter((w) => {
      caseOf(w, 'woman').travelDocument.validUntil = '2026-12-10';
      flightOf(w, 'kl-tbs').arrival = '2026-12-11T01:00';
    });
    expect(ids).toEqual(['travel-document.valid']);
  });
});

describe('rule 16 [plan.references]: the flight goes to the destination', () => {
  it('reports a flight to another country', () => {
    expect(ruleIdsAfter((w) => (departureOf(w, 'man').flightId = 'kl-fco'))).toEqual(['plan.references']);
  });
});

describe('rule 17 [notice.*]', () => {
  it('reports a departure 25 hours after the intake', () => {
    const found = violationsAfter((w) =>
      Object.assign(intakeOf(w, 'man'), { date: '2026-12-09', part: 'afternoon', lawyerId: 'lawyer-2' }),
    );
    expect(found.map((v) => v.ruleId)).toEqual(['notice.person.min-hours']);
    expect(found[0]?.details).toMatchObject({ hours: 25, minHours: 36 });
  });
  it('reports a flight 20 hours after now to the airline (and the person)', () => {
    const ids = ruleIdsAfter((w) => {
      w.scenario.pinned.departures = [];
      Object.assign(flightOf(w, 'kl-tbs-early'), { departure: '2026-12-08T05:00', transits: [] });
      departureOf(w, 'woman').flightId = 'kl-tbs-early';
    });
    expect(ids).toEqual(['notice.airline.min-hours', 'notice.person.min-hours']);
  });
  it('reports a transfer sooner than 3 Dutch working days after now', () => {
    const ids = ruleIdsAfter((w) => {
      Object.assign(intakeOf(w, 'family'), { date: '2026-12-07', lawyerId: 'lawyer-1' });
      departureOf(w, 'family').flightId = 'kl-fco-early';
    });
    expect(ids).toEqual(['notice.receiving-state.working-days']);
  });
});

describe('rule 18 [dublin3.transfer-deadline, ammr.transfer-deadline]', () => {
  it('reports a Dublin III transfer after its deadline', () => {
    const ids = ruleIdsAfter(
      (w) => (must(caseOf(w, 'family').transferClaim, 'claim').acceptedOn = '2026-06-01'),
    );
    expect(ids).toContain('dublin3.transfer-deadline');
  });
  it('reports an AMMR transfer after its deadline', () => {
    const ids = ruleIdsAfter((w) => {
      const kase = caseOf(w, 'family');
      kase.regime = 'ammr';
      must(kase.transferClaim, 'claim').acceptedOn = '2026-06-05';
    });
    expect(ids).toContain('ammr.transfer-deadline');
  });
});

describe('rule 24 [departure.family-together]', () => {
  it('reports a case on two flights', () => {
    const ids = ruleIdsAfter((w) =>
      w.plan.departures.push({ ...departureOf(w, 'family'), flightId: 'kl-fco-late' }),
    );
    expect(ids).toContain('departure.family-together');
  });
});
