/**
 * Builds the planning Scenario of one planning cycle from the simulation's forced-departure candidates.
 *
 * The simulation knows little about a person (track, family, deadlines); the planner needs a full case
 * (persons, location, documents, procedures, a destination with flights). So the capacities and the
 * case detail come from a *template*: a scenario of `src/generate` (sites, carriers, entry
 * requirements, availability, flights, escort pool — the "scenario's capacities"). Each candidate, most
 * urgent first (`compareUrgency`), takes over one template case of the same kind:
 *
 * - regime: a Dublin-track candidate takes a Dublin/AMMR case, a national one a national case;
 * - family: a family candidate takes a case of more than one person, a single one a one-person case;
 * - destination, location (detained already, at a COA location, elsewhere), document: the template
 *   case's — the candidate record carries no nationality, so its nationality group is not used.
 *
 * Only template cases with no case-level blocker (`caseBlockers`: removability, consent, …) are used:
 * the day loop offers only removable, documented, detainable persons, and the planner should not
 * block them a second time for a drawn obstacle. Each template case serves at most one candidate per
 * cycle; candidates beyond the pool of their kind are not offered this cycle (counted as `unmapped`).
 * The mapped case keeps everything but its id, which becomes `S-<candidate id>`.
 *
 * Pure: the generator and the planner's context builder are pure; the rules come from the caller.
 */
import type { Case, Scenario } from '../domain/index.ts';
import { Scenario as ScenarioSchema } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { ScenarioSize } from '../generate/index.ts';
import { generateScenario } from '../generate/index.ts';
import { buildContext } from '../planning/context.ts';
import { caseBlockers } from '../planning/eligibility.ts';
import type { ForcedDepartureCandidate } from './forced-departure.ts';
import { compareUrgency } from './forced-departure.ts';
import type { Track } from './state.ts';

/** Scales the template's capacities (1 = as generated). */
export type CapacityFactors = {
  /** the KMar escort pool per day */
  readonly escorts?: number;
};

type Kind = `${Track}-${'single' | 'family'}`;
const kindOf = (track: Track, family: boolean): Kind => `${track}-${family ? 'family' : 'single'}`;

/** A generated scenario and its plannable cases, grouped by kind. */
export type PlanningTemplate = {
  readonly scenario: Scenario;
  readonly pool: ReadonlyMap<Kind, readonly Case[]>;
};

export function planningTemplate(
  size: ScenarioSize,
  seed: number,
  rules: RuleSet,
  factors: CapacityFactors = {},
): PlanningTemplate {
  const generated = ScenarioSchema.parse(generateScenario({ size, seed }));
  const escorts = factors.escorts ?? 1;
  const scenario: Scenario = {
    ...generated,
    availability: {
      ...generated.availability,
      escorts: generated.availability.escorts.map((e) => ({
        ...e,
        escorts: Math.floor(e.escorts * escorts),
      })),
    },
  };
  const ctx = buildContext(scenario, rules);
  const pool = new Map<Kind, Case[]>();
  for (const c of scenario.cases) {
    if (caseBlockers(ctx, c).length > 0) continue;
    const kind = kindOf(c.regime === 'national' ? 'national' : 'dublin', c.persons.length > 1);
    pool.set(kind, [...(pool.get(kind) ?? []), c]);
  }
  return { scenario, pool };
}

export type CycleScenario = {
  readonly scenario: Scenario;
  /** planning case id → simulation person id */
  readonly candidateOf: ReadonlyMap<string, number>;
  /** candidates left out for want of a template case of their kind */
  readonly unmapped: number;
};

export const caseIdOf = (candidateId: number): string => `S-${candidateId}`;

/** The cycle's scenario: the template's capacities, one template case per candidate (most urgent first). */
export function scenarioFromState(
  template: PlanningTemplate,
  candidates: readonly ForcedDepartureCandidate[],
  cycle: number,
): CycleScenario {
  const used = new Map<Kind, number>();
  const cases: Case[] = [];
  const candidateOf = new Map<string, number>();
  let unmapped = 0;
  for (const cand of [...candidates].sort(compareUrgency)) {
    const kind = kindOf(cand.track, cand.family);
    const n = used.get(kind) ?? 0;
    const source = template.pool.get(kind)?.[n];
    if (!source) {
      unmapped += 1;
      continue;
    }
    used.set(kind, n + 1);
    const id = caseIdOf(cand.id);
    cases.push({ ...source, id });
    candidateOf.set(id, cand.id);
  }
  const scenario: Scenario = { ...template.scenario, id: `${template.scenario.id}-cycle-${cycle}`, cases };
  return { scenario, candidateOf, unmapped };
}

/** Whole days from ISO date `from` to ISO date `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
