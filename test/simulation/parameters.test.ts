import { describe, expect, it } from 'vitest';
import { leafPaths, parseScenario } from '../../src/simulation/parameters.ts';
import { readBaselineJson } from './baseline.ts';

type Json = { parameters: Record<string, unknown>; derivation: Record<string, string> };
const baseline = (): Json => structuredClone(readBaselineJson()) as Json;

describe('simulation scenario', () => {
  it('accepts the 2021 baseline, with a derivation note for every parameter', () => {
    const parsed = parseScenario(baseline());
    expect(parsed.ok).toBe(true);
    const json = baseline();
    expect(Object.keys(json.derivation).sort()).toEqual(leafPaths(json.parameters).sort());
  });

  it('rejects a parameter without a derivation note', () => {
    const json = baseline();
    delete json.derivation['forcedCapacityPerDay'];
    const parsed = parseScenario(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('forcedCapacityPerDay');
  });

  it('rejects a share outside [0, 1]', () => {
    const json = baseline();
    json.parameters['familyShare'] = 1.5;
    expect(parseScenario(json).ok).toBe(false);
  });

  it('rejects nationality shares that do not sum to 1', () => {
    const json = baseline();
    const groups = json.parameters['nationalities'] as { share: number }[];
    groups[0]!.share += 0.1;
    expect(parseScenario(json)).toMatchObject({ ok: false, error: expect.stringContaining('sum') });
  });
});
