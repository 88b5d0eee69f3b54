// Where a command writes: injected, so tests run commands in-process and read what they printed.
export type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdout is a terminal that takes colour (false when piped or NO_COLOR is set). */
  colour: boolean;
};

/** Exit codes: 0 success, 1 the command failed (bad input, missing record), 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
  };
}

/** An Io that keeps everything written, for tests and for embedding. */
export function memoryIo(colour = false): Io & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    colour,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
