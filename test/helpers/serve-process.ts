// Runs `rotonde serve` as a real process for end-to-end tests. It is started with tsx's hooks
// (`node --import tsx`), not the tsx command line, which would run the server in a child of its
// own that a signal to tsx leaves running.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export type Served = { child: ChildProcessWithoutNullStreams; url: string; stdout: () => string };

/** Every server a test started, so an afterAll can kill what is still running. */
export const running = new Set<ChildProcessWithoutNullStreams>();

/** Spawns `rotonde serve ARGV` and resolves once it prints where it listens. */
export function serveProcess(...argv: string[]): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', ...argv], {
    env: { ...process.env, NO_COLOR: '1' },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /rotonde listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) resolve({ child, url, stdout: () => stdout });
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`serve exited (${String(code ?? signal)}) before listening: ${stderr}`)),
    );
  });
}

/** Kills every server still running (for afterAll). */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}
