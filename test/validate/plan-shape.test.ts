// Rules 1–4 of docs/planning-rules.md (plan shape), each broken alone in the tiny world.
import { describe, expect, it } from 'vitest';
import { departureOf, intakeOf, ruleIdsAfter, violationsAfter } from './tiny.ts';

describe('the tiny world', () => {
  it('has a lawful plan: no violations', () => {
    expect(violationsAfter()).toEqual([]);
  });
});

describe('rule 1 [plan.references]', () => {
  it('reports a flight that is not in the scenario', () => {
    expect(ruleIdsAfter((w) => (departureOf(w, 'man').flightId = 'kl-nowhere'))).toEqual(['plan.references']);
  });
  it('reports a partner that is not in the scenario', () => {
    const found = violationsAfter((w) => (intakeOf(w, 'man').lawyerId = 'lawyer-9'));
    expect(found.map((v) => v.ruleId)).toEqual(['plan.references']);
    expect(found[0]?.message).toContain('lawyer-9');
  });
  it('reports a plan made for another scenario', () => {
    expect(ruleIdsAfter((w) => (w.plan.scenarioId = 'other-world'))).toEqual(['plan.references']);
  });
  it('reports a plan made under another rule set, and an explanation of an unknown case', () => {
    expect(ruleIdsAfter((w) => (w.plan.rulesVersion = 'nl-2027-01'))).toEqual(['plan.references']);
    const ids = ruleIdsAfter((w) =>
      w.plan.leftOut.push({
        caseId: 'ghost',
        code: 'x',
        message: 'x',
        ruleIds: [],
        reliesOnUnverifiedRule: false,
        exhausted: [],
      }),
    );
    expect(ids).toEqual(['plan.references']);
  });
  it('reports a case that appears twice among the intakes', () => {
    const ids = ruleIdsAfter((w) => w.plan.intakes.push({ ...intakeOf(w, 'family') }));
    expect(ids).toContain('plan.references');
  });
});

describe('rule 2 [plan.intake-departure-pair]', () => {
  it('reports an intake without a departure', () => {
    const ids = ruleIdsAfter(
      (w) => (w.plan.departures = w.plan.departures.filter((d) => d.caseId !== 'man')),
    );
    expect(ids).toEqual(['plan.intake-departure-pair']);
  });
  it('reports a departure of a case not detained without an intake', () => {
    const ids = ruleIdsAfter((w) => (w.plan.intakes = w.plan.intakes.filter((i) => i.caseId !== 'family')));
    expect(ids).toEqual(['plan.intake-departure-pair']);
  });
  it('reports an intake of a case detained already', () => {
    const ids = ruleIdsAfter((w) =>
      w.plan.intakes.push({ ...intakeOf(w, 'man'), caseId: 'woman', date: '2026-12-09' }),
    );
    expect(ids).toContain('plan.intake-departure-pair');
  });
  it('accepts leaving a case out altogether', () => {
    const ids = ruleIdsAfter((w) => {
      w.plan.intakes = w.plan.intakes.filter((i) => i.caseId !== 'man');
      w.plan.departures = w.plan.departures.filter((d) => d.caseId !== 'man');
    });
    expect(ids).toEqual([]);
  });
});

describe('rule 3 [plan.window]', () => {
  it('reports flights that depart after the window', () => {
    expect(ruleIdsAfter((w) => (w.scenario.window.end = '2026-12-09'))).toEqual(['plan.window']);
  });
  it('reports an intake before the window', () => {
    const found = violationsAfter((w) => (w.scenario.window.start = '2026-12-09'));
    expect(found.map((v) => v.ruleId)).toEqual(['plan.window', 'plan.window']);
    expect(found[0]?.message).toContain('2026-12-08');
  });
});

describe('rule 4 [plan.pinned]', () => {
  it('reports a pinned departure moved to another flight', () => {
    const found = violationsAfter((w) => (departureOf(w, 'woman').flightId = 'jro-tbs'));
    expect(found.map((v) => v.ruleId)).toEqual(['plan.pinned']);
    expect(found[0]?.message).toContain('flightId');
  });
  it('reports a pinned intake removed', () => {
    const ids = ruleIdsAfter((w) => {
      w.scenario.pinned.intakes.push({ ...intakeOf(w, 'man') });
      w.plan.intakes = w.plan.intakes.filter((i) => i.caseId !== 'man');
      w.plan.departures = w.plan.departures.filter((d) => d.caseId !== 'man');
    });
    expect(ids).toEqual(['plan.pinned']);
  });
  it('accepts a pinned intake kept as it is', () => {
    expect(ruleIdsAfter((w) => w.scenario.pinned.intakes.push({ ...intakeOf(w, 'man') }))).toEqual([]);
  });
});
