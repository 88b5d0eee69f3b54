// The runner's dependencies over the fake model (fake-replication.ts).
import type { SimulationDeps } from '../../src/sim-runner/run-monte-carlo.ts';
import type { SimulationScenario } from '../../src/simulation/index.ts';
import type { FakeScenario } from './fake-replication.ts';

const RESOURCES = ['police', 'lawyers'];

export function fakeDeps(scenarios: Record<string, FakeScenario>): SimulationDeps {
  const asFake = (s: SimulationScenario) => s as unknown as FakeScenario;
  return {
    loadScenario: (name) => {
      const s = scenarios[name];
      return s
        ? { ok: true, value: s as unknown as SimulationScenario }
        : { ok: false, messages: [`unknown scenario "${name}"`] };
    },
    describe: (s) => ({ name: asFake(s).name, description: asFake(s).description }),
    scaleResource: (s, resource, factor) => {
      const f = asFake(s);
      const capacity = { ...f.capacity, [resource]: (f.capacity[resource] ?? 0) * factor };
      return { ...f, capacity } as unknown as SimulationScenario;
    },
    resourceTypes: RESOURCES,
    kpiMetrics: [
      { key: 'departures', label: { en: 'Departures', nl: 'Vertrekken' }, unit: 'people', better: 'higher' },
      {
        key: 'dublinLapsed',
        label: { en: 'Dublin lapsed', nl: 'Dublin verlopen' },
        unit: 'people',
        better: 'lower',
      },
      { key: 'finalCaseload', label: { en: 'Caseload', nl: 'Caseload' }, unit: 'people', better: 'neutral' },
    ],
    seriesMetrics: () => [
      {
        key: 'caseload',
        label: { en: 'Caseload', nl: 'Caseload' },
        unit: 'people',
        better: 'neutral',
        group: 'caseload',
      },
      {
        key: 'forcedDepartures',
        label: { en: 'Forced departures', nl: 'Gedwongen vertrek' },
        unit: 'people',
        better: 'higher',
        group: 'departures',
      },
      {
        key: 'dublinLapsed',
        label: { en: 'Dublin lapsed', nl: 'Dublin verlopen' },
        unit: 'people',
        better: 'lower',
        group: 'lapses',
      },
    ],
    replicationSeeds: (seed, count) => Array.from({ length: count }, (_, r) => `${seed}/replication-${r}`),
    rulesVersion: () => 'nl-2026-07',
    replicationModule: new URL('./fake-replication.ts', import.meta.url).href,
    clock: () => new Date('2026-11-30T02:00:00Z'),
  };
}
