import { describe, expect, it } from 'vitest';
import {
  CAPACITY_CONSTRAINTS,
  CASE_CONSTRAINTS,
  FLIGHT_CONSTRAINTS,
  INTAKE_CONSTRAINTS,
} from '../../src/planning/constraints/index.ts';
import { rules } from './helpers.ts';

const all = [...CASE_CONSTRAINTS, ...FLIGHT_CONSTRAINTS, ...INTAKE_CONSTRAINTS, ...CAPACITY_CONSTRAINTS];

describe('the registry of hard constraints', () => {
  it('names each constraint once, and cites only rule ids the rule set defines', () => {
    const names = all.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    const set = rules();
    for (const k of all) for (const id of k.ruleIds) expect(set.rules.has(id), `${k.name}: ${id}`).toBe(true);
  });

  it('covers every hard rule of docs/planning-rules.md that the validator checks', async () => {
    const { allChecks } = await import('../../src/validate/index.ts');
    const planner = new Set(all.flatMap((k) => k.ruleIds));
    // Plan-shape rules are met by how the planner writes a plan, not by a constraint.
    const shape = new Set(['plan.references', 'plan.intake-departure-pair', 'plan.pinned']);
    const validator = allChecks
      .flatMap((c: { ruleIds: readonly string[] }) => c.ruleIds)
      .filter((id: string) => !shape.has(id));
    for (const id of validator) expect(planner.has(id), id).toBe(true);
  });
});
