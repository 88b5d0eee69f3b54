// rotonde check --scenario FILE --case ID [--date YYYY-MM-DD] [--plan FILE] [--json]
import { fourConditions } from '../../domain/conditions.ts';
import { IsoDate, Plan, parseWith } from '../../domain/index.ts';
import type { Scenario } from '../../domain/index.ts';
import { loadRuleSet } from '../../domain/rules.ts';
import type { RuleSet } from '../../domain/rules.ts';
import { buildProblem } from '../../planning/build-problem.ts';
import { checkCase, type CaseCheck } from '../../planning/check-case.ts';
import { assignmentFromPlan } from '../../planning/plan-assignment.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import { formatFieldErrors, loadScenarioFile, printMessages, readJsonFile, type Loaded } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';
import { formatConditions, formatOfficer } from './check-format.ts';

export const usage = `Usage: rotonde check --scenario FILE --case ID [--date YYYY-MM-DD] [--plan FILE] [--json]

Shows the four conditions of a forced removal for one case (legally removable, available, in
detention, travel document) as traffic lights with their evidence and rule ids, then the case's
deadlines. Rules marked unverified carry a conservative value: confirm before relying on them.

Then the officer's answer: the earliest lawful departure (flight, intake slot and centre, escorts,
detention nights) and up to 3 alternatives on other flights, or what blocks the case — against the
capacity the plan leaves free (with no --plan, against an empty plan: all capacity free).

  --date YYYY-MM-DD   the day to check the conditions on (default: the date of the scenario's "now")
  --plan FILE         a plan of the scenario (as written by rotonde plan --out)
  --json              print the result as JSON, the officer's answer under "officer"
`;

const OPTIONS = {
  options: {
    scenario: { type: 'string' },
    case: { type: 'string' },
    date: { type: 'string' },
    plan: { type: 'string' },
    json: { type: 'boolean' },
  },
  required: ['scenario', 'case'],
} as const;

/** The officer's answer and what it was computed against. */
export type OfficerAnswer = CaseCheck & {
  against: 'empty plan' | 'plan';
  /** Cases whose plan entries match no lawful option (treated as not planned). */
  unmatched: string[];
};

export function run(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, OPTIONS);
  if (!args.ok) return usageError(io, args.message, usage);
  const date = stringOption(args.value, 'date');
  if (date !== undefined && !parseWith(IsoDate, date).ok) {
    return usageError(io, `--date must be a calendar date YYYY-MM-DD, not "${date}"`, usage);
  }
  const loaded = loadScenarioFile(stringOption(args.value, 'scenario') as string);
  if (!loaded.ok) {
    printMessages(io.err, loaded.messages);
    return EXIT.failed;
  }
  const scenario = loaded.value;
  const caseId = stringOption(args.value, 'case') as string;
  const found = scenario.cases.find((c) => c.id === caseId);
  if (found === undefined) {
    io.err(`${unknownCase(scenario, caseId)}\n`);
    return EXIT.failed;
  }
  const planFile = stringOption(args.value, 'plan');
  const plan = planFile === undefined ? undefined : loadPlanFile(planFile);
  if (plan !== undefined && !plan.ok) {
    printMessages(io.err, plan.messages);
    return EXIT.failed;
  }
  const rules = ruleSetOf(scenario, io);
  if (rules === undefined) return EXIT.failed;
  const on = date ?? scenario.now.slice(0, 10);
  const { now, entryRequirements } = scenario;
  const result = fourConditions(found, on, { now, rules, entryRequirements });
  const officer = officerAnswer(scenario, rules, caseId, plan?.value);
  for (const warning of planWarnings(scenario, plan?.value, officer)) io.err(`warning: ${warning}\n`);
  if (args.value.options.json === true) {
    io.out(`${JSON.stringify({ ...result, officer }, null, 2)}\n`);
  } else {
    io.out(formatConditions(result, rules, io.colour));
    io.out(formatOfficer(officer, planFile));
  }
  return EXIT.ok;
}

/** The officer's check of one case against what `plan` (or an empty plan) leaves free. */
function officerAnswer(scenario: Scenario, rules: RuleSet, caseId: string, plan: Plan | undefined) {
  const pp = buildProblem(scenario, rules);
  const fromPlan = plan ? assignmentFromPlan(pp, plan) : undefined;
  const assignment = fromPlan?.assignment ?? pp.cases.map(() => null);
  // The case exists (checked above), so checkCase answers.
  const check = checkCase(pp, assignment, caseId, rules)!;
  const answer: OfficerAnswer = {
    ...check,
    against: plan ? 'plan' : 'empty plan',
    unmatched: fromPlan?.unmatched ?? [],
  };
  return answer;
}

function planWarnings(scenario: Scenario, plan: Plan | undefined, officer: OfficerAnswer): string[] {
  if (!plan) return [];
  const warnings: string[] = [];
  if (plan.scenarioId !== scenario.id)
    warnings.push(`the plan is for scenario ${plan.scenarioId}, not ${scenario.id}`);
  if (plan.rulesVersion !== scenario.rulesVersion)
    warnings.push(
      `the plan was made under rules ${plan.rulesVersion}, the scenario uses ${scenario.rulesVersion}`,
    );
  const n = officer.unmatched.length;
  if (n > 0) {
    const shown = officer.unmatched.slice(0, SHOWN_IDS).join(', ');
    const more = n > SHOWN_IDS ? ` (and ${n - SHOWN_IDS} more)` : '';
    const what = n === 1 ? 'entry' : 'entries';
    warnings.push(
      `${n} plan ${what} with no matching lawful option, treated as not planned: ${shown}${more}`,
    );
  }
  return warnings;
}

function loadPlanFile(file: string): Loaded<Plan> {
  const json = readJsonFile(file);
  if (!json.ok) return json;
  const parsed = parseWith(Plan, json.value);
  return parsed.ok
    ? parsed
    : { ok: false, messages: formatFieldErrors(parsed.errors).map((m) => `${file}: ${m}`) };
}

/** The scenario's rule set; a missing or broken rule set file is reported, not thrown. */
function ruleSetOf(scenario: Scenario, io: Io): RuleSet | undefined {
  try {
    return loadRuleSet(scenario.rulesVersion);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return undefined;
  }
}

const SHOWN_IDS = 5;

function unknownCase(scenario: Scenario, caseId: string): string {
  const ids = scenario.cases.map((c) => c.id);
  if (ids.length === 0) return `unknown case "${caseId}": scenario ${scenario.id} has no cases`;
  const more = ids.length > SHOWN_IDS ? ` (and ${ids.length - SHOWN_IDS} more)` : '';
  return `unknown case "${caseId}"; cases include: ${ids.slice(0, SHOWN_IDS).join(', ')}${more}`;
}
