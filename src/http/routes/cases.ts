// Cases for the case view: the list of a scenario's cases with their four lights at a glance, and
// the history of one case's plans. Officers see only cases of their police region (the same rule as
// the officer's check, ./feasibility.ts); both reads are of personal data, so both are audited.
import { z } from 'zod';
import { fourConditions, Id, loadRuleSet, Plan } from '../../domain/index.ts';
import type { Case, Light, RuleSet, Scenario } from '../../domain/index.ts';
import { exportScenario } from '../../store/index.ts';
import type { Db } from '../../store/index.ts';
import { readPublished } from '../../store/plans.ts';
import { defineEndpoint, type AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';
import type { Principal } from '../principal.ts';
import { caseHistory, caseInPlan, HistoryEntry } from './case-history.ts';
import { authoriseOfficer, caseRegions } from './feasibility.ts';

const ScenarioParams = z.strictObject({ id: Id });
const CaseParams = z.strictObject({ id: Id });
const HistoryQuery = z.strictObject({ scenarioId: Id.optional() });

const Light = z.enum(['green', 'amber', 'red']);

export const CaseListItem = z.strictObject({
  id: z.string(),
  regime: z.string(),
  persons: z.number().int(),
  destinationCountry: z.string(),
  /** Police regions of the pick-up and of the detention centre holding the person. */
  regions: z.array(z.string()),
  detained: z.boolean(),
  /** The four lights, in the order legally-removable, available, in-detention, travel-document. */
  lights: z.array(z.strictObject({ id: z.string(), light: Light })),
  /** The earliest of the transfer deadline and the detention limit; null when neither applies. */
  mustHappenBy: z.string().nullable(),
  /** What the published plan decided: planned, left out (with its reason code) or nothing published. */
  published: z
    .strictObject({ status: z.enum(['planned', 'left-out', 'absent']), code: z.string().optional() })
    .nullable(),
});
export type CaseListItem = z.infer<typeof CaseListItem> & { readonly regime: Case['regime'] };

export const CaseHistoryBody = z.strictObject({
  scenarioId: z.string(),
  caseId: z.string(),
  history: z.array(HistoryEntry),
});

export const CaseList = z.strictObject({
  scenarioId: z.string(),
  /** The scenario's "now" date, for which the lights are computed. */
  date: z.string(),
  /** The published version the list reports on (0: none published). */
  publishedVersion: z.number().int(),
  /** The officer's region (null for planners, who see every case). */
  region: z.string().nullable(),
  cases: z.array(CaseListItem),
});

export function caseEndpoints(deps: { db: Db; rulesDir?: string }): AnyEndpoint[] {
  const { db } = deps;
  const rulesFor = cachedRules(deps.rulesDir);
  return [
    defineEndpoint({
      method: 'get',
      path: '/scenarios/:id/cases',
      summary: "A scenario's cases with their four lights (officers: only their police region)",
      tag: 'cases',
      roles: ['planner', 'officer'],
      params: ScenarioParams,
      audit: 'read-personal',
      responses: {
        200: { description: 'the cases', schema: CaseList },
        404: { description: 'no such scenario' },
      },
      handler: ({ params, principal }) => {
        const scenario = exportScenario(db, params.id);
        if (!scenario) throw new HttpError(404, `no scenario "${params.id}"`);
        const visible = scenario.cases.filter((c) => inRegion(principal, scenario, c));
        const published = readPublished(db, scenario.id);
        const plan = published ? Plan.safeParse(published.plan) : undefined;
        const rules = rulesFor(scenario.rulesVersion);
        const body: z.infer<typeof CaseList> = {
          scenarioId: scenario.id,
          date: scenario.now.slice(0, 10),
          publishedVersion: published?.version ?? 0,
          region: principal?.role === 'officer' ? (principal.regionId ?? null) : null,
          cases: visible.map((c) => listItem(scenario, c, rules, plan?.success ? plan.data : undefined)),
        };
        return body;
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/cases/:id/plans',
      summary: "The history of a case's plans: each published version and finished plan job",
      tag: 'cases',
      roles: ['planner', 'officer'],
      params: CaseParams,
      query: HistoryQuery,
      audit: 'read-personal',
      responses: {
        200: { description: 'the history, newest first', schema: CaseHistoryBody },
        403: { description: 'the case is outside the officer’s region' },
        404: { description: 'no such case' },
      },
      handler: ({ params, query, principal }) => {
        const scenarioId = query.scenarioId ?? onlyScenarioOf(db, params.id);
        const scenario = exportScenario(db, scenarioId);
        const c = scenario?.cases.find((x) => x.id === params.id);
        if (!scenario || !c) throw new HttpError(404, `no case "${params.id}" in scenario "${scenarioId}"`);
        authoriseOfficer(principal, scenario, c);
        return {
          scenarioId: scenario.id,
          caseId: c.id,
          history: caseHistory(db, scenario.id, c.id, scenario.flights),
        };
      },
    }),
  ];
}

function listItem(scenario: Scenario, c: Case, rules: RuleSet, plan: Plan | undefined): CaseListItem {
  const lights = fourConditions(c, scenario.now.slice(0, 10), {
    now: scenario.now,
    rules,
    entryRequirements: scenario.entryRequirements,
  });
  const inPlan = plan ? caseInPlan(plan, c.id, new Map()) : undefined;
  return {
    id: c.id,
    regime: c.regime,
    persons: c.persons.length,
    destinationCountry: c.destinationCountry,
    regions: [...new Set(caseRegions(scenario, c))],
    detained: c.detention !== undefined,
    lights: lights.conditions.map((x) => ({ id: x.id, light: x.light })),
    mustHappenBy: lights.mustHappenBy.date,
    published:
      inPlan === undefined
        ? null
        : inPlan.status === 'left-out'
          ? { status: 'left-out', code: inPlan.reason.code }
          : { status: inPlan.status },
  };
}

function inRegion(principal: Principal | undefined, scenario: Scenario, c: Case): boolean {
  if (principal?.role !== 'officer') return true;
  return principal.regionId !== undefined && caseRegions(scenario, c).includes(principal.regionId);
}

/** The scenario holding the case: the only one that has it (else the caller must name one). */
function onlyScenarioOf(db: Db, caseId: string): string {
  const ids = db.prepare('SELECT scenario_id FROM cases WHERE id = ?').pluck().all(caseId) as string[];
  if (ids.length > 1)
    throw new HttpError(400, `case "${caseId}" is in several scenarios: name one with ?scenarioId=`);
  if (ids[0] === undefined) throw new HttpError(404, `no case "${caseId}"`);
  return ids[0];
}

/** Rule sets are files that do not change while the service runs: each is read once. */
function cachedRules(dir: string | undefined): (version: string) => RuleSet {
  const loaded = new Map<string, RuleSet>();
  return (version) => {
    let set = loaded.get(version);
    if (!set) {
      set = dir === undefined ? loadRuleSet(version) : loadRuleSet(version, dir);
      loaded.set(version, set);
    }
    return set;
  };
}
