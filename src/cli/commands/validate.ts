// rotonde validate --scenario F --plan P [--json]: the independent validator on two files.
import { checkPlanFile } from '../../validate/index.ts';
import type { Violation } from '../../validate/index.ts';
import { parseCommandArgs, stringOption } from '../args.ts';
import { readJsonFile } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';

export const usage = `Usage: rotonde validate --scenario FILE --plan FILE [--json]

Checks a plan against its scenario: every hard rule of docs/planning-rules.md, recomputed from the
two files (the schemas first). Prints "valid: N intakes, M departures" and exits 0, or every
violation as "rule id  case  message" and exits 1. --json prints one JSON document instead.
`;

/** The output the command writes to. */
export type ValidateIo = { stdout: (s: string) => void; stderr: (s: string) => void };

export async function runValidate(argv: string[], io: ValidateIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    options: { scenario: { type: 'string' }, plan: { type: 'string' }, json: { type: 'boolean' } },
    required: ['scenario', 'plan'],
  });
  if (!args.ok) {
    io.stderr(`error: ${args.message}\n\n${usage}`);
    return EXIT.usage;
  }
  const scenario = readJsonFile(stringOption(args.value, 'scenario') ?? '');
  const plan = readJsonFile(stringOption(args.value, 'plan') ?? '');
  const unreadable = [...(scenario.ok ? [] : scenario.messages), ...(plan.ok ? [] : plan.messages)];
  if (!scenario.ok || !plan.ok) {
    io.stderr(unreadable.map((m) => `${m}\n`).join(''));
    return EXIT.failed;
  }
  const report = checkPlanFile(scenario.value, plan.value);
  const intakes = report.plan?.intakes.length ?? 0;
  const departures = report.plan?.departures.length ?? 0;
  const valid = report.violations.length === 0;
  if (args.value.options.json === true) {
    io.stdout(`${JSON.stringify({ valid, intakes, departures, violations: report.violations }, null, 2)}\n`);
  } else if (valid) {
    io.stdout(`valid: ${intakes} intakes, ${departures} departures\n`);
  } else {
    io.stdout(report.violations.map((v) => `${formatViolation(v)}\n`).join(''));
    io.stdout(`invalid: ${report.violations.length} violation${report.violations.length === 1 ? '' : 's'}\n`);
  }
  return valid ? EXIT.ok : EXIT.failed;
}

/** "rule id  case  message", with "-" for a violation of no single case. */
export function formatViolation(v: Violation): string {
  return `${v.ruleId}  ${v.caseId ?? '-'}  ${v.message}`;
}

/** The command as src/cli/registry.ts loads it (`usage` and `run`). */
export function run(argv: string[], io: Io): Promise<number> {
  return runValidate(argv, { stdout: io.out, stderr: io.err });
}
