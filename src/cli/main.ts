// The `rotonde` command-line entry: `npx tsx src/cli/main.ts …`, `npm run rotonde -- …`, `npx rotonde …`.
import { runCli } from './dispatch.ts';
import { EXIT, processIo } from './io.ts';

const io = processIo();
try {
  process.exitCode = await runCli(process.argv.slice(2), io);
} catch (e) {
  // A bug, not bad input: say so plainly; the stack only when asked for.
  io.err(`internal error: ${(e as Error).message}\n`);
  if (process.env.ROTONDE_DEBUG) io.err(`${(e as Error).stack ?? ''}\n`);
  process.exitCode = EXIT.failed;
}
