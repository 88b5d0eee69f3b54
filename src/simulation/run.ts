import type { DayRecord, ExitReason } from './day.ts';
import { EXIT_REASONS, simulateDay } from './day.ts';
import type { ForcedDepartureStep } from './forced-departure.ts';
import { capacityLimitedStep } from './forced-departure.ts';
import type { SimulationParameters } from './parameters.ts';
import { createPrng } from './prng.ts';
import type { BySource } from './state.ts';
import { openingCaseload, zeroBySource } from './state.ts';

export type SimulationOptions = {
  readonly days: number;
  readonly seed: number | string;
  /** who departs by force each day; defaults to the capacity-limited step */
  readonly forced?: ForcedDepartureStep;
};

/** Sums over the simulated period, in the terms of the 2021 figures (domain.md §8). */
export type SimulationTotals = {
  readonly initialCaseload: number;
  readonly initialCaseloadBySource: BySource;
  readonly inflow: number;
  readonly inflowBySource: BySource;
  readonly outflow: Readonly<Record<ExitReason, number>>;
  /** independent + forced national returns + Dublin transfers */
  readonly demonstrableDepartures: number;
  /** forced national returns + Dublin transfers */
  readonly forcedDepartures: number;
  /** asylum application + residence permit + other */
  readonly outflowWithoutDeparture: number;
  readonly finalCaseload: number;
  readonly dublinLapsed: number;
  readonly lpRequested: number;
  readonly lpConfirmed: number;
  readonly lpNotConfirmed: number;
  readonly lpWithdrawn: number;
};

export type SimulationResult = {
  readonly daily: readonly DayRecord[];
  readonly totals: SimulationTotals;
};

/** Runs the caseload day by day. Pure: the same parameters, seed and step give the same result. */
export function simulate(params: SimulationParameters, options: SimulationOptions): SimulationResult {
  const root = createPrng(options.seed);
  const caseload = openingCaseload(params, root);
  const initialCaseloadBySource = zeroBySource();
  for (const p of caseload.persons) initialCaseloadBySource[p.source] += 1;
  const forced = options.forced ?? capacityLimitedStep;
  const daily: DayRecord[] = [];
  for (let day = 0; day < options.days; day++) daily.push(simulateDay(caseload, day, params, root, forced));
  return { daily, totals: summarise(daily, caseload.persons.length, initialCaseloadBySource) };
}

function summarise(daily: readonly DayRecord[], finalCaseload: number, initial: BySource): SimulationTotals {
  const inflowBySource = zeroBySource();
  const outflow = Object.fromEntries(EXIT_REASONS.map((r) => [r, 0])) as Record<ExitReason, number>;
  const sum = { dublinLapsed: 0, lpRequested: 0, lpConfirmed: 0, lpNotConfirmed: 0, lpWithdrawn: 0 };
  for (const d of daily) {
    for (const s of Object.keys(inflowBySource) as (keyof BySource)[]) inflowBySource[s] += d.inflow[s];
    for (const r of EXIT_REASONS) outflow[r] += d.outflow[r];
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += d[k];
  }
  const forcedDepartures = outflow.forced + outflow.dublinTransfer;
  return {
    initialCaseload: Object.values(initial).reduce((a, b) => a + b, 0),
    initialCaseloadBySource: initial,
    inflow: Object.values(inflowBySource).reduce((a, b) => a + b, 0),
    inflowBySource,
    outflow,
    forcedDepartures,
    demonstrableDepartures: forcedDepartures + outflow.independent,
    outflowWithoutDeparture: outflow.asylum + outflow.permit + outflow.other,
    finalCaseload,
    ...sum,
  };
}
