// The dispatcher: picks the command whose words start the argument list, then runs it.
import type { CommandEntry } from './command.ts';
import type { Io } from './io.ts';
import { EXIT } from './io.ts';
import { COMMANDS } from './registry.ts';

const HELP = new Set(['--help', '-h', 'help']);

/** Runs `rotonde <argv>`; returns the exit code. Never throws for bad input. */
export async function runCli(
  argv: string[],
  io: Io,
  commands: readonly CommandEntry[] = COMMANDS,
): Promise<number> {
  const entry = findCommand(argv, commands);
  if (entry === undefined) return noCommand(argv, io, commands);
  const rest = argv.slice(entry.name.split(' ').length);
  const command = await entry.load();
  if (rest.some((a) => a === '--help' || a === '-h')) {
    io.out(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return EXIT.ok;
  }
  return command.run(rest, io);
}

/** The command with the most words matching the start of `argv` (so `validate` and `scenario validate` coexist). */
function findCommand(argv: string[], commands: readonly CommandEntry[]): CommandEntry | undefined {
  const matches = commands.filter((c) => c.name.split(' ').every((word, i) => argv[i] === word));
  return matches.sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)[0];
}

function noCommand(argv: string[], io: Io, commands: readonly CommandEntry[]): number {
  const first = argv[0];
  const group = commands.filter((c) => c.name.startsWith(`${first} `));
  const asked = argv.length === 0 || HELP.has(first ?? '') || (group.length > 0 && HELP.has(argv[1] ?? ''));
  const listed = group.length > 0 ? group : commands;
  const text = overview(listed, group.length > 0 ? `${first} ` : '');
  if (asked && argv.length > 0) {
    io.out(text);
    return EXIT.ok;
  }
  const what = argv.length === 0 ? 'no command given' : `unknown command "${argv.slice(0, 2).join(' ')}"`;
  io.err(`error: ${what}\n\n${text}`);
  return EXIT.usage;
}

function overview(commands: readonly CommandEntry[], prefix: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  rotonde ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `Usage: rotonde ${prefix}<command> [options]   (rotonde <command> --help for its options)`,
    '',
    ...lines,
    '',
  ].join('\n');
}
