// The officer's check (src/planning/check-case.ts): its answers are judged by the independent
// validator and by the rules they cite, never compared to a stored answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Scenario } from '../../src/domain/index.ts';
import type { Plan } from '../../src/domain/index.ts';
import type { Assignment } from '../../solver/index.ts';
import { assignPartners } from '../../src/planning/assign-partners.ts';
import { buildProblem, type PlanningProblem } from '../../src/planning/build-problem.ts';
import { checkCase, type CaseCheck } from '../../src/planning/check-case.ts';
import type { PlanOutcome } from '../../src/planning/plan-scenario.ts';
import { validatePlan } from '../../src/validate/index.ts';
import { generated, plan, rules } from './helpers.ts';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const budget = { seed, interruptAfterTimeLimit: 15_000 };

const committed = (name: 'small' | 'national'): Scenario =>
  Scenario.parse(JSON.parse(readFileSync(`data/scenarios/${name}.json`, 'utf8')));

const planned = new Map<number, Promise<{ scenario: Scenario; outcome: PlanOutcome }>>();
/** A generated small scenario and its plan, planned once per seed. */
function plannedSeed(n: number) {
  let found = planned.get(n);
  if (!found) {
    const scenario = generated(n);
    found = plan(scenario).then((outcome) => ({ scenario, outcome }));
    planned.set(n, found);
  }
  return found;
}

/**
 * The plan's assignment with a pseudo-random part of its new intakes taken out (so that room is
 * left). A case detained already keeps its departure: taking that out would keep the person in
 * detention all window and could over-fill the wing before anything is added.
 */
function thinned(pp: PlanningProblem, assignment: Assignment, salt: number): Assignment {
  return assignment.map((o, i) =>
    !pp.cases[i]!.case.detention && (Math.imul(i + 1, 2654435761 ^ salt) >>> 29) % 2 === 0 ? null : o,
  );
}

/** The validator's verdict on the plan of `assignment` plus case `c` on the option keyed `key`. */
function violationsWith(
  scenario: Scenario,
  pp: PlanningProblem,
  assignment: Assignment,
  c: number,
  key: string,
) {
  const k = pp.problem.candidates[c]!.options.findIndex((o) => o.key === key);
  expect(k).toBeGreaterThanOrEqual(0);
  const chosen = pp.cases.flatMap((entry, i) => {
    const o = i === c ? k : assignment[i];
    return o === null || o === undefined ? [] : [entry.options[o]!];
  });
  const assigned = assignPartners(pp.context, chosen);
  const candidate: Plan = {
    formatVersion: 1,
    scenarioId: scenario.id,
    rulesVersion: scenario.rulesVersion,
    intakes: assigned.intakes,
    departures: assigned.departures,
    leftOut: [],
  };
  return [...assigned.problems, ...validatePlan(scenario, candidate, rules(scenario.rulesVersion))];
}

function checksOfLeftOut(pp: PlanningProblem, assignment: Assignment) {
  return pp.cases.flatMap((entry, c) =>
    assignment[c] === null || assignment[c] === undefined
      ? [{ c, check: checkCase(pp, assignment, entry.case.id, rules())! }]
      : [],
  );
}

function expectOrderedAndDistinct(check: CaseCheck) {
  if (!check.earliest) {
    expect(check.alternatives).toEqual([]);
    return;
  }
  const all = [check.earliest, ...check.alternatives];
  const at = (d: string) => Date.parse(`${d}Z`);
  for (const a of check.alternatives)
    expect(at(check.earliest.departure)).toBeLessThanOrEqual(at(a.departure));
  expect(new Set(all.map((o) => o.flightId)).size).toBe(all.length);
  expect(check.alternatives.length).toBeLessThanOrEqual(3);
}

