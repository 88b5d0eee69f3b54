// Re-planning changes as little as possible (objective level 3): against the previous plan, a case
// keeps its intake day, place and flight unless that costs a departure or a detention night.
import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '../../src/domain/index.ts';
import { DEFAULT_SETTINGS } from '../../src/planning/build-problem.ts';
import { generated, plan } from './helpers.ts';

function changedCases(before: Plan, after: Plan): string[] {
  const key = (p: Plan, id: string) => {
    const d = p.departures.find((x) => x.caseId === id);
    const i = p.intakes.find((x) => x.caseId === id);
    return d ? `${d.flightId}|${i ? `${i.date}|${i.part}|${i.centreId}` : '-'}` : 'none';
  };
  const ids = new Set([...before.departures, ...after.departures].map((d) => d.caseId));
  return [...ids].filter((id) => key(before, id) !== key(after, id));
}

describe('re-planning against a previous plan', () => {
  it('changes nothing when nothing changed', async () => {
    const scenario = generated(5, 'national');
    const first = await plan(scenario);
    const again = await plan(scenario, { settings: { ...DEFAULT_SETTINGS, previous: first.plan } });
    expect(again.violations).toEqual([]);
    expect(again.summary.scheduled).toBe(first.summary.scheduled);
    expect(changedCases(first.plan, again.plan)).toEqual([]);
  });

  it('after a flight is cancelled, moves only the cases it must', async () => {
    const scenario = generated(5, 'national');
    const first = await plan(scenario);
    const counts = new Map<string, number>();
    for (const d of first.plan.departures) counts.set(d.flightId, (counts.get(d.flightId) ?? 0) + 1);
    const [cancelled] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const without: Scenario = { ...scenario, flights: scenario.flights.filter((f) => f.id !== cancelled) };
    const blind = await plan(without);
    const careful = await plan(without, { settings: { ...DEFAULT_SETTINGS, previous: first.plan } });
    expect(careful.violations).toEqual([]);
    // The same departures and nights as planning from scratch: changes come last in the objective.
    expect(careful.summary.scheduled).toBe(blind.summary.scheduled);
    expect(careful.summary.detentionNights).toBe(blind.summary.detentionNights);
    const onCancelled = new Set(
      first.plan.departures.filter((d) => d.flightId === cancelled).map((d) => d.caseId),
    );
    const moved = changedCases(first.plan, careful.plan).filter((id) => !onCancelled.has(id));
    expect(moved.length).toBeLessThanOrEqual(
      changedCases(first.plan, blind.plan).filter((id) => !onCancelled.has(id)).length,
    );
    expect(moved.length).toBeLessThanOrEqual(onCancelled.size + 2);
  });
});
