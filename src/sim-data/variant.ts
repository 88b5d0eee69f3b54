/**
 * A scenario changed for one run — capacity factors edited by an analyst, or another year's inflow —
 * written to a private temporary file, because the Monte Carlo workers load a scenario by name or
 * file. The file is removed by `cleanup` when the run ends.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceType, SimulationScenario } from '../simulation/index.ts';
import { RESOURCE_TYPES, scaleResource } from '../simulation/index.ts';

export type VariantFile = { readonly file: string; readonly cleanup: () => void };

export function writeScenarioVariant(scenario: SimulationScenario): VariantFile {
  const dir = mkdtempSync(join(tmpdir(), 'rotonde-sim-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario), { mode: 0o600 });
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The scenario with each resource type's capacity multiplied by its factor (scaleResource). */
export function applyFactors(
  scenario: SimulationScenario,
  factors: ReadonlyMap<ResourceType, number>,
): SimulationScenario {
  let out = scenario;
  for (const [resource, factor] of factors) out = scaleResource(out, resource, factor);
  return out;
}

/** Errors for factor keys that are not resource types, each naming its field under `prefix`. */
export function unknownResources(keys: Iterable<string>, prefix: string): string[] {
  const known = new Set<string>(RESOURCE_TYPES);
  return [...keys]
    .filter((k) => !known.has(k))
    .map((k) => `${prefix}.${k}: not a resource type (one of ${RESOURCE_TYPES.join(', ')})`);
}

/**
 * The scenario with a total yearly inflow of `perYear`, split over the sources in the scenario's own
 * proportions (the other years' published figures give the total only). Every other parameter stays.
 */
export function withInflowPerYear(scenario: SimulationScenario, perYear: number): SimulationScenario {
  if (!Number.isFinite(perYear) || perYear < 0) throw new RangeError(`inflow: expected ≥ 0, got ${perYear}`);
  const inflow = scenario.parameters.inflowPerYear;
  const total = Object.values(inflow).reduce((a, b) => a + b, 0);
  const scale = total > 0 ? perYear / total : 0;
  const scaled = Object.fromEntries(
    Object.entries(inflow).map(([source, n]) => [source, n * scale]),
  ) as typeof inflow;
  const notes = Object.fromEntries(
    Object.keys(inflow).map((source) => [
      `inflowPerYear.${source}`,
      `Set for this run: a total inflow of ${perYear} a year, split over the sources as in ${scenario.name}.`,
    ]),
  );
  return {
    ...scenario,
    name: `${scenario.name}, inflow ${perYear}`,
    description: `${scenario.description} Inflow set to ${perYear} a year.`,
    parameters: { ...scenario.parameters, inflowPerYear: scaled },
    derivation: { ...scenario.derivation, ...notes },
  };
}
