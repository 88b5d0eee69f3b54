import { describe, expect, it } from 'vitest';
import { listSimScenarios, loadSimScenario } from '../../src/sim-data/scenarios.ts';
import type { ResourceType, SimulationScenario } from '../../src/simulation/index.ts';
import { parseScenario, scaleResource } from '../../src/simulation/index.ts';

const load = (name: string): SimulationScenario => {
  const l = loadSimScenario(name);
  if (!l.ok) throw new Error(l.messages.join('\n'));
  return l.value;
};
const base = load('baseline-2021');
const planner = (s: SimulationScenario) => s.parameters.planner;

describe('simulation scenarios as data', () => {
  it('lists the baseline and the seven shortfalls, and every one parses', () => {
    const names = listSimScenarios().map((s) => s.name);
    for (const n of [
      'baseline-2021',
      'interpreters-minus-20',
      'lawyers-minus-30',
      'escorts-minus-25',
      'rotterdam-closed',
      'test-refusal-50',
      'flights-region-minus-50',
      'inflow-doubled',
    ]) {
      expect(names).toContain(n);
      expect(loadSimScenario(n).ok).toBe(true);
    }
  });

  it('each shortfall changes what it claims and nothing else of the planner', () => {
    const factor = (n: string, r: ResourceType) => planner(load(n)).shortfall[r] / planner(base).shortfall[r];
    expect(factor('interpreters-minus-20', 'interpreters')).toBeCloseTo(0.8);
    expect(factor('lawyers-minus-30', 'lawyers')).toBeCloseTo(0.7);
    expect(factor('escorts-minus-25', 'escorts')).toBeCloseTo(0.75);
    expect(planner(load('rotterdam-closed')).intakeStops.map((s) => s.centreId)).toEqual(['dc-rotterdam']);
    expect(planner(load('test-refusal-50')).testRefusal).toEqual([{ country: 'MA', refusalShare: 0.5 }]);
    expect(planner(load('flights-region-minus-50')).flightCuts[0]?.factor).toBe(0.5);
    const doubled = load('inflow-doubled').parameters.inflowPerYear;
    for (const [source, n] of Object.entries(base.parameters.inflowPerYear)) {
      expect(doubled[source as keyof typeof doubled]).toBe(2 * n);
    }
    expect(load('escorts-minus-25').parameters.hazards).toEqual(base.parameters.hazards);
    expect(planner(load('escorts-minus-25')).capacity).toEqual(planner(base).capacity);
  });

  it('names an unknown scenario, a missing base and an undocumented change clearly', () => {
    const unknown = loadSimScenario('no-such-scenario');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.messages.join()).toMatch(/no scenario "no-such-scenario"/);
    const resolve = (name: string) => (name === 'b' ? { name: 'b' } : undefined);
    expect(parseScenario({ name: 'x', extends: 'missing', parameters: {} }, resolve)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no scenario named "missing"/),
    });
    const raw = {
      name: 'x',
      description: '',
      extends: 'baseline-2021',
      parameters: { familyShare: 0.2 },
      derivation: {},
    };
    const parsed = parseScenario(raw, (n) =>
      n === 'baseline-2021' ? JSON.parse(JSON.stringify(base)) : undefined,
    );
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/familyShare/) });
  });

  it('scaleResource multiplies one factor and keeps a derivation note', () => {
    const more = scaleResource(base, 'flights', 1.1);
    expect(planner(more).shortfall.flights).toBeCloseTo(planner(base).shortfall.flights * 1.1);
    expect(planner(more).shortfall.escorts).toBe(planner(base).shortfall.escorts);
    expect(planner(more).capacity).toEqual(planner(base).capacity);
    expect(more.derivation['planner.shortfall.flights']).toMatch(/×1.1/);
    expect(() => scaleResource(base, 'flights', -1)).toThrow(/factor/);
  });
});
