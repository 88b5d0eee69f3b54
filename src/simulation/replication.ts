/**
 * One replication with the real planner in the loop (issue 5, contract A): the caseload day by day
 * (inflow, timers, hazards of leaving: day.ts), detention intakes and forced departures decided by
 * `planScenario` every `cycleDays` days on the then-current caseload within the scenario's
 * capacities (capacity.ts, cycle-plan.ts), carried out with the disruptions drawn from the seeded
 * stream (detention-steps.ts).
 *
 * Pure but for `now`, which only bounds the planner's time: the same scenario and seed give the same
 * outcome as long as no plan is cut short by its time limit (a cycle's plan takes ~0.2 s against a
 * limit of 2 s). For exact reproducibility pass a frozen clock (`() => 0`): the planner's phases then
 * end by their own criteria, and only the engine's own limit (`timeLimitSeconds`) is wall-clock.
 */
import type { RuleSet } from '../domain/rules.ts';
import type { Engine } from '../../solver/index.ts';
import type { CapacityCalendar } from './capacity.ts';
import { capacityCalendar } from './capacity.ts';
import { synthesiseCase } from './case-synthesis.ts';
import type { CycleSchedule } from './cycle-plan.ts';
import { EMPTY_SCHEDULE, planCycle } from './cycle-plan.ts';
import { admitInflow, applyTimersAndHazards, emptyDayCounters } from './day.ts';
import { carryOut, offerCandidates, profileOf, releaseDetained } from './detention-steps.ts';
import type { SimulationScenario } from './parameters.ts';
import type { Prng } from './prng.ts';
import { createPrng } from './prng.ts';
import type { Caseload } from './state.ts';
import { openingCaseload } from './state.ts';
import { dayStream } from './streams.ts';
import type { Tally } from './tally.ts';
import { createTally, kpisOf, recordDay } from './tally.ts';

export type ReplicationOptions = {
  readonly days: number;
  readonly seed: number | string;
  readonly rules: RuleSet;
  readonly engine: Engine;
  /** clock for planner time limits only */
  readonly now: () => number;
  readonly onDay?: (day: number) => void;
  /** the planner's time limit per cycle, seconds; default 2 */
  readonly timeLimitSeconds?: number;
};

export type ReplicationOutcome = {
  /** KPIS keys */
  readonly kpis: Readonly<Record<string, number>>;
  /** seriesMetrics keys, each `days` long */
  readonly series: Readonly<Record<string, readonly number[]>>;
  readonly plans: { readonly made: number; readonly valid: number; readonly invalid: number };
};

/** One replication with the real planner in the loop. Same scenario + seed => same outcome. */
/** What a replication carries from day to day. */
type Run = {
  readonly scenario: SimulationScenario;
  readonly options: ReplicationOptions;
  readonly caseload: Caseload;
  /** the root stream, from which the days' and the people's streams are keyed (streams.ts) */
  readonly root: Prng;
  readonly calendar: CapacityCalendar;
  readonly tally: Tally;
  /** released at the detention limit: not taken in again in this return procedure */
  readonly released: Set<number>;
  /** how often each person was offered to a plan */
  readonly offers: Map<number, number>;
  readonly plans: { made: number; valid: number; invalid: number };
  schedule: CycleSchedule;
};

export async function runReplication(
  scenario: SimulationScenario,
  options: ReplicationOptions,
): Promise<ReplicationOutcome> {
  const { days } = options;
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`days: expected a positive integer, got ${days}`);
  }
  const root = createPrng(options.seed);
  const run: Run = {
    scenario,
    options,
    caseload: openingCaseload(scenario.parameters, root),
    root,
    calendar: capacityCalendar(scenario.parameters.planner, root.split('capacity').key),
    tally: createTally(),
    released: new Set(),
    offers: new Map(),
    plans: { made: 0, valid: 0, invalid: 0 },
    schedule: EMPTY_SCHEDULE,
  };
  for (let day = 0; day < days; day++) {
    simulateDayWithPlan(run, day);
    if (day % scenario.parameters.planner.cycleDays === 0 && day + 1 < days) await planNext(run, day);
    options.onDay?.(day);
  }
  return { kpis: kpisOf(run.tally, run.caseload.persons.length), series: run.tally.series, plans: run.plans };
}

/** Inflow, timers and hazards (day.ts), releases, the plan's intakes and departures; then the tally. */
function simulateDayWithPlan(run: Run, day: number): void {
  const { caseload, root, tally } = run;
  const params = run.scenario.parameters;
  const { events, exits } = emptyDayCounters();
  const inflow = admitInflow(caseload, day, params, root, events);
  applyTimersAndHazards(caseload, day, params, events, exits);
  releaseDetained(caseload, day, run.options.rules, run.released, tally);
  carryOut(caseload, run.schedule, day, params, dayStream(root, day), exits, tally);
  const arrived = Object.values(inflow).reduce((a, b) => a + b, 0);
  const record = { inflow: arrived, events, outflow: exits.outflow, lpWithdrawn: exits.lpWithdrawn };
  recordDay(tally, record, caseload, run.calendar.day(day));
}

/** The evening's plan on the caseload as it is, within the capacities of the days ahead. */
async function planNext(run: Run, day: number): Promise<void> {
  const params = run.scenario.parameters;
  const { calendar, options } = run;
  const offered = offerCandidates(run.caseload, day, params, run.released, run.offers);
  const cases = offered.map((p) => ({
    personId: p.id,
    kase: synthesiseCase(p, profileOf(p, params), day, calendar.base.entryRequirements),
  }));
  const result = await planCycle({
    calendar,
    planner: params.planner,
    day,
    lastDay: options.days - 1,
    cases,
    previous: run.schedule,
    rules: options.rules,
    engine: options.engine,
    now: options.now,
    timeLimitSeconds: options.timeLimitSeconds ?? 2,
  });
  if (result.cases > 0) {
    run.plans.made += 1;
    if (result.valid) run.plans.valid += 1;
    else run.plans.invalid += 1;
    if (!result.pinsKept) run.tally.totals.replannedCycles = (run.tally.totals.replannedCycles ?? 0) + 1;
  }
  run.schedule = result.schedule;
}
