// The officer's check of one case: the four lights and deadlines, and against the residual capacity
// of the published plan the earliest lawful departure and alternatives, or what blocks it. The
// planning problem and the published plan's assignment come from the problem cache (rebuilt only
// when the scenario, its ingest records, the rules or the published version changed); a case with an
// open data-quality issue is blocked by it, as a plan job leaves it out.
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { fourConditions, Id, IsoDate } from '../../domain/index.ts';
import type { Case, Scenario } from '../../domain/index.ts';
import { dataQualityHolds } from '../../jobs/plan-jobs.ts';
import { checkCase } from '../../planning/check-case.ts';
import type { ProblemCache } from '../../planning/problem-cache.ts';
import { suggestUnblock } from '../../planning/unblock.ts';
import type { Db } from '../../store/index.ts';
import { createHighsEngine, createJsLpEngine, type Engine } from '../../../solver/index.ts';
import { defineEndpoint, type AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';
import type { Principal } from '../principal.ts';

const CaseParams = z.strictObject({ id: Id });
const FeasibilityQuery = z.strictObject({ date: IsoDate.optional(), scenarioId: Id.optional() });

export function feasibilityEndpoint(db: Db, problems: ProblemCache): AnyEndpoint {
  let engine: Promise<Engine> | undefined;
  return defineEndpoint({
    method: 'get',
    path: '/cases/:id/feasibility',
    summary: "The officer's check: four lights, deadlines, earliest departure or what blocks it",
    tag: 'cases',
    roles: ['planner', 'officer'],
    params: CaseParams,
    query: FeasibilityQuery,
    audit: 'read-personal',
    responses: {
      200: { description: 'the check' },
      403: { description: 'the case is outside the officer’s region' },
      404: { description: 'no such case' },
    },
    handler: async ({ params, query, principal }) => {
      const scenarioId = scenarioOfCase(db, params.id, query.scenarioId);
      const cached = problems.get(scenarioId);
      if (!cached) throw new HttpError(404, `no case "${params.id}"`);
      const { scenario, rules, problem, assignment } = cached;
      const c = cached.cases.get(params.id);
      if (!c) throw new HttpError(404, `no case "${params.id}" in scenario "${scenario.id}"`);
      authoriseOfficer(principal, scenario, c);
      const on = query.date ?? scenario.now.slice(0, 10);
      const lights = fourConditions(c, on, {
        now: scenario.now,
        rules,
        entryRequirements: scenario.entryRequirements,
      });
      const check = checkCase(problem, assignment, c.id, rules)!;
      // Who the person is is in doubt: no departure is offered until the issue is resolved.
      const held = dataQualityHolds(db, scenario.id).get(c.id) ?? null;
      let unblockedBy: string | null = null;
      if (held === null && check.blocked?.code === 'capacity.exhausted') {
        engine ??= createHighsEngine();
        const now = () => performance.now();
        const engines = { small: createJsLpEngine(), large: await engine, smallLimit: 60, now };
        unblockedBy = (await suggestUnblock(problem, assignment, c.id, engines))?.text ?? null;
      }
      return {
        scenarioId: scenario.id,
        caseId: c.id,
        date: on,
        publishedVersion: cached.publishedVersion,
        conditions: lights.conditions,
        deadlines: lights.deadlines,
        mustHappenBy: lights.mustHappenBy,
        planned: check.planned,
        earliest: held ? null : check.earliest,
        alternatives: held ? [] : check.alternatives,
        blocked: held ?? check.blocked,
        unblockedBy,
      };
    },
  });
}

/** The id of the scenario holding the case: the one named, or the only one that has it. */
function scenarioOfCase(db: Db, caseId: string, scenarioId: string | undefined): string {
  if (scenarioId !== undefined) return scenarioId;
  const ids = db.prepare('SELECT scenario_id FROM cases WHERE id = ?').pluck().all(caseId) as string[];
  if (ids.length > 1)
    throw new HttpError(400, `case "${caseId}" is in several scenarios: name one with ?scenarioId=`);
  if (ids[0] === undefined) throw new HttpError(404, `no case "${caseId}"`);
  return ids[0];
}

/**
 * Officers see only cases of their police region: where the person is picked up (the COA location's
 * region, or the region given) or the region of the detention centre holding them.
 */
export function authoriseOfficer(principal: Principal | undefined, scenario: Scenario, c: Case): void {
  if (principal?.role !== 'officer') return;
  if (principal.regionId === undefined || !caseRegions(scenario, c).includes(principal.regionId))
    throw new HttpError(403, `case "${c.id}" is outside your police region`);
}

export function caseRegions(scenario: Scenario, c: Case): string[] {
  const { coaLocations, detentionCentres } = scenario.sites;
  const centre = (id: string) => detentionCentres.find((d) => d.id === id)?.policeRegionId;
  const l = c.location;
  const pickup =
    l.kind === 'coa'
      ? coaLocations.find((x) => x.id === l.coaLocationId)?.policeRegionId
      : l.kind === 'detention'
        ? centre(l.centreId)
        : l.kind === 'other'
          ? l.policeRegionId
          : undefined;
  const held = c.detention ? centre(c.detention.centreId) : undefined;
  return [pickup, held].filter((r): r is string => r !== undefined);
}
