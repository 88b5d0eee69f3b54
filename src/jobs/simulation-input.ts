// From an analyst's request to the Monte Carlo runner's input. The scenario is one of the named
// scenarios in data/scenarios/sim (never a path from the request). Capacity factors edited in the UI
// are applied with scaleResource; the runner takes a scenario by name or file, so a scaled scenario
// is written to a private temporary file that is removed when the job ends.
import { listSimScenarios, loadSimScenario } from '../sim-data/scenarios.ts';
import { applyFactors, unknownResources, writeScenarioVariant } from '../sim-data/variant.ts';
import type { MonteCarloInput } from '../sim-runner/index.ts';
import type { ResourceType, SimulationScenario } from '../simulation/index.ts';

export type SimulationRequest = {
  readonly scenario: string;
  readonly days: number;
  readonly replications: number;
  readonly seed: number | string;
  /** Resource type → capacity factor (1 = as in the scenario). */
  readonly factors: Readonly<Record<string, number>>;
  /** Whether to compute the marginal value of each resource (+10% each, on shorter runs). */
  readonly marginal: boolean;
  /** The scenario compared against; null: none. */
  readonly baseline: string | null;
};

export type PreparedSimulation =
  { ok: true; input: MonteCarloInput; cleanup: () => void } | { ok: false; messages: string[] };

/** Marginal-value runs are shorter than the main run: at most this many days and replications. */
export const MARGINAL_LIMITS = { days: 90, replications: 5 } as const;

export function prepareSimulation(request: SimulationRequest): PreparedSimulation {
  const names = new Set(listSimScenarios().map((s) => s.name));
  const messages = [
    ...(names.has(request.scenario) ? [] : [`scenario: no simulation scenario "${request.scenario}"`]),
    ...(request.baseline === null || names.has(request.baseline)
      ? []
      : [`baseline: no simulation scenario "${request.baseline}"`]),
    ...factorErrors(request.factors),
  ];
  if (messages.length > 0) return { ok: false, messages };
  const input = {
    scenario: request.scenario,
    days: request.days,
    replications: request.replications,
    seed: request.seed,
    baseline: request.baseline,
    marginal: request.marginal
      ? {
          days: Math.min(request.days, MARGINAL_LIMITS.days),
          replications: Math.min(request.replications, MARGINAL_LIMITS.replications),
        }
      : null,
  };
  const scaled = Object.entries(request.factors).filter(([, f]) => f !== 1);
  if (scaled.length === 0) return { ok: true, input, cleanup: () => undefined };
  const loaded = loadSimScenario(request.scenario);
  if (!loaded.ok) return { ok: false, messages: loaded.messages.map((m) => `scenario: ${m}`) };
  const scenario = describeFactors(
    applyFactors(loaded.value, new Map(scaled as [ResourceType, number][])),
    scaled,
  );
  const { file, cleanup } = writeScenarioVariant(scenario);
  return { ok: true, input: { ...input, scenario: file }, cleanup };
}

/** The scenario's description with the factors applied, so the report says what was changed. */
function describeFactors(
  scenario: SimulationScenario,
  factors: readonly [string, number][],
): SimulationScenario {
  const { description } = scenario as { description?: unknown };
  if (typeof description !== 'string') return scenario;
  const changes = factors.map(([r, f]) => `${r} ×${f}`).join(', ');
  return { ...scenario, description: `${description} Capacity factors: ${changes}.` };
}

function factorErrors(factors: Readonly<Record<string, number>>): string[] {
  return unknownResources(Object.keys(factors), 'factors');
}
