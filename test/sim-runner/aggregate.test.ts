import { describe, expect, it } from 'vitest';
import { cumulativeKey, marginalValue, summarise } from '../../src/sim-runner/aggregate.ts';
import { outcome } from './outcomes.ts';

describe('summarise', () => {
  const runs = [outcome([1, 3], 2), outcome([3, 1], 4)];
  const s = summarise({ name: 'x', description: 'd' }, runs, ['forcedDepartures']);

  it('gives each KPI its mean and interval over the replications', () => {
    // departures 4 and 4: no spread; lapses 2 and 4: mean 3, s = √2, s/√2 = 1, t(1) = 12.706
    expect(s.kpis.departures).toEqual({ mean: 4, low: 4, high: 4 });
    expect(s.kpis.dublinLapsed).toEqual({ mean: 3, low: 3 - 12.706, high: 3 + 12.706 });
    expect(s.replications).toEqual(runs.map((r) => r.kpis));
  });

  it('gives each series an interval per day', () => {
    expect(s.series.forcedDepartures?.map((i) => i.mean)).toEqual([2, 2]);
    expect(s.series.forcedDepartures?.[0]).toEqual({ mean: 2, low: 2 - 12.706, high: 2 + 12.706 });
  });

  it('summarises running totals per replication, so their interval is the total’s', () => {
    // running totals 1, 4 and 3, 4: day 2 has no spread although each day does
    const cumulative = s.series[cumulativeKey('forcedDepartures')];
    expect(cumulative?.map((i) => i.mean)).toEqual([2, 4]);
    expect(cumulative?.[1]).toEqual({ mean: 4, low: 4, high: 4 });
  });

  it('refuses outcomes without a KPI the first one had', () => {
    const broken = { ...outcome([1], 1), kpis: { departures: 1 } };
    expect(() => summarise({ name: 'x', description: '' }, [outcome([1], 1), broken])).toThrow(
      /lacks the KPI "dublinLapsed"/,
    );
  });
});

describe('marginalValue', () => {
  it('pairs the replications and divides by the capacity added', () => {
    const base = [outcome([1, 1], 5, 100), outcome([2, 0], 3, 100)];
    const scaled = [outcome([2, 1], 4, 110), outcome([2, 2], 1, 110)];
    const m = marginalValue('police', base, scaled);
    // extra departures 1 and 2 (mean 1.5), avoided lapses 1 and 2 (mean 1.5), 10 units added
    expect(m.addedUnits).toBe(10);
    expect(m.extraDepartures.mean).toBe(1.5);
    expect(m.avoidedLapses.mean).toBe(1.5);
    expect(m.departuresPerUnit).toBeCloseTo(0.15, 12);
    expect(m.lapsesAvoidedPerUnit).toBeCloseTo(0.15, 12);
  });

  it('reports nothing per unit when the scaling added no capacity', () => {
    const m = marginalValue('police', [outcome([1], 1, 0)], [outcome([1], 1, 0)]);
    expect(m).toMatchObject({ addedUnits: 0, departuresPerUnit: 0, lapsesAvoidedPerUnit: 0 });
  });
});
