/**
 * `extends`: a scenario file that names a base scenario and lists only what it changes. The base is
 * looked up through a resolver the caller passes (the core does no I/O); parameters merge deeply
 * (objects key by key, arrays and values replaced) and each changed parameter must carry a
 * derivation note of its own, so a shortfall always says where its figure comes from.
 */
import { leafPaths } from './leaf-paths.ts';

/** Returns the raw JSON of the scenario named `name`, or undefined when there is none. */
export type ResolveScenario = (name: string) => unknown;

type Resolved =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function deepMerge(base: unknown, change: unknown): unknown {
  if (!isObject(base) || !isObject(change)) return change;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(change)) out[k] = deepMerge(base[k], v);
  return out;
}

/** The scenario with its `extends` chain applied (no `extends` left), or why that failed. */
export function resolveExtends(input: unknown, resolve?: ResolveScenario, chain: string[] = []): Resolved {
  if (!isObject(input) || input.extends === undefined) return { ok: true, value: input };
  const name = input.extends;
  if (typeof name !== 'string' || name.length === 0) {
    return { ok: false, error: 'extends: expected the name of a base scenario' };
  }
  if (chain.includes(name)) return { ok: false, error: `extends: cycle ${[...chain, name].join(' → ')}` };
  if (!resolve) return { ok: false, error: `extends: no resolver to find "${name}"` };
  const raw = resolve(name);
  if (raw === undefined) return { ok: false, error: `extends: no scenario named "${name}"` };
  const base = resolveExtends(raw, resolve, [...chain, name]);
  if (!base.ok) return base;
  if (!isObject(base.value)) return { ok: false, error: `extends: "${name}" is not a scenario object` };
  const changes = isObject(input.parameters) ? input.parameters : {};
  const notes = isObject(input.derivation) ? input.derivation : {};
  const missing = leafPaths(changes).filter((p) => p !== '' && !(p in notes));
  if (missing.length > 0) {
    return { ok: false, error: `derivation: no note for the changed parameter(s) ${missing.join(', ')}` };
  }
  const rest = Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'extends'));
  return {
    ok: true,
    value: {
      ...base.value,
      ...rest,
      parameters: deepMerge(base.value.parameters, changes),
      derivation: { ...(isObject(base.value.derivation) ? base.value.derivation : {}), ...notes },
    },
  };
}
