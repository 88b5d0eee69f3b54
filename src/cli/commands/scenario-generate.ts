// rotonde scenario generate --size small|national|large|xlarge --seed N [--out FILE]
import { Scenario, parseWith } from '../../domain/index.ts';
import { generateScenario } from '../../generate/index.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import { formatFieldErrors, printMessages, writeTextFile } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';
import { describeScenario } from './scenario-validate.ts';

const SIZES = ['small', 'national', 'large', 'xlarge'] as const;
type Size = (typeof SIZES)[number];

export const usage = `Usage: rotonde scenario generate --size SIZE [--seed N] [--out FILE]

Writes a synthetic scenario as pretty JSON; the same size and seed give the same file.

  --size SIZE   ${SIZES.join(' | ')}
  --seed N      an integer (default 1)
  --out FILE    where to write it (default: standard output)
`;

export function run(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, {
    options: { size: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    required: ['size'],
  });
  if (!args.ok) return usageError(io, args.message, usage);
  const size = stringOption(args.value, 'size') as string;
  const seedText = stringOption(args.value, 'seed') ?? '1';
  if (!isSize(size)) return usageError(io, `--size must be one of ${SIZES.join(', ')}`, usage);
  if (!/^-?\d+$/.test(seedText)) return usageError(io, `--seed must be an integer, not "${seedText}"`, usage);

  const scenario = generateScenario({ size, seed: Number(seedText) });
  // The generator must produce valid scenarios; if it does not, say so instead of writing a bad file.
  const parsed = parseWith(Scenario, scenario);
  if (!parsed.ok) {
    printMessages(io.err, [
      'generated scenario is invalid (a generator bug):',
      ...formatFieldErrors(parsed.errors),
    ]);
    return EXIT.failed;
  }
  const json = `${JSON.stringify(scenario, null, 2)}\n`;
  const out = stringOption(args.value, 'out');
  if (out === undefined) {
    io.out(json);
    return EXIT.ok;
  }
  const written = writeTextFile(out, json);
  if (!written.ok) {
    printMessages(io.err, written.messages);
    return EXIT.failed;
  }
  io.out(`wrote ${out}: ${describeScenario(parsed.value)}\n`);
  return EXIT.ok;
}

function isSize(s: string): s is Size {
  return (SIZES as readonly string[]).includes(s);
}
