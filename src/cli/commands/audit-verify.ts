// rotonde audit verify --db FILE
import { verifyAudit } from '../../audit/log.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import { openExisting } from '../db-file.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';

export const usage = `Usage: rotonde audit verify --db FILE

Checks the audit log of the database FILE: every entry present, in order, and unchanged (each
entry's hash covers its fields and the previous entry's hash). Prints "ok: N entries" and the last
hash (keep it elsewhere: a later check should still see it in the log), or the first broken entry
and why, exiting with 1.
`;

export function run(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, { options: { db: { type: 'string' } }, required: ['db'] });
  if (!args.ok) return usageError(io, args.message, usage);
  const db = openExisting(stringOption(args.value, 'db') as string, io);
  if (db === undefined) return EXIT.failed;
  try {
    const verdict = verifyAudit(db);
    if (!verdict.ok) {
      io.err(`audit log broken at seq ${verdict.seq}: ${verdict.reason}\n`);
      return EXIT.failed;
    }
    io.out(`ok: ${verdict.entries} entries\nhead: ${verdict.head}\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}
