// rotonde scenario validate FILE
import type { Scenario } from '../../domain/index.ts';
import { parseCommandArgs, usageError } from '../args.ts';
import { loadScenarioFile, printMessages } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';

export const usage = `Usage: rotonde scenario validate FILE

Checks a scenario file against the scenario schema (docs/scenario-format.md), cross-references
included. Prints "ok: …" and exits 0, or prints every error as "path: message" and exits 1.
`;

export function run(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, { positionals: { min: 1, max: 1, name: 'FILE' } });
  if (!args.ok) return usageError(io, args.message, usage);
  const file = args.value.positionals[0] as string;
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    printMessages(io.err, loaded.messages);
    return EXIT.failed;
  }
  io.out(`ok: ${describeScenario(loaded.value)}\n`);
  return EXIT.ok;
}

/** One line: how big the scenario is and what it covers. */
export function describeScenario(s: Scenario): string {
  const persons = s.cases.reduce((n, c) => n + c.persons.length, 0);
  const parts = [
    `${s.cases.length} cases (${persons} persons)`,
    `${s.flights.length} flights`,
    `${s.sites.detentionCentres.length} detention centres`,
    `${s.sites.policeRegions.length} police regions`,
    `window ${s.window.start} to ${s.window.end}`,
    `rules ${s.rulesVersion}`,
  ];
  return `${s.id}: ${parts.join(', ')}`;
}
