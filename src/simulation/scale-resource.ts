import type { SimulationScenario } from './parameters.ts';
import type { ResourceType } from './planner-parameters.ts';

/** The scenario with one resource type's capacity multiplied by `factor` (the marginal value: 1.1). */
export function scaleResource(
  scenario: SimulationScenario,
  resource: ResourceType,
  factor: number,
): SimulationScenario {
  if (!Number.isFinite(factor) || factor < 0) throw new RangeError(`factor: expected ≥ 0, got ${factor}`);
  const planner = scenario.parameters.planner;
  const scaled = planner.shortfall[resource] * factor;
  return {
    ...scenario,
    name: `${scenario.name} (${resource} ×${factor})`,
    parameters: {
      ...scenario.parameters,
      planner: { ...planner, shortfall: { ...planner.shortfall, [resource]: scaled } },
    },
    derivation: {
      ...scenario.derivation,
      [`planner.shortfall.${resource}`]: `${scenario.derivation[`planner.shortfall.${resource}`] ?? ''} Scaled ×${factor}.`,
    },
  };
}
