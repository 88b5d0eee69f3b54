// Rules 5–9 of docs/planning-rules.md (intakes), each broken alone in the tiny world.
import { describe, expect, it } from 'vitest';
import { caseOf, intakeOf, must, ruleIdsAfter, violationsAfter } from './tiny.ts';

describe('rule 5 [removal.available]', () => {
  it('reports the intake of a case that absconded (MOB)', () => {
    const ids = ruleIdsAfter((w) => {
      caseOf(w, 'man').location = { kind: 'unknown', since: '2026-12-01' };
      intakeOf(w, 'man').coaStaffId = null;
    });
    expect(ids).toEqual(['removal.available']);
  });
});

describe('rule 6 [plan.window]', () => {
  it('reports a slot that starts at now, not after it', () => {
    const ids = ruleIdsAfter((w) => {
      Object.assign(intakeOf(w, 'family'), { date: '2026-12-07', part: 'morning', lawyerId: 'lawyer-1' });
    });
    expect(ids).toEqual(['plan.window']);
  });
});

describe('rule 7 [intake.parties]', () => {
  it('reports an intake moved to a slot its lawyer does not cover', () => {
    const found = violationsAfter((w) => (intakeOf(w, 'man').part = 'afternoon'));
    expect(found.map((v) => v.ruleId)).toEqual(['intake.parties']);
    expect(found[0]?.message).toContain('lawyer-1');
  });
  it('reports a remote interpreter where remote interpretation is not allowed', () => {
    expect(ruleIdsAfter((w) => (intakeOf(w, 'man').interpreterId = 'ka-remote'))).toEqual(['intake.parties']);
  });
  it('accepts a remote interpreter where it is allowed', () => {
    const ids = ruleIdsAfter((w) => {
      caseOf(w, 'man').interpretation.remoteAllowed = true;
      intakeOf(w, 'man').interpreterId = 'ka-remote';
    });
    expect(ids).toEqual([]);
  });
  it('reports an interpreter of a language the person does not speak', () => {
    expect(ruleIdsAfter((w) => (intakeOf(w, 'man').interpreterId = 'ar-on-site'))).toEqual([
      'intake.parties',
    ]);
  });
  it('reports a missing interpreter, and one where none is needed', () => {
    expect(ruleIdsAfter((w) => (intakeOf(w, 'man').interpreterId = null))).toEqual(['intake.parties']);
    expect(ruleIdsAfter((w) => (intakeOf(w, 'family').interpreterId = 'ar-on-site'))).toEqual([
      'intake.parties',
    ]);
  });
  it('reports COA staff missing at a COA pick-up, and present elsewhere', () => {
    expect(ruleIdsAfter((w) => (intakeOf(w, 'man').coaStaffId = null))).toEqual(['intake.parties']);
    expect(ruleIdsAfter((w) => (intakeOf(w, 'family').coaStaffId = 'coa-staff-1'))).toEqual([
      'intake.parties',
    ]);
  });
  it('reports a police team of another region', () => {
    const ids = ruleIdsAfter(
      (w) => (must(w.scenario.availability.police[0], 'police').policeRegionId = 'rotterdam'),
    );
    expect(ids).toEqual(['intake.parties']);
  });
  it('reports transport with fewer seats than the family has persons', () => {
    const ids = ruleIdsAfter((w) => (must(w.scenario.availability.transport[0], 'transport').seats = 1));
    expect(ids).toContain('intake.parties');
  });
});

describe('rule 8 [intake.parties, detention.capacity]', () => {
  it('reports a pick-up region that is not the derived one', () => {
    expect(ruleIdsAfter((w) => (intakeOf(w, 'man').pickupRegionId = 'rotterdam'))).toEqual([
      'intake.parties',
    ]);
  });
  it('reports a hearing region that is not the centre region for a family', () => {
    expect(ruleIdsAfter((w) => (intakeOf(w, 'family').hearingRegionId = 'rotterdam'))).toEqual([
      'intake.parties',
    ]);
  });
  it('reports a man placed in the women wing', () => {
    expect(ruleIdsAfter((w) => (intakeOf(w, 'man').wing = 'women'))).toEqual(['detention.capacity']);
  });
  it('reports an intake on a day the centre takes none', () => {
    const found = violationsAfter((w) =>
      must(w.scenario.sites.detentionCentres[0], 'centre').intakeStops.push({
        from: '2026-12-08',
        to: '2026-12-08',
        reason: 'full',
      }),
    );
    expect(found.map((v) => v.ruleId)).toEqual(['detention.capacity', 'detention.capacity']);
  });
});

describe('rule 9 [intake.capacity]', () => {
  it('reports a lawyer used twice in a slot with capacity 1', () => {
    const found = violationsAfter((w) =>
      Object.assign(intakeOf(w, 'family'), { part: 'morning', lawyerId: 'lawyer-1' }),
    );
    expect(found.map((v) => v.ruleId)).toEqual(['intake.capacity']);
    expect(found[0]?.message).toContain('2 uses');
  });
  it('counts airport runs against the transport capacity', () => {
    const found = violationsAfter(
      (w) => (must(w.scenario.availability.transport[0], 'transport').capacity = 1),
    );
    expect(found.map((v) => v.ruleId)).toEqual(['intake.capacity']);
    expect(found[0]?.details).toMatchObject({
      kind: 'transport',
      date: '2026-12-10',
      part: 'morning',
      uses: 2,
    });
  });
});
