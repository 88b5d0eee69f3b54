// Reading input files for commands: unreadable files, bad JSON and invalid scenarios as messages.
import { readFileSync, writeFileSync } from 'node:fs';
import type { FieldError, Scenario } from '../domain/index.ts';
import { Scenario as ScenarioSchema, parseWith } from '../domain/index.ts';

export type Loaded<T> = { ok: true; value: T } | { ok: false; messages: string[] };

export function readJsonFile(file: string): Loaded<unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, messages: [`cannot read ${file}: ${(e as Error).message}`] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, messages: [`${file} is not valid JSON: ${(e as Error).message}`] };
  }
}

/** Reads and validates a scenario file; every schema error as `path: message`. */
export function loadScenarioFile(file: string): Loaded<Scenario> {
  const json = readJsonFile(file);
  if (!json.ok) return json;
  const parsed = parseWith(ScenarioSchema, json.value);
  return parsed.ok ? parsed : { ok: false, messages: formatFieldErrors(parsed.errors) };
}

export function formatFieldErrors(errors: readonly FieldError[]): string[] {
  return errors.map((e) => `${e.path}: ${e.message}`);
}

/** Writes `text` to `file`; a failure (missing folder, no permission) as a message. */
export function writeTextFile(file: string, text: string): Loaded<void> {
  try {
    writeFileSync(file, text);
    return { ok: true, value: undefined };
  } catch (e) {
    return { ok: false, messages: [`cannot write ${file}: ${(e as Error).message}`] };
  }
}

export function printMessages(err: (text: string) => void, messages: readonly string[]): void {
  err(messages.map((m) => `${m}\n`).join(''));
}
