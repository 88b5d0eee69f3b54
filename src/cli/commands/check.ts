// rotonde check --scenario FILE --case ID [--date YYYY-MM-DD] [--json]
import { fourConditions } from '../../domain/conditions.ts';
import { IsoDate, parseWith } from '../../domain/index.ts';
import type { Scenario } from '../../domain/index.ts';
import { loadRuleSet } from '../../domain/rules.ts';
import type { RuleSet } from '../../domain/rules.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import { loadScenarioFile, printMessages } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';
import { formatConditions } from './check-format.ts';

export const usage = `Usage: rotonde check --scenario FILE --case ID [--date YYYY-MM-DD] [--json]

Shows the four conditions of a forced removal for one case (legally removable, available, in
detention, travel document) as traffic lights with their evidence and rule ids, then the case's
deadlines. Rules marked unverified carry a conservative value: confirm before relying on them.

  --date YYYY-MM-DD   the day to check (default: the date of the scenario's "now")
  --json              print the result as JSON
`;

const OPTIONS = {
  options: {
    scenario: { type: 'string' },
    case: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
  },
  required: ['scenario', 'case'],
} as const;

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
  const rules = ruleSetOf(scenario, io);
  if (rules === undefined) return EXIT.failed;
  const on = date ?? scenario.now.slice(0, 10);
  const { now, entryRequirements } = scenario;
  const result = fourConditions(found, on, { now, rules, entryRequirements });
  const asJson = args.value.options.json === true;
  io.out(asJson ? `${JSON.stringify(result, null, 2)}\n` : formatConditions(result, rules, io.colour));
  return EXIT.ok;
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
