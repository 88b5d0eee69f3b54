// Opening a database that must already exist (reading commands never create an empty one).
import { existsSync } from 'node:fs';
import { openDatabase } from '../store/index.ts';
import type { Db } from '../store/index.ts';
import type { Io } from './io.ts';

export function openExisting(file: string, io: Io): Db | undefined {
  if (!existsSync(file)) {
    io.err(`no database at ${file} (rotonde db import --db ${file} SCENARIO.json creates one)\n`);
    return undefined;
  }
  return openDatabase(file);
}
