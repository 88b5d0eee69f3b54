// The registry: every numbered hard rule of docs/planning-rules.md has a check, and every rule id a
// check reports is in the rule set.
import { describe, expect, it } from 'vitest';
import { allChecks, checks } from '../../src/validate/index.ts';
import { rules } from './tiny.ts';

const RULE_COUNT = 24;

describe('the check registry', () => {
  it('covers every hard rule, 1 to 24', () => {
    const numbers = new Set(allChecks.map((c) => c.rule));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: RULE_COUNT }, (_, i) => i + 1));
  });
  it('reports only rule ids of the rule set', () => {
    for (const id of allChecks.flatMap((c) => c.ruleIds)) expect(() => rules.rule(id), id).not.toThrow();
  });
  it('groups the checks by family', () => {
    expect(Object.keys(checks)).toEqual([
      'planShape',
      'intake',
      'detention',
      'departure',
      'flights',
      'escorts',
      'transport',
    ]);
  });
});
