// rotonde db list --db FILE [--json]
import { listScenarios } from '../../store/index.ts';
import type { ScenarioSummary } from '../../store/index.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';
import { openExisting } from '../db-file.ts';

export const usage = `Usage: rotonde db list --db FILE [--json]

Lists the scenarios stored in the database FILE: id, cases, planning window, rules, name.
`;

export function run(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, {
    options: { db: { type: 'string' }, json: { type: 'boolean' } },
    required: ['db'],
  });
  if (!args.ok) return usageError(io, args.message, usage);
  const db = openExisting(stringOption(args.value, 'db') as string, io);
  if (db === undefined) return EXIT.failed;
  try {
    const scenarios = listScenarios(db);
    if (args.value.options.json === true) io.out(`${JSON.stringify(scenarios, null, 2)}\n`);
    else if (scenarios.length === 0) io.out(`no scenarios in ${db.name}\n`);
    else io.out(formatTable(scenarios));
    return EXIT.ok;
  } finally {
    db.close();
  }
}

function formatTable(scenarios: readonly ScenarioSummary[]): string {
  const rows = [
    ['id', 'cases', 'window', 'rules', 'name'],
    ...scenarios.map((s) => [
      s.id,
      String(s.cases),
      `${s.window.start}..${s.window.end}`,
      s.rulesVersion,
      s.name,
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows
    .map(
      (r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd() + '\n',
    )
    .join('');
}
