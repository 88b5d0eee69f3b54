// Health, rule sets and scenario aggregates: public or any role, no personal data.
import { z } from 'zod';
import { Id, listRuleSets, loadRuleSet, RuleSetFile } from '../../domain/index.ts';
import type { Rule } from '../../domain/index.ts';
import { exportScenario, listScenarios } from '../../store/index.ts';
import type { Db } from '../../store/index.ts';
import { defineEndpoint, type AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';
import { countScenario } from '../scenario-counts.ts';

const VersionParams = z.strictObject({ version: RuleSetFile.shape.id });
const ScenarioParams = z.strictObject({ id: Id });
const ALL_STAFF = ['planner', 'officer', 'analyst', 'admin'] as const;

export function basicEndpoints(deps: { db: Db; rulesDir: string }): AnyEndpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/health',
      summary: 'Liveness',
      tag: 'service',
      roles: 'public',
      responses: { 200: { description: 'the service is up' } },
      handler: () => ({ status: 'ok' }),
    }),
    defineEndpoint({
      method: 'get',
      path: '/rules',
      summary: 'The rule-set versions',
      tag: 'rules',
      roles: 'public',
      responses: { 200: { description: 'versions' } },
      handler: () => ({ versions: listRuleSets(deps.rulesDir) }),
    }),
    defineEndpoint({
      method: 'get',
      path: '/rules/:version',
      summary: 'One rule set: every rule with its value, legal basis, source and verified flag',
      tag: 'rules',
      roles: 'public',
      params: VersionParams,
      responses: { 200: { description: 'the rules' }, 404: { description: 'no such rule set' } },
      handler: ({ params }) => {
        if (!listRuleSets(deps.rulesDir).includes(params.version))
          throw new HttpError(404, `no rule set "${params.version}"`);
        const set = loadRuleSet(params.version, deps.rulesDir);
        return {
          version: set.version,
          description: set.description,
          effectiveFrom: set.effectiveFrom,
          rules: [...set.rules.values()].map(ruleView),
        };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/scenarios',
      summary: 'Stored scenarios (no personal data)',
      tag: 'scenarios',
      roles: ALL_STAFF,
      responses: { 200: { description: 'scenario summaries' } },
      // Field by field, so a field added to the store's summary is not published unreviewed.
      handler: () => ({
        scenarios: listScenarios(deps.db).map((s) => ({
          id: s.id,
          name: s.name,
          rulesVersion: s.rulesVersion,
          now: s.now,
          window: { start: s.window.start, end: s.window.end },
          cases: s.cases,
          importedAt: s.importedAt,
        })),
      }),
    }),
    defineEndpoint({
      method: 'get',
      path: '/scenarios/:id/summary',
      summary: 'Counts of a scenario: cases by regime and location, flights, places (no personal data)',
      tag: 'scenarios',
      roles: ALL_STAFF,
      params: ScenarioParams,
      responses: { 200: { description: 'counts' }, 404: { description: 'no such scenario' } },
      handler: ({ params }) => {
        const scenario = exportScenario(deps.db, params.id);
        if (scenario === undefined) throw new HttpError(404, `no scenario "${params.id}"`);
        return countScenario(scenario);
      },
    }),
  ];
}

function ruleView(r: Rule) {
  return {
    id: r.id,
    value: r.value,
    unit: r.unit,
    legalBasis: r.legalBasis,
    source: r.source,
    verified: r.verified,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    description: r.description,
  };
}
