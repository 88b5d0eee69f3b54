// What a command is: a usage text and a function from arguments to an exit code.
import type { Io } from './io.ts';

export type CommandModule = {
  /** Shown for `--help` and after a usage error. */
  usage: string;
  run: (args: string[], io: Io) => number | Promise<number>;
};

export type CommandEntry = {
  /** The words that select it, e.g. "db import". */
  name: string;
  summary: string;
  /** Loaded only when the command runs, so one command's dependencies never slow (or break) another. */
  load: () => Promise<CommandModule>;
};
