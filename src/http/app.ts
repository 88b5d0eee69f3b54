// The planning service, first slice: health, rule sets and scenario aggregates. There is no access
// control yet, so nothing here serves personal data: scenarios only as counts (scenario-counts.ts).
import express from 'express';
import type { Express } from 'express';
import { z } from 'zod';
import { Id, listRuleSets, loadRuleSet, RULES_DIR, RuleSetFile } from '../domain/index.ts';
import type { Rule } from '../domain/index.ts';
import { exportScenario, listScenarios } from '../store/index.ts';
import type { Db } from '../store/index.ts';
import { handleError, HttpError, notFound, parseRequest } from './errors.ts';
import { countScenario } from './scenario-counts.ts';
import { secure } from './security.ts';

export type AppDeps = {
  db: Db;
  /** Where the rule set files are; data/rules/ unless given. */
  rulesDir?: string;
};

/** The endpoints, as the `serve` command lists them. */
export const ENDPOINTS = [
  'GET /health',
  'GET /rules',
  'GET /rules/:version',
  'GET /scenarios',
  'GET /scenarios/:id/summary',
] as const;

const VersionParams = z.strictObject({ version: RuleSetFile.shape.id });
const ScenarioParams = z.strictObject({ id: Id });

export function createApp(deps: AppDeps): Express {
  const rulesDir = deps.rulesDir ?? RULES_DIR;
  const app = express();
  secure(app);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/rules', (_req, res) => {
    res.json({ versions: listRuleSets(rulesDir) });
  });

  app.get('/rules/:version', (req, res) => {
    const { version } = parseRequest(VersionParams, req.params);
    if (!listRuleSets(rulesDir).includes(version)) throw new HttpError(404, `no rule set "${version}"`);
    const set = loadRuleSet(version, rulesDir);
    res.json({
      version: set.version,
      description: set.description,
      effectiveFrom: set.effectiveFrom,
      rules: [...set.rules.values()].map(ruleView),
    });
  });

  app.get('/scenarios', (_req, res) => {
    // Field by field, so a field added to the store's summary is not published unreviewed.
    const scenarios = listScenarios(deps.db).map((s) => ({
      id: s.id,
      name: s.name,
      rulesVersion: s.rulesVersion,
      now: s.now,
      window: { start: s.window.start, end: s.window.end },
      cases: s.cases,
      importedAt: s.importedAt,
    }));
    res.json({ scenarios });
  });

  app.get('/scenarios/:id/summary', (req, res) => {
    const { id } = parseRequest(ScenarioParams, req.params);
    const scenario = exportScenario(deps.db, id);
    if (scenario === undefined) throw new HttpError(404, `no scenario "${id}"`);
    res.json(countScenario(scenario));
  });

  app.use(notFound);
  app.use(handleError);
  return app;
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
