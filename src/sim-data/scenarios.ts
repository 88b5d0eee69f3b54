/**
 * The simulation scenarios on disk (data/scenarios/sim/): the edge that reads the files and hands
 * the pure core (`parseScenario`) a resolver for `extends`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SimulationScenario } from '../simulation/index.ts';
import { parseScenario } from '../simulation/index.ts';

export const SIM_SCENARIO_DIR: string = fileURLToPath(new URL('../../data/scenarios/sim/', import.meta.url));

const NAME = /^[a-z0-9][a-z0-9-]*$/;

type Loaded = { ok: true; value: SimulationScenario } | { ok: false; messages: string[] };

function readJson(file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    return { ok: false, message: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The raw JSON of a scenario of the folder by name (undefined when there is none or it is unreadable). */
function resolveByName(name: string): unknown {
  if (!NAME.test(name)) return undefined;
  const file = join(SIM_SCENARIO_DIR, `${name}.json`);
  if (!existsSync(file)) return undefined;
  const read = readJson(file);
  return read.ok ? read.value : undefined;
}

/** The scenarios of data/scenarios/sim/, by name, with their descriptions (unparseable ones included). */
export function listSimScenarios(): { name: string; description: string }[] {
  return readdirSync(SIM_SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = resolveByName(basename(f, '.json'));
      const description =
        raw !== null && typeof raw === 'object' && 'description' in raw && typeof raw.description === 'string'
          ? raw.description
          : '';
      return { name: basename(f, '.json'), description };
    });
}

/**
 * A scenario by name (a file of data/scenarios/sim/) or by path to a JSON file; `extends` names a
 * scenario of the folder.
 */
export function loadSimScenario(nameOrFile: string): Loaded {
  const isName = NAME.test(nameOrFile) && !nameOrFile.endsWith('.json');
  const file = isName
    ? join(SIM_SCENARIO_DIR, `${nameOrFile}.json`)
    : isAbsolute(nameOrFile)
      ? nameOrFile
      : resolve(nameOrFile);
  if (!existsSync(file)) {
    const known = listSimScenarios().map((s) => s.name);
    return {
      ok: false,
      messages: [
        `scenario: no scenario "${nameOrFile}" (known: ${known.join(', ')}; or give a path to a .json file)`,
      ],
    };
  }
  const read = readJson(file);
  if (!read.ok) return { ok: false, messages: [read.message] };
  const parsed = parseScenario(read.value, resolveByName);
  if (!parsed.ok)
    return { ok: false, messages: parsed.error.split('\n').map((l) => `${basename(file)}: ${l}`) };
  return { ok: true, value: parsed.scenario };
}
