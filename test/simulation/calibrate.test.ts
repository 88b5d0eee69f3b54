import { describe, expect, it } from 'vitest';
import { calibrationTable, TARGETS_2021 } from '../../src/simulation/calibrate.ts';
import { calibrationRows, KPI_TARGETS_2021 } from '../../src/simulation/calibration-rows.ts';
import type { ReplicationOutcome } from '../../src/simulation/index.ts';
import { baselineParameters } from './baseline.ts';

/**
 * The flows the planner does not decide (inflow, absconding, independent departure, outflow without
 * departure, laissez-passer requests) are the same in the fast model with a lumped forced-departure
 * capacity. The figures that depend on forced departures are calibrated with the planner in the loop
 * (runReplication, reported by `rotonde simulate calibrate`), which is too slow for a unit test.
 */
const NOT_DECIDED_BY_THE_PLANNER = [
  'inflow',
  'independent departures',
  'departed, destination unknown (MOB)',
  'outflow without departure',
  'laissez-passer requests',
  'nationality confirmed',
  'nationality not confirmed',
];

describe('calibration of the 2021 baseline', () => {
  it('puts the mean of 3 fast-model years within ±10% of the 2021 figures the planner does not decide', () => {
    const rows = calibrationTable(baselineParameters(), { replications: 3, seed: 'calibration-2021' });
    expect(rows.map((r) => r.figure)).toEqual(TARGETS_2021.map((t) => t.figure));
    for (const row of rows) {
      expect(row.low).toBeLessThanOrEqual(row.mean);
      expect(row.high).toBeGreaterThanOrEqual(row.mean);
      if (!NOT_DECIDED_BY_THE_PLANNER.includes(row.figure)) continue;
      expect({ figure: row.figure, withinTolerance: row.withinTolerance }).toEqual({
        figure: row.figure,
        withinTolerance: true,
      });
    }
  });

  it('calibrationRows compares replication KPIs with the targets, with a Student t interval', () => {
    const outcome = (scale: number): ReplicationOutcome => ({
      kpis: Object.fromEntries(KPI_TARGETS_2021.map((t) => [t.kpi, t.target * scale])),
      series: {},
      plans: { made: 0, valid: 0, invalid: 0 },
    });
    const rows = calibrationRows([outcome(0.95), outcome(1.05)], 0.1);
    expect(rows).toHaveLength(12);
    const inflow = rows.find((r) => r.figure === 'inflow');
    expect(inflow?.mean).toBeCloseTo(13_840);
    // n = 2: t(0.975, 1) = 12.706; s = 0.05 × 13,840 × √2; half-width = 12.706 × s / √2
    expect((inflow?.high ?? 0) - 13_840).toBeCloseTo(12.706 * 0.05 * 13_840, 3);
    expect(rows.every((r) => r.withinTolerance)).toBe(true);
    expect(calibrationRows([outcome(1.2)], 0.1).every((r) => !r.withinTolerance)).toBe(true);
    expect(() => calibrationRows([], 0.1)).toThrow(/outcomes/);
  });
});
