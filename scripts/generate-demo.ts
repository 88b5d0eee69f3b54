// Writes the demo scenarios data/scenarios/small.json and national.json (seed 7) from the
// generator. Run with `npx tsx scripts/generate-demo.ts`; a test keeps the files equal to it.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenario } from '../src/generate/index.ts';
import type { ScenarioSize } from '../src/generate/index.ts';

export const DEMO_SEED = 7;
export const DEMO_SIZES: readonly ScenarioSize[] = ['small', 'national'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The file text: two-space JSON with a trailing newline. */
export function demoText(size: ScenarioSize): string {
  return `${JSON.stringify(generateScenario({ size, seed: DEMO_SEED }), null, 2)}\n`;
}

export function demoPath(size: ScenarioSize): string {
  return join(root, 'data', 'scenarios', `${size}.json`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of DEMO_SIZES) {
    mkdirSync(dirname(demoPath(size)), { recursive: true });
    writeFileSync(demoPath(size), demoText(size));
    console.log(`wrote ${demoPath(size)}`);
  }
}
