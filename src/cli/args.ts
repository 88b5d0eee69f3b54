// Option parsing for one command (node:util parseArgs), with wrong usage as a value, not a throw.
import { parseArgs } from 'node:util';
import type { Io } from './io.ts';
import { EXIT } from './io.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type ArgsSpec = {
  options?: OptionSpec;
  /** String options that must be given. */
  required?: readonly string[];
  /** How many positional arguments, and what to call them in messages. */
  positionals?: { min: number; max: number; name: string };
};
export type CommandArgs = {
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
};

export function parseCommandArgs(
  args: string[],
  spec: ArgsSpec,
): { ok: true; value: CommandArgs } | { ok: false; message: string } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: spec.options ?? {}, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const missing = (spec.required ?? []).filter((name) => parsed.values[name] === undefined);
  if (missing.length > 0) return { ok: false, message: `missing ${missing.map((m) => `--${m}`).join(', ')}` };
  const { min, max, name } = spec.positionals ?? { min: 0, max: 0, name: 'argument' };
  const n = parsed.positionals.length;
  if (n < min) return { ok: false, message: `missing ${name}` };
  if (n > max) return { ok: false, message: `unexpected argument "${parsed.positionals[max]}"` };
  return {
    ok: true,
    value: { options: parsed.values as CommandArgs['options'], positionals: parsed.positionals },
  };
}

/** Reports wrong usage with the command's usage text; returns the usage exit code. */
export function usageError(io: Io, message: string, usage: string): number {
  io.err(`error: ${message}\n\n${usage.trimEnd()}\n`);
  return EXIT.usage;
}

/** A string option's value (parseArgs typed it; `required` guaranteed it when listed). */
export function stringOption(args: CommandArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}
