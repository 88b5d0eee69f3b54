import { describe, expect, it } from 'vitest';
import { Case } from '../../src/domain/index.ts';
import { loadRuleSet } from '../../src/domain/rules.ts';
import { buildContext } from '../../src/planning/context.ts';
import { caseBlockers } from '../../src/planning/eligibility.ts';
import { capacityCalendar } from '../../src/simulation/capacity.ts';
import { synthesiseCase } from '../../src/simulation/case-synthesis.ts';
import { cycleScenario, EMPTY_SCHEDULE } from '../../src/simulation/cycle-plan.ts';
import { isForcedCandidate } from '../../src/simulation/day.ts';
import { profileOf } from '../../src/simulation/detention-steps.ts';
import { createPrng } from '../../src/simulation/prng.ts';
import { openingCaseload } from '../../src/simulation/state.ts';
import { createHighsEngine } from '../../solver/index.ts';
import { baselineScenario } from './baseline.ts';

const scenario = baselineScenario();
const params = scenario.parameters;
const rules = loadRuleSet('nl-2026-07');

describe('cases synthesised from the caseload', () => {
  it('are valid cases with no case-level blocker, except a refused entry test', async () => {
    const caseload = openingCaseload(params, createPrng(3).split('opening'));
    const day = 10;
    const candidates = caseload.persons.filter((p) => isForcedCandidate(p, day)).slice(0, 120);
    expect(candidates.length).toBeGreaterThan(50);
    const calendar = capacityCalendar(params.planner, 'synthesis');
    const cases = candidates.map((p) => ({
      personId: p.id,
      kase: synthesiseCase(p, profileOf(p, params), day, calendar.base.entryRequirements),
    }));
    for (const { kase } of cases) expect(Case.safeParse(kase).success).toBe(true);
    const { scenario: cycle } = cycleScenario({
      calendar,
      planner: params.planner,
      day,
      lastDay: 40,
      cases,
      previous: EMPTY_SCHEDULE,
      rules,
      engine: await createHighsEngine(),
      now: () => 0,
      timeLimitSeconds: 1,
    });
    const ctx = buildContext(cycle, rules);
    for (const c of cycle.cases) expect(caseBlockers(ctx, c)).toEqual([]);
    expect(new Set(cycle.cases.map((c) => c.regime))).toEqual(new Set(['ammr', 'national']));
    expect(cycle.cases.some((c) => c.persons.length > 1)).toBe(true);
  });

  it('a person refusing the destination test gets a refused consent', () => {
    const refusing = {
      ...params,
      planner: { ...params.planner, testRefusal: [{ country: 'MA', refusalShare: 1 }] },
    };
    const caseload = openingCaseload(refusing, createPrng(4).split('opening'));
    const national = caseload.persons.filter((p) => isForcedCandidate(p, 5) && p.track === 'national');
    const toMorocco = national
      .map((p) => ({ p, profile: profileOf(p, refusing) }))
      .find((x) => x.profile.destination === 'MA');
    expect(toMorocco).toBeDefined();
    if (!toMorocco) return;
    expect(toMorocco.profile.refusesTest).toBe(true);
    const calendar = capacityCalendar(refusing.planner, 'synthesis');
    const kase = synthesiseCase(toMorocco.p, toMorocco.profile, 5, calendar.base.entryRequirements);
    expect(kase.consents.map((c) => c.answer)).toContain('refused');
  });
});
