// Properties of the validator over random edits of the tiny world's lawful plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../src/domain/index.ts';
import { allChecks, validatePlan } from '../../src/validate/index.ts';
import type { Violation } from '../../src/validate/index.ts';
import { tinyPlan, tinyScenario } from '../fixtures/tiny-world.ts';
import { mutation, propertyOptions } from './plan-mutations.ts';
import type { Mutation } from './plan-mutations.ts';
import { rules } from './tiny.ts';

const knownIds = new Set(allChecks.flatMap((c) => c.ruleIds));

function validateAfter(edits: readonly Mutation[], reorder = false): Violation[] {
  const plan = tinyPlan();
  for (const m of edits) m.apply(plan);
  if (reorder) {
    plan.intakes.reverse();
    plan.departures.reverse();
  }
  return validatePlan(tinyScenario(), plan, rules);
}

const key = (v: Violation) => `${v.ruleId}|${v.caseId ?? '-'}`;

describe('validatePlan on random edits of a lawful plan', () => {
  it('never throws and returns only well-formed violations of known rules, each checked to the end', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const plan = tinyPlan();
        for (const m of edits) m.apply(plan);
        expect(Plan.safeParse(plan).success).toBe(true);
        const found = validatePlan(tinyScenario(), plan, rules);
        for (const v of found) {
          expect(knownIds.has(v.ruleId), v.ruleId).toBe(true);
          expect(v.message.length).toBeGreaterThan(0);
          expect(v.details.unchecked, v.message).toBeUndefined();
        }
      }),
      propertyOptions,
    );
  });

  it('catches every edit that breaks a rule by construction, with that rule id', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const ids = validateAfter([m]).map((v) => v.ruleId);
        if (m.breaks) expect(ids, m.label).toContain(m.breaks);
      }),
      propertyOptions,
    );
  });

  it('reports the same violations whatever the order of intakes and departures', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (edits) => {
        const inOrder = validateAfter(edits).map(key).sort();
        const reversed = validateAfter(edits, true).map(key).sort();
        expect(reversed).toEqual(inOrder);
      }),
      propertyOptions,
    );
  });
});
