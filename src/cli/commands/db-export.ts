// rotonde db export --db FILE --id ID [--out FILE]
import { exportScenario } from '../../store/index.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import { printMessages, writeTextFile } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';
import { openExisting } from '../db-file.ts';

export const usage = `Usage: rotonde db export --db FILE --id ID [--out FILE]

Writes the stored scenario ID as pretty JSON (defaults filled in), to FILE or standard output.
`;

export function run(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, {
    options: { db: { type: 'string' }, id: { type: 'string' }, out: { type: 'string' } },
    required: ['db', 'id'],
  });
  if (!args.ok) return usageError(io, args.message, usage);
  const id = stringOption(args.value, 'id') as string;
  const db = openExisting(stringOption(args.value, 'db') as string, io);
  if (db === undefined) return EXIT.failed;
  try {
    const scenario = exportScenario(db, id);
    if (scenario === undefined) {
      io.err(`no scenario "${id}" in ${db.name} (rotonde db list --db ${db.name})\n`);
      return EXIT.failed;
    }
    const json = `${JSON.stringify(scenario, null, 2)}\n`;
    const out = stringOption(args.value, 'out');
    if (out === undefined) {
      io.out(json);
      return EXIT.ok;
    }
    const written = writeTextFile(out, json);
    if (!written.ok) printMessages(io.err, written.messages);
    return written.ok ? EXIT.ok : EXIT.failed;
  } finally {
    db.close();
  }
}
