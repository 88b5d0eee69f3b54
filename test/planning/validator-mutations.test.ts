// The validator catches every mutation of a planner's valid plan that breaks a rule (issue: the
// planner core, tests). Each mutation breaks one rule by construction, on a real generated plan.
import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '../../src/domain/index.ts';
import { validatePlan } from '../../src/validate/index.ts';
import { generated, plan, rules } from './helpers.ts';

type Mutation = { label: string; breaks: string; apply: (p: Plan, s: Scenario) => boolean };

const mutations: Mutation[] = [
  {
    label: 'a departure moved to a flight to another country',
    breaks: 'plan.references',
    apply: (p, s) => {
      const d = p.departures[0];
      const c = s.cases.find((x) => x.id === d?.caseId);
      const other = s.flights.find((f) => f.destinationCountry !== c?.destinationCountry);
      if (!d || !other) return false;
      d.flightId = other.id;
      return true;
    },
  },
  {
    label: 'an escorted departure with one escort too few',
    breaks: 'escort.min-per-person',
    apply: (p) => {
      const d = p.departures.find((x) => x.escorts > 0);
      if (!d) return false;
      d.escorts -= 1;
      return true;
    },
  },
  {
    label: 'a case departing twice',
    breaks: 'plan.references',
    apply: (p) => {
      const d = p.departures[0];
      if (!d) return false;
      p.departures.push({ ...d });
      return true;
    },
  },
  {
    label: 'an intake without the interpreter the case needs',
    breaks: 'intake.parties',
    apply: (p) => {
      const i = p.intakes.find((x) => x.interpreterId !== null);
      if (!i) return false;
      i.interpreterId = null;
      return true;
    },
  },
  {
    label: 'an intake with a lawyer of another region',
    breaks: 'intake.parties',
    apply: (p, s) => {
      const i = p.intakes[0];
      const lawyer = s.availability.lawyers.find((l) => l.policeRegionId !== i?.hearingRegionId);
      if (!i || !lawyer) return false;
      i.lawyerId = lawyer.id;
      return true;
    },
  },
  {
    label: 'an intake one day after its departure',
    breaks: 'notice.person.min-hours',
    apply: (p, s) => {
      const i = p.intakes[0];
      const d = p.departures.find((x) => x.caseId === i?.caseId);
      const f = s.flights.find((x) => x.id === d?.flightId);
      if (!i || !f) return false;
      const next = new Date(Date.parse(`${f.departure.slice(0, 10)}T00:00:00Z`) + 86_400_000);
      i.date = next.toISOString().slice(0, 10);
      return true;
    },
  },
  {
    label: 'a case held back by a condition scheduled anyway',
    breaks: 'removal',
    apply: (p, s) => {
      const out = p.leftOut.find(
        (e) => e.code === 'condition.not-met' && e.ruleIds.some((r) => r.startsWith('removal.')),
      );
      const c = s.cases.find((x) => x.id === out?.caseId && x.detention);
      const f = s.flights.find((x) => x.destinationCountry === c?.destinationCountry);
      if (!c || !f) return false;
      p.departures.push({
        caseId: c.id,
        flightId: f.id,
        escorts: c.escort.kind === 'none' ? 0 : c.escort.escorts,
        transportId: s.availability.transport[0]!.id,
      });
      return true;
    },
  },
  {
    label: 'every departure on one flight',
    breaks: 'flight',
    apply: (p) => {
      const first = p.departures[0];
      if (!first || p.departures.length < 12) return false;
      for (const d of p.departures) d.flightId = first.flightId;
      return true;
    },
  },
];

describe('the validator against mutated planner plans', () => {
  for (const seed of [3, 17]) {
    it(`catches every rule-breaking mutation of the plan for generated scenario ${seed}`, async () => {
      const scenario = generated(seed, 'national');
      const outcome = await plan(scenario, { timeLimitSeconds: 10 });
      expect(outcome.violations).toEqual([]);
      let applied = 0;
      for (const m of mutations) {
        const mutated = structuredClone(outcome.plan);
        if (!m.apply(mutated, scenario)) continue;
        applied += 1;
        const ids = validatePlan(scenario, mutated, rules()).map((v) => v.ruleId);
        expect(
          ids.some((id) => id.startsWith(m.breaks)),
          `${m.label}: ${ids.join(', ')}`,
        ).toBe(true);
      }
      expect(applied).toBeGreaterThanOrEqual(6);
    });
  }
});