describe('the officer check', () => {
  it('adding the earliest option of a left-out case to the plan gives a lawful plan', async () => {
    let earliest = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.integer(), async (n, salt) => {
        const { scenario, outcome } = await plannedSeed(n);
        const pp = outcome.problem;
        const assignment = thinned(outcome.problem, outcome.assignment, salt);
        for (const { c, check } of checksOfLeftOut(pp, assignment)) {
          if (!check.earliest) continue;
          earliest++;
          expect(check.blocked).toBeNull();
          expect(violationsWith(scenario, pp, assignment, c, check.earliest.key)).toEqual([]);
        }
      }),
      { numRuns: 8, ...budget },
    );
    expect(earliest).toBeGreaterThan(0);
  });

  it('against an empty plan, each case alone on its earliest option is lawful (committed small scenario)', () => {
    const scenario = committed('small');
    const pp = buildProblem(scenario, rules());
    const empty = pp.cases.map(() => null);
    const answered = checksOfLeftOut(pp, empty).filter(({ check }) => check.earliest);
    expect(answered.length).toBeGreaterThan(0);
    for (const { c, check } of answered)
      expect(violationsWith(scenario, pp, empty, c, check.earliest!.key)).toEqual([]);
  });

  it('the earliest departure is never later than an alternative, and all are on distinct flights', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.integer(), async (n, salt) => {
        const { outcome } = await plannedSeed(n);
        const assignment = thinned(outcome.problem, outcome.assignment, salt);
        for (const { check } of checksOfLeftOut(outcome.problem, assignment)) expectOrderedAndDistinct(check);
      }),
      { numRuns: 10, ...budget },
    );
  });

  it('a planned case is reported with the option the plan gave it', async () => {
    const { outcome } = await plannedSeed(1);
    const pp = outcome.problem;
    pp.cases.forEach((entry, c) => {
      const o = outcome.assignment[c];
      if (o === null || o === undefined) return;
      const check = checkCase(pp, outcome.assignment, entry.case.id, rules())!;
      expect(check.planned?.key).toBe(pp.problem.candidates[c]!.options[o]!.key);
      // Its own place is free for it again: the officer may at least keep the planned departure.
      expect(check.earliest).not.toBeNull();
      expect(Date.parse(`${check.earliest!.departure}Z`)).toBeLessThanOrEqual(
        Date.parse(`${check.planned!.departure}Z`),
      );
    });
  });

  it.each([
    ['C-MOB-DZ', 'removal.available'],
    ['C-MA-TEST-REFUSED', 'removal.entry-requirement-consent'],
  ])('%s, blocked by a condition, gets that rule and no departure', (caseId, ruleId) => {
    const scenario = committed('small');
    const pp = buildProblem(scenario, rules());
    const check = checkCase(
      pp,
      pp.cases.map(() => null),
      caseId,
      rules(),
    )!;
    expect(check.earliest).toBeNull();
    expect(check.alternatives).toEqual([]);
    expect(check.blocked?.code).toBe('condition.not-met');
    expect(check.blocked?.ruleIds).toContain(ruleId);
  });

  it('a plannable case made MOB, or refusing a consent its destination requires, is blocked by that rule', () => {
    const scenario = committed('small');
    const pp = buildProblem(scenario, rules());
    const empty = pp.cases.map(() => null);
    const target = pp.cases.find((e) => checkCase(pp, empty, e.case.id, rules())?.earliest);
    expect(target).toBeDefined();
    const { id, destinationCountry } = target!.case;
    const requirement = {
      id: 'req-test-consent',
      country: destinationCountry,
      kind: 'test',
      description: 'a test that needs the person to take part',
      requiresConsent: true,
    } as const;
    const edit = (change: (c: Scenario['cases'][number]) => Scenario['cases'][number]): Scenario =>
      Scenario.parse({
        ...scenario,
        entryRequirements: [...scenario.entryRequirements, requirement],
        cases: scenario.cases.map((c) => (c.id === id ? change(c) : c)),
      });
    const consent = (answer: 'given' | 'refused') =>
      edit((c) => ({ ...c, consents: [...c.consents, { requirementId: requirement.id, answer }] }));
    const officer = (s: Scenario) => {
      const again = buildProblem(s, rules());
      return checkCase(
        again,
        again.cases.map(() => null),
        id,
        rules(),
      )!;
    };
    const cases = [
      [edit((c) => ({ ...c, location: { kind: 'unknown', since: '2026-11-01' } })), 'removal.available'],
      [consent('refused'), 'removal.entry-requirement-consent'],
    ] as const;
    for (const [changed, ruleId] of cases) {
      const check = officer(changed);
      expect(check.earliest).toBeNull();
      expect(check.blocked?.ruleIds).toContain(ruleId);
    }
    expect(officer(consent('given')).earliest).not.toBeNull();
  });

  it('answers undefined for an unknown case', () => {
    const pp = buildProblem(committed('small'), rules());
    expect(
      checkCase(
        pp,
        pp.cases.map(() => null),
        'no-such-case',
        rules(),
      ),
    ).toBeUndefined();
  });
});
