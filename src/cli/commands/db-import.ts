// rotonde db import --db FILE [--refuse-existing] SCENARIO.json
import { importScenario, openDatabase } from '../../store/index.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import { formatFieldErrors, printMessages, readJsonFile } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';

export const usage = `Usage: rotonde db import --db FILE [--refuse-existing] SCENARIO.json

Validates the scenario and stores it in the database FILE (created if missing), in one transaction:
all of it or, on any error, nothing. A scenario with the same id is replaced, unless
--refuse-existing is given.
`;

export function run(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, {
    options: { db: { type: 'string' }, 'refuse-existing': { type: 'boolean' } },
    required: ['db'],
    positionals: { min: 1, max: 1, name: 'SCENARIO.json' },
  });
  if (!args.ok) return usageError(io, args.message, usage);
  const file = args.value.positionals[0] as string;
  const dbFile = stringOption(args.value, 'db') as string;
  const json = readJsonFile(file);
  if (!json.ok) {
    printMessages(io.err, json.messages);
    return EXIT.failed;
  }
  const db = openDatabase(dbFile);
  try {
    const onExisting = args.value.options['refuse-existing'] === true ? 'refuse' : 'replace';
    const result = importScenario(db, json.value, { onExisting });
    if (!result.ok) {
      printMessages(io.err, [`not imported: ${file}`, ...formatFieldErrors(result.errors)]);
      return EXIT.failed;
    }
    io.out(`${result.replaced ? 'replaced' : 'imported'} scenario ${result.id} in ${dbFile}\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}
