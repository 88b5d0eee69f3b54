import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Scenario } from '../../src/domain/index.ts';
import { validatePlan } from '../../src/validate/index.ts';
import { generated, plan, rules } from './helpers.ts';

const seeds = fc.integer({ min: 1, max: 10_000 });

describe('planning a generated scenario', () => {
  it('returns a plan that the independent validator accepts, and explains every case left out', async () => {
    const scenario = generated(7);
    const outcome = await plan(scenario);
    expect(outcome.violations).toEqual([]);
    expect(outcome.valid).toBe(true);
    expect(validatePlan(scenario, outcome.plan, rules())).toEqual([]);
    const departed = new Set(outcome.plan.departures.map((d) => d.caseId));
    const explained = new Set(outcome.plan.leftOut.map((e) => e.caseId));
    for (const c of scenario.cases) expect(departed.has(c.id) !== explained.has(c.id)).toBe(true);
    for (const e of outcome.plan.leftOut) {
      expect(e.ruleIds.length).toBeGreaterThan(0);
      expect(e.message.length).toBeGreaterThan(10);
    }
    expect(outcome.plan.departures.length).toBeGreaterThan(0);
  });

  it('every plan passes the validator, whatever the scenario', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        const scenario = generated(seed);
        const outcome = await plan(scenario);
        expect(outcome.violations).toEqual([]);
      }),
      { numRuns: 4 },
    );
  });

  it('shuffling the input order never changes the objective', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, fc.integer(), async (seed, salt) => {
        const scenario = generated(seed);
        const shuffled: Scenario = {
          ...scenario,
          cases: shuffle(scenario.cases, salt),
          flights: shuffle(scenario.flights, salt + 1),
          availability: {
            ...scenario.availability,
            lawyers: shuffle(scenario.availability.lawyers, salt + 2),
          },
        };
        const [a, b] = [await plan(scenario), await plan(shuffled)];
        expect(b.summary.objective).toBeCloseTo(a.summary.objective, 3);
      }),
      { numRuns: 3 },
    );
  });

  it('adding capacity never lowers the objective', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        const scenario = generated(seed);
        const more: Scenario = {
          ...scenario,
          availability: {
            ...scenario.availability,
            lawyers: scenario.availability.lawyers.map((l) => ({ ...l, capacity: l.capacity + 1 })),
            escorts: scenario.availability.escorts.map((e) => ({ ...e, escorts: e.escorts + 2 })),
          },
        };
        const [a, b] = [await plan(scenario), await plan(more)];
        expect(b.summary.objective).toBeGreaterThanOrEqual(a.summary.objective - 1e-6);
      }),
      { numRuns: 3 },
    );
  });

  it('keeps pinned decisions when planning again', async () => {
    const scenario = generated(11);
    const first = await plan(scenario);
    const keep = first.plan.departures.slice(0, 3);
    const kept = new Set(keep.map((d) => d.caseId));
    const again: Scenario = {
      ...scenario,
      pinned: {
        departures: keep,
        intakes: first.plan.intakes.filter((i) => kept.has(i.caseId)),
      },
    };
    const second = await plan(again);
    expect(second.violations).toEqual([]);
    for (const d of keep) expect(second.plan.departures).toContainEqual(d);
    for (const i of again.pinned.intakes) expect(second.plan.intakes).toContainEqual(i);
  });
});

function shuffle<T>(items: readonly T[], salt: number): T[] {
  const keyed = items.map((item, i) => ({ item, k: Math.imul(i + 1, 2654435761 ^ salt) >>> 0 }));
  return keyed.sort((a, b) => a.k - b.k).map((x) => x.item);
}
