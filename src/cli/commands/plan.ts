// `rotonde plan --scenario F [--out plan.json] [--time-limit S] [--export-lp F] [--unblock [all|ID,ID]] [--json]`
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Plan, Scenario } from '../../domain/index.ts';
import { parseWith } from '../../domain/parse.ts';
import { loadRuleSet } from '../../domain/rules.ts';
import { buildPatternModel, createHighsEngine, createJsLpEngine, toCplexLp } from '../../../solver/index.ts';
import type { Engine } from '../../../solver/index.ts';
import { planScenario, type PlanOptions, type PlanSummary } from '../../planning/plan-scenario.ts';
import { buildProblem, DEFAULT_SETTINGS } from '../../planning/build-problem.ts';
import type { Io } from '../io.ts';

export const usage = `rotonde plan --scenario FILE [--out plan.json] [--time-limit SECONDS] [--export-lp FILE]
            [--unblock [all|ID,ID]] [--json]

Plans detention intakes and departures for the scenario, checks the plan with the independent
validator, and prints a summary (scheduled, left out by reason, detention nights, objective, bound,
gap, time). --previous PLAN changes as little as possible against that plan (e.g. the published
one). --export-lp writes the exact model in CPLEX LP format. --unblock finds, for the cases
left out for capacity (all of them, or the listed ids), the smallest single capacity addition that
lets each in, confirmed by re-solving, and prints one line per case found.`;

/** Sub-problems up to this many options go to javascript-lp-solver, larger ones to HiGHS. */
const UNBLOCK_SMALL_LIMIT = 60;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(args, io);
  if (typeof parsed === 'number') return parsed;
  const scenario = readScenario(parsed.scenario, io);
  if (!scenario) return 1;
  const rules = loadRuleSet(scenario.rulesVersion);
  const previous = parsed.previous ? readPlan(parsed.previous, io) : undefined;
  if (previous === null) return 1;
  const settings = { ...DEFAULT_SETTINGS, ...(previous ? { previous } : {}) };
  if (parsed.exportLp) {
    writeFileSync(
      parsed.exportLp,
      toCplexLp(buildPatternModel(buildProblem(scenario, rules, settings).problem).milp),
    );
  }
  const engine = await createHighsEngine();
  const now = () => performance.now();
  const outcome = await planScenario(scenario, rules, {
    engine,
    timeLimitSeconds: parsed.timeLimit,
    now,
    settings,
    ...(parsed.unblock ? { unblock: unblockRequest(parsed.unblock, engine, now) } : {}),
  });
  if (parsed.out) writeFileSync(parsed.out, `${JSON.stringify(outcome.plan, null, 2)}\n`);
  const unblocked = parsed.unblock ? unblockedLines(outcome.plan) : undefined;
  if (parsed.json) {
    const { summary, valid, violations } = outcome;
    io.out(
      `${JSON.stringify({ summary, valid, violations, ...(unblocked ? { unblocked } : {}) }, null, 2)}\n`,
    );
  } else {
    io.out(formatSummary(outcome.summary, outcome.valid, outcome.violations.length));
    for (const u of unblocked ?? []) io.out(`unblock ${u.caseId}: ${u.unblockedBy}\n`);
  }
  for (const v of outcome.violations.slice(0, 20))
    io.err(`violation ${v.ruleId} ${v.caseId ?? ''}: ${v.message}\n`);
  return outcome.valid ? 0 : 1;
}

function unblockRequest(
  cases: 'all' | string[],
  large: Engine,
  now: () => number,
): NonNullable<PlanOptions['unblock']> {
  return {
    cases,
    engines: { small: createJsLpEngine(), large, smallLimit: UNBLOCK_SMALL_LIMIT, now },
  };
}

/** The left-out cases for which an addition was found, in the plan's order. */
function unblockedLines(plan: Plan): { caseId: string; unblockedBy: string }[] {
  return plan.leftOut.flatMap((e) =>
    e.unblockedBy ? [{ caseId: e.caseId, unblockedBy: e.unblockedBy }] : [],
  );
}

/** `--unblock` with no value (last, or followed by another option) means `--unblock all`. */
function withUnblockDefault(args: readonly string[]): string[] {
  return args.flatMap((a, i) => {
    const next = args[i + 1];
    return a === '--unblock' && (next === undefined || next.startsWith('--')) ? [a, 'all'] : [a];
  });
}

function parseUnblock(value: string | undefined): 'all' | string[] | undefined {
  if (value === undefined) return undefined;
  if (value === 'all') return 'all';
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

function parseOptions(args: string[], io: Io) {
  try {
    const { values } = parseArgs({
      args: withUnblockDefault(args),
      options: {
        scenario: { type: 'string' },
        out: { type: 'string' },
        'time-limit': { type: 'string', default: '30' },
        'export-lp': { type: 'string' },
        previous: { type: 'string' },
        unblock: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) return (io.out(`${usage}\n`), 0);
    const timeLimit = Number(values['time-limit']);
    if (!values.scenario) return (io.err('--scenario: required\n'), 1);
    if (!Number.isFinite(timeLimit) || timeLimit <= 0)
      return (io.err('--time-limit: expected seconds > 0\n'), 1);
    const unblock = parseUnblock(values.unblock);
    if (Array.isArray(unblock) && unblock.length === 0)
      return (io.err('--unblock: expected all or a comma-separated list of case ids\n'), 1);
    return {
      scenario: values.scenario,
      out: values.out,
      timeLimit,
      exportLp: values['export-lp'],
      previous: values.previous,
      unblock,
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

/** A plan file, parsed; null (after printing why) when unreadable or invalid. */
function readPlan(file: string, io: Io): Plan | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    io.err(`${file}: ${(error as Error).message}\n`);
    return null;
  }
  const parsed = parseWith(Plan, json);
  if (parsed.ok) return parsed.value;
  for (const e of parsed.errors) io.err(`${file}: ${e.path}: ${e.message}\n`);
  return null;
}
