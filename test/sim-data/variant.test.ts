import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSimScenario } from '../../src/sim-data/scenarios.ts';
import { unknownResources, withInflowPerYear, writeScenarioVariant } from '../../src/sim-data/variant.ts';

const baseline = () => {
  const loaded = loadSimScenario('baseline-2021');
  if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
  return loaded.value;
};

describe('scenario variants', () => {
  it('sets the total inflow and keeps the split over the sources', () => {
    const base = baseline();
    const changed = withInflowPerYear(base, 20_000);
    const inflow = changed.parameters.inflowPerYear;
    expect(Object.values(inflow).reduce((a, b) => a + b, 0)).toBeCloseTo(20_000, 6);
    const share = (s: typeof inflow) => s.ind / (s.ind + s.police + s.kmar + s.other);
    expect(share(inflow)).toBeCloseTo(share(base.parameters.inflowPerYear), 12);
    expect(changed.parameters.hazards).toEqual(base.parameters.hazards);
    expect(changed.derivation['inflowPerYear.ind']).toContain('20000');
  });

  it('refuses a negative inflow', () => {
    expect(() => withInflowPerYear(baseline(), -1)).toThrow(/inflow/);
  });

  it('writes a variant the loader reads back, and removes it on cleanup', () => {
    const variant = withInflowPerYear(baseline(), 9_000);
    const { file, cleanup } = writeScenarioVariant(variant);
    const loaded = loadSimScenario(file);
    expect(loaded.ok && loaded.value.parameters.inflowPerYear).toEqual(variant.parameters.inflowPerYear);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ name: 'baseline-2021, inflow 9000' });
    cleanup();
    expect(existsSync(file)).toBe(false);
  });

  it('names every unknown resource type under its field', () => {
    expect(unknownResources(['lawyers', 'unicorns'], 'factors')).toEqual([
      expect.stringMatching(/^factors\.unicorns: not a resource type \(one of .*lawyers/),
    ]);
  });
});
