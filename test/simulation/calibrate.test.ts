import { describe, expect, it } from 'vitest';
import { calibrationTable, TARGETS_2021 } from '../../src/simulation/calibrate.ts';
import { baselineParameters } from './baseline.ts';

describe('calibration of the 2021 baseline', () => {
  it('puts the mean of 10 simulated years within ±10% of every 2021 figure', () => {
    const rows = calibrationTable(baselineParameters(), { replications: 10, seed: 'calibration-2021' });
    expect(rows.map((r) => r.figure)).toEqual(TARGETS_2021.map((t) => t.figure));
    for (const row of rows) {
      expect(row.ci95[0]).toBeLessThanOrEqual(row.mean);
      expect(row.ci95[1]).toBeGreaterThanOrEqual(row.mean);
      expect({ figure: row.figure, withinTolerance: row.withinTolerance }).toEqual({
        figure: row.figure,
        withinTolerance: true,
      });
    }
  });
});
