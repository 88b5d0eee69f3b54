import type { SimulationParameters } from './parameters.ts';
import { createPrng } from './prng.ts';
import type { SimulationTotals } from './run.ts';
import { simulate } from './run.ts';
import { compareWithTarget } from './interval.ts';

export type CalibrationTarget = {
  readonly figure: string;
  readonly target: number;
  readonly measure: (t: SimulationTotals) => number;
};

/** The 2021 figures of the seed (domain.md §8), as measured on one simulated year. */
export const TARGETS_2021: readonly CalibrationTarget[] = [
  { figure: 'inflow', target: 13_840, measure: (t) => t.inflow },
  { figure: 'demonstrable departures', target: 3_730, measure: (t) => t.demonstrableDepartures },
  { figure: 'independent departures', target: 2_100, measure: (t) => t.outflow.independent },
  { figure: 'forced departures', target: 1_630, measure: (t) => t.forcedDepartures },
  { figure: 'Dublin transfers', target: 850, measure: (t) => t.outflow.dublinTransfer },
  { figure: 'departed, destination unknown (MOB)', target: 5_600, measure: (t) => t.outflow.mob },
  { figure: 'outflow without departure', target: 3_840, measure: (t) => t.outflowWithoutDeparture },
  { figure: 'caseload at year end', target: 8_770, measure: (t) => t.finalCaseload },
  { figure: 'laissez-passer requests', target: 1_960, measure: (t) => t.lpRequested },
  { figure: 'nationality confirmed', target: 760, measure: (t) => t.lpConfirmed },
  { figure: 'nationality not confirmed', target: 130, measure: (t) => t.lpNotConfirmed },
  { figure: 'laissez-passer withdrawn', target: 720, measure: (t) => t.lpWithdrawn },
];

export type CalibrationRow = {
  readonly figure: string;
  readonly target: number;
  readonly mean: number;
  /** 95% confidence interval of the mean (Student t) */
  readonly low: number;
  readonly high: number;
  /** the same interval as a pair */
  readonly ci95: readonly [number, number];
  /** the mean is within ±tolerance (relative) of the target */
  readonly withinTolerance: boolean;
};

export type CalibrationOptions = {
  readonly replications: number;
  readonly seed: number | string;
  readonly days?: number;
  /** relative tolerance; 0.10 unless given */
  readonly tolerance?: number;
  readonly targets?: readonly CalibrationTarget[];
};

/** Replicates one year (independent streams split from `seed`) and compares each figure with its target. */
export function calibrationTable(
  params: SimulationParameters,
  options: CalibrationOptions,
): CalibrationRow[] {
  const root = createPrng(options.seed);
  const tolerance = options.tolerance ?? 0.1;
  const targets = options.targets ?? TARGETS_2021;
  const runs: SimulationTotals[] = [];
  for (let r = 0; r < options.replications; r++) {
    runs.push(
      simulate(params, { days: options.days ?? 365, seed: root.split(`replication-${r}`).key }).totals,
    );
  }
  return targets.map(({ figure, target, measure }) =>
    compareWithTarget(figure, target, runs.map(measure), tolerance),
  );
}
