// Running the CLI in-process, and scenario files in a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/dispatch.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { fixtureScenario } from '../store/fixture.ts';
import type { Json } from '../store/fixture.ts';

export type Ran = { code: number; stdout: string; stderr: string };

export async function rotonde(...argv: string[]): Promise<Ran> {
  const io = memoryIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** A temporary folder removed by `cleanup()`. */
export function tempDir(): { path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rotonde-cli-'));
  return { path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type { Json };

/** Writes the fixture scenario, after `edit` (on a JSON copy), to `file`; returns the file. */
export function writeScenario(file: string, edit: (s: Json) => void = () => {}): string {
  const s = structuredClone(fixtureScenario()) as Json;
  edit(s);
  writeFileSync(file, JSON.stringify(s, null, 2));
  return file;
}
