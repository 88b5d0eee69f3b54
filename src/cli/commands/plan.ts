// `rotonde plan --scenario F [--out plan.json] [--time-limit S] [--export-lp F] [--json]`
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Scenario } from '../../domain/index.ts';
import { parseWith } from '../../domain/parse.ts';
import { loadRuleSet } from '../../domain/rules.ts';
import { buildPatternModel, createHighsEngine, toCplexLp } from '../../../solver/index.ts';
import { planScenario, type PlanSummary } from '../../planning/plan-scenario.ts';
import { buildProblem } from '../../planning/build-problem.ts';
import type { Io } from '../io.ts';

export const usage = `rotonde plan --scenario FILE [--out plan.json] [--time-limit SECONDS] [--export-lp FILE] [--json]

Plans detention intakes and departures for the scenario, checks the plan with the independent
validator, and prints a summary (scheduled, left out by reason, detention nights, objective, bound,
gap, time). --export-lp writes the exact model in CPLEX LP format.`;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(args, io);
  if (typeof parsed === 'number') return parsed;
  const scenario = readScenario(parsed.scenario, io);
  if (!scenario) return 1;
  const rules = loadRuleSet(scenario.rulesVersion);
  if (parsed.exportLp) {
    writeFileSync(parsed.exportLp, toCplexLp(buildPatternModel(buildProblem(scenario, rules).problem).milp));
  }
  const engine = await createHighsEngine();
  const outcome = await planScenario(scenario, rules, {
    engine,
    timeLimitSeconds: parsed.timeLimit,
    now: () => performance.now(),
  });
  if (parsed.out) writeFileSync(parsed.out, `${JSON.stringify(outcome.plan, null, 2)}\n`);
  if (parsed.json)
    io.out(
      `${JSON.stringify({ summary: outcome.summary, valid: outcome.valid, violations: outcome.violations }, null, 2)}\n`,
    );
  else io.out(formatSummary(outcome.summary, outcome.valid, outcome.violations.length));
  for (const v of outcome.violations.slice(0, 20))
    io.err(`violation ${v.ruleId} ${v.caseId ?? ''}: ${v.message}\n`);
  return outcome.valid ? 0 : 1;
}

function parseOptions(args: string[], io: Io) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        scenario: { type: 'string' },
        out: { type: 'string' },
        'time-limit': { type: 'string', default: '30' },
        'export-lp': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) return (io.out(`${usage}\n`), 0);
    const timeLimit = Number(values['time-limit']);
    if (!values.scenario) return (io.err('--scenario: required\n'), 1);
    if (!Number.isFinite(timeLimit) || timeLimit <= 0)
      return (io.err('--time-limit: expected seconds > 0\n'), 1);
    return {
      scenario: values.scenario,
      out: values.out,
      timeLimit,
      exportLp: values['export-lp'],
      json: values.json,
    };
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}\n`);
    return 1;
  }
}

export function readScenario(file: string, io: Io): Scenario | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    io.err(`${file}: ${(error as Error).message}\n`);
    return undefined;
  }
  const parsed = parseWith(Scenario, json);
  if (parsed.ok) return parsed.value;
  for (const e of parsed.errors) io.err(`${file}: ${e.path}: ${e.message}\n`);
  return undefined;
}

function formatSummary(s: PlanSummary, valid: boolean, violations: number): string {
  const reasons = Object.entries(s.leftOutByReason)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `plan ${valid ? 'valid' : `INVALID (${violations} violations)`}: ${s.status} via ${s.source}`,
    `scheduled ${s.scheduled} cases (${s.persons} persons), left out ${s.leftOut}${reasons ? ` (${reasons})` : ''}`,
    `detention nights ${s.detentionNights}`,
    `objective ${s.objective.toFixed(2)}, bound ${s.bound.toFixed(2)}, gap ${(s.gap * 100).toFixed(3)}%`,
    `model ${s.candidates} cases, ${s.options} options, ${s.resources} resources; ${s.seconds.toFixed(2)} s`,
    '',
  ].join('\n');
}
