import { describe, expect, it } from 'vitest';
import { EXIT_REASONS } from '../../src/simulation/day.ts';
import type { ForcedDepartureStep } from '../../src/simulation/forced-departure.ts';
import { SOURCES } from '../../src/simulation/parameters.ts';
import { simulate } from '../../src/simulation/run.ts';
import { baselineParameters } from './baseline.ts';

const params = baselineParameters();

describe('simulate', () => {
  it('gives an identical result for the same seed', () => {
    expect(simulate(params, { days: 60, seed: 11 })).toEqual(simulate(params, { days: 60, seed: 11 }));
  });

  it('gives different results for different seeds', () => {
    const a = simulate(params, { days: 60, seed: 11 }).totals;
    const b = simulate(params, { days: 60, seed: 12 }).totals;
    expect(a).not.toEqual(b);
  });

  it('conserves people every day, by source: opening + in = out + still in the caseload', () => {
    const { daily, totals } = simulate(params, { days: 365, seed: 'conservation' });
    const stock = { ...totals.initialCaseloadBySource };
    for (const d of daily) {
      const outTotal = EXIT_REASONS.reduce((s, r) => s + d.outflow[r], 0);
      expect(outTotal).toBe(SOURCES.reduce((s, src) => s + d.outflowBySource[src], 0));
      for (const src of SOURCES) {
        stock[src] += d.inflow[src] - d.outflowBySource[src];
        expect(d.caseloadBySource[src]).toBe(stock[src]);
      }
      expect(d.caseload).toBe(SOURCES.reduce((s, src) => s + d.caseloadBySource[src], 0));
    }
    const out = EXIT_REASONS.reduce((s, r) => s + totals.outflow[r], 0);
    expect(totals.initialCaseload + totals.inflow).toBe(out + totals.finalCaseload);
  });

  it('never counts a negative number', () => {
    const { daily } = simulate(params, { days: 365, seed: 'signs' });
    for (const d of daily) {
      const counts = [
        ...Object.values(d.inflow),
        ...Object.values(d.outflow),
        ...Object.values(d.outflowBySource),
        ...Object.values(d.caseloadBySource),
        d.caseload,
        d.dublinCaseload,
        d.forcedCapacity,
        d.dublinLapsed,
        d.lpRequested,
        d.lpConfirmed,
        d.lpNotConfirmed,
        d.lpWithdrawn,
      ];
      expect(counts.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
      expect(d.dublinCaseload).toBeLessThanOrEqual(d.caseload);
    }
  });

  it('departs by force only candidates, at most the day’s capacity', () => {
    const greedy: ForcedDepartureStep = {
      name: 'asks for everyone and strangers',
      decide: ({ candidates }) => [-1, ...candidates.map((c) => c.id), ...candidates.map((c) => c.id)],
    };
    const { daily } = simulate(params, { days: 90, seed: 5, forced: greedy });
    for (const d of daily) {
      expect(d.outflow.forced + d.outflow.dublinTransfer).toBeLessThanOrEqual(d.forcedCapacity);
    }
  });

  it('departs nobody by force when the step picks nobody', () => {
    const none: ForcedDepartureStep = { name: 'none', decide: () => [] };
    const { totals } = simulate(params, { days: 90, seed: 5, forced: none });
    expect(totals.forcedDepartures).toBe(0);
  });
});
