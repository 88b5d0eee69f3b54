// The planning problem of a stored scenario, built once and reused while its inputs are unchanged:
// the officer's check (GET /cases/:id/feasibility) needs the whole problem and the published plan's
// assignment, which take ~200 ms to build on a national scenario, while the check itself is ~0.1 ms.
//
// An entry is keyed by a fingerprint read from the database on every use (one small query):
// - the problem: the scenario's import time and rules version (a re-import or a new rule set), and
//   the scenario's `record_versions` (count, latest `updated_at`, sum of versions: every ingest write,
//   and every resolution of a data-quality issue, inserts a row or raises a version);
// - the assignment: the published plan's version (a publish re-reads the plan, not the scenario).
// Any change rebuilds; an unchanged fingerprint reuses. The fingerprint, the scenario and the plan
// are read in one transaction, so an entry never pairs one state's data with another's fingerprint.
import type { Case, Plan, Scenario } from '../domain/index.ts';
import { loadRuleSet, type RuleSet } from '../domain/rules.ts';
import { exportScenario } from '../store/index.ts';
import type { Db } from '../store/index.ts';
import { readPublished } from '../store/plans.ts';
import type { Assignment } from '../../solver/index.ts';
import { buildProblem, type PlanningProblem } from './build-problem.ts';
import { assignmentFromPlan } from './plan-assignment.ts';

export type CachedProblem = {
  readonly scenario: Scenario;
  readonly rules: RuleSet;
  readonly problem: PlanningProblem;
  readonly cases: ReadonlyMap<string, Case>;
  /** The published version the assignment comes from; 0 when nothing is published. */
  readonly publishedVersion: number;
  /** The option each case takes in the published plan (all null when none is published). */
  readonly assignment: Assignment;
  /** The inputs this entry was built from. */
  readonly fingerprint: string;
};

export type ProblemCacheStats = { builds: number; assignments: number; hits: number };

export type ProblemCache = {
  /** The scenario's problem, rebuilt only when an input changed; undefined when there is no such scenario. */
  get(scenarioId: string): CachedProblem | undefined;
  readonly stats: Readonly<ProblemCacheStats>;
  clear(): void;
};

export type ProblemCacheOptions = {
  /** Scenarios kept at once, least recently used dropped first. */
  readonly maxScenarios?: number;
  /** How the problem is built (a test counts the builds). */
  readonly build?: (scenario: Scenario, rules: RuleSet) => PlanningProblem;
};

type Fingerprint = { problem: string; published: number };

type Entry = {
  problemKey: string;
  scenario: Scenario;
  rules: RuleSet;
  problem: PlanningProblem;
  cases: Map<string, Case>;
  publishedVersion: number;
  assignment: Assignment;
};

const FINGERPRINT_SQL = `
  SELECT s.imported_at AS importedAt, s.rules_version AS rulesVersion,
    (SELECT coalesce(max(version), 0) FROM published_plans p WHERE p.scenario_id = s.id) AS published,
    r.records, r.updatedAt, r.versions
  FROM scenarios s,
    (SELECT count(*) AS records, coalesce(max(updated_at), '') AS updatedAt, total(version) AS versions
     FROM record_versions WHERE scenario_id = ?) r
  WHERE s.id = ?`;

type FingerprintRow = {
  importedAt: string;
  rulesVersion: string;
  published: number;
  records: number;
  updatedAt: string;
  versions: number;
};

export function createProblemCache(db: Db, options: ProblemCacheOptions = {}): ProblemCache {
  const maxScenarios = options.maxScenarios ?? 4;
  const build = options.build ?? ((scenario: Scenario, rules: RuleSet) => buildProblem(scenario, rules));
  const entries = new Map<string, Entry>();
  const stats: ProblemCacheStats = { builds: 0, assignments: 0, hits: 0 };
  const fingerprintQuery = db.prepare(FINGERPRINT_SQL);

  const fingerprintOf = (scenarioId: string): Fingerprint | undefined => {
    const row = fingerprintQuery.get(scenarioId, scenarioId) as FingerprintRow | undefined;
    if (row === undefined) return undefined;
    const problem = [row.importedAt, row.rulesVersion, row.records, row.updatedAt, row.versions].join('|');
    return { problem, published: row.published };
  };

  const remember = (scenarioId: string, entry: Entry) => {
    entries.delete(scenarioId);
    entries.set(scenarioId, entry);
    while (entries.size > maxScenarios) entries.delete(entries.keys().next().value!);
  };

  const view = (e: Entry): CachedProblem => ({
    scenario: e.scenario,
    rules: e.rules,
    problem: e.problem,
    cases: e.cases,
    publishedVersion: e.publishedVersion,
    assignment: e.assignment,
    fingerprint: `${e.problemKey}|v${e.publishedVersion}`,
  });

  const assignmentOf = (problem: PlanningProblem, plan: Plan | undefined): Assignment =>
    plan ? assignmentFromPlan(problem, plan).assignment : problem.cases.map(() => null);

  return {
    get(scenarioId) {
      // One read transaction: the fingerprint and whatever is re-read are of the same state.
      const read = db.transaction(() => {
        const fp = fingerprintOf(scenarioId);
        if (fp === undefined) return undefined;
        const cached = entries.get(scenarioId);
        const sameProblem = cached !== undefined && cached.problemKey === fp.problem;
        const samePlan = sameProblem && cached.publishedVersion === fp.published;
        return {
          fp,
          cached: sameProblem ? cached : undefined,
          scenario: sameProblem ? undefined : exportScenario(db, scenarioId),
          published: samePlan ? undefined : { row: readPublished(db, scenarioId) },
        };
      })();
      if (read === undefined || (read.cached === undefined && read.scenario === undefined)) {
        entries.delete(scenarioId);
        return undefined;
      }
      const { fp, cached, scenario, published } = read;
      if (cached !== undefined && published === undefined) {
        stats.hits++;
        remember(scenarioId, cached);
        return view(cached);
      }
      let entry: Entry;
      if (cached !== undefined) entry = { ...cached };
      else {
        const s = scenario!;
        const rules = loadRuleSet(s.rulesVersion);
        const problem = build(s, rules);
        stats.builds++;
        const cases = new Map(s.cases.map((c) => [c.id, c]));
        entry = {
          problemKey: fp.problem,
          scenario: s,
          rules,
          problem,
          cases,
          publishedVersion: 0,
          assignment: [],
        };
      }
      entry.publishedVersion = published?.row?.version ?? 0;
      entry.assignment = assignmentOf(entry.problem, published?.row?.plan as Plan | undefined);
      stats.assignments++;
      remember(scenarioId, entry);
      return view(entry);
    },
    stats,
    clear: () => entries.clear(),
  };
}
