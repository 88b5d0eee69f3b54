/**
 * Forced departures decided by the real planner on a planning cycle (issue 5).
 *
 * Every `cycleDays` days the step builds a planning Scenario from the candidates the day loop offered
 * (scenario-from-state.ts), has `planScenario` plan it with the engine passed in, re-checks the plan
 * with the independent validator, and then, on each day of the cycle, returns the candidates whose
 * planned flight falls on that day.
 *
 * Timing. `ForcedDepartureStep.decide` is synchronous and the planner is not (the engine solves
 * asynchronously), so the plan cannot be made inside `decide`. It is made between days instead:
 * `decide` on day d records the candidates offered, and after a cycle's last day the async
 * `simulateWithPlanner` driver below awaits `prepare(d)`, which plans days d+1 … d+cycleDays from
 * them (less whom the step sent away on day d). The plan is thus made in the evening on the state
 * of that day — the first cycle starts on day 1, so day 0 has no forced departures. Plain `simulate`
 * never calls `prepare`; with it the step sends no one (and counts each missed cycle).
 *
 * Template window day j maps to simulation day d+1+j; plans beyond the cycle are dropped (the next
 * cycle replans from the then-current state: a rolling horizon).
 *
 * Capacity: the planner decides, within the template's capacities (flights, escorts, detention places,
 * intake parties). The day loop's `capacity` is kept as an upper bound: the day's planned departures,
 * most urgent first, are cut to it, and the cut ones are counted (`cutByCapacity`).
 *
 * If a plan is not valid (planScenario says so, or `validatePlan` finds a violation), no one departs
 * in that cycle and the cycle is counted in `plansInvalid`.
 */
import type { RuleSet } from '../domain/rules.ts';
import type { ScenarioSize } from '../generate/index.ts';
import { planScenario } from '../planning/plan-scenario.ts';
import { validatePlan } from '../validate/index.ts';
import type { Engine } from '../../solver/index.ts';
import { simulateDay, type DayRecord } from './day.ts';
import type {
  ForcedDepartureCandidate,
  ForcedDepartureInput,
  ForcedDepartureStep,
} from './forced-departure.ts';
import { compareUrgency } from './forced-departure.ts';
import type { SimulationParameters } from './parameters.ts';
import { createPrng } from './prng.ts';
import type { CapacityFactors, PlanningTemplate } from './scenario-from-state.ts';
import { daysBetween, planningTemplate, scenarioFromState } from './scenario-from-state.ts';
import { openingCaseload } from './state.ts';

export type PlannerStepOptions = {
  readonly engine: Engine;
  readonly rules: RuleSet;
  /** a clock in milliseconds, for the planner's time limit only (the outcome does not depend on it
   * as long as the engine proves optimality within the limit) */
  readonly now: () => number;
  /** planning cycle: 3 or 4 days gives about two plans a week */
  readonly cycleDays: number;
  /** seeds the capacity templates */
  readonly seed: number;
  readonly capacityFactors?: CapacityFactors;
  /** size of the generated template; default `national` (150 cases, 14 days) */
  readonly templateSize?: ScenarioSize;
  /** distinct templates used in turn (cycle k uses template k mod n); default 4 */
  readonly templates?: number;
  /** the planner's time limit per cycle; default 1 s */
  readonly timeLimitSeconds?: number;
};

export type PlannerCounters = {
  plansMade: number;
  plansValid: number;
  plansInvalid: number;
  /** cycle days on which no plan had been prepared (the step was run without the async driver) */
  cyclesMissed: number;
  /** candidates offered to the planner, summed over cycles */
  candidatesOffered: number;
  /** candidates without a template case of their kind, summed over cycles */
  candidatesUnmapped: number;
  /** departures the valid plans put within their cycle */
  departuresPlanned: number;
  /** ids returned to the day loop */
  departuresReturned: number;
  /** planned departures dropped by the day loop's capacity, or no longer candidates on the day */
  cutByCapacity: number;
  notCandidateOnDay: number;
  /** milliseconds spent planning (by the clock passed in) */
  planMs: number;
};

/** What one cycle's plan was, for checks. */
export type CycleLog = {
  readonly day: number;
  readonly cases: number;
  readonly valid: boolean;
  readonly violations: number;
  readonly planned: number;
  readonly status: string;
};

export type PlannerStep = ForcedDepartureStep & {
  readonly counters: PlannerCounters;
  readonly cycles: readonly CycleLog[];
  /** Whether a plan is due after `day` (the day loop's last day of a cycle, or day 0). */
  isPlanningDay(day: number): boolean;
  /** Plans the days after `day` from the candidates offered on `day`. */
  prepare(day: number): Promise<void>;
};

export function createPlannerStep(options: PlannerStepOptions): PlannerStep {
  const { engine, rules, now, cycleDays, seed } = options;
  if (!Number.isInteger(cycleDays) || cycleDays < 1) throw new Error(`cycleDays must be a positive integer`);
  const size = options.templateSize ?? 'national';
  const templateCount = Math.max(1, options.templates ?? 4);
  const timeLimitSeconds = options.timeLimitSeconds ?? 1;
  const templates = new Map<number, PlanningTemplate>();
  const template = (k: number): PlanningTemplate => {
    const i = k % templateCount;
    let t = templates.get(i);
    if (!t) {
      t = planningTemplate(size, seed + i, rules, options.capacityFactors);
      templates.set(i, t);
    }
    return t;
  };

  const counters: PlannerCounters = {
    plansMade: 0,
    plansValid: 0,
    plansInvalid: 0,
    cyclesMissed: 0,
    candidatesOffered: 0,
    candidatesUnmapped: 0,
    departuresPlanned: 0,
    departuresReturned: 0,
    cutByCapacity: 0,
    notCandidateOnDay: 0,
    planMs: 0,
  };
  const cycles: CycleLog[] = [];
  /** simulation day → planned person ids */
  let schedule = new Map<number, number[]>();
  /** the cycle that `schedule` covers: its first day */
  let plannedFrom = -1;
  let lastOffered: { day: number; candidates: readonly ForcedDepartureCandidate[]; sent: Set<number> } = {
    day: -1,
    candidates: [],
    sent: new Set(),
  };

  const isPlanningDay = (day: number): boolean => day >= 0 && day % cycleDays === 0;

  async function prepare(day: number): Promise<void> {
    const first = day + 1;
    schedule = new Map();
    plannedFrom = first;
    const candidates =
      lastOffered.day === day ? lastOffered.candidates.filter((c) => !lastOffered.sent.has(c.id)) : [];
    const cycle = Math.floor(day / cycleDays);
    const { scenario, candidateOf, unmapped } = scenarioFromState(template(cycle), candidates, cycle);
    counters.candidatesOffered += candidates.length;
    counters.candidatesUnmapped += unmapped;
    if (scenario.cases.length === 0) return;
    const started = now();
    const outcome = await planScenario(scenario, rules, { engine, timeLimitSeconds, now });
    const violations = validatePlan(scenario, outcome.plan, rules);
    counters.planMs += now() - started;
    counters.plansMade += 1;
    const valid = outcome.valid && violations.length === 0;
    let planned = 0;
    if (valid) {
      counters.plansValid += 1;
      const flightDate = new Map(scenario.flights.map((f) => [f.id, f.departure.slice(0, 10)]));
      for (const d of outcome.plan.departures) {
        const date = flightDate.get(d.flightId);
        const person = candidateOf.get(d.caseId);
        if (date === undefined || person === undefined) continue;
        const offset = daysBetween(scenario.window.start, date);
        if (offset < 0 || offset >= cycleDays) continue;
        const simDay = first + offset;
        schedule.set(simDay, [...(schedule.get(simDay) ?? []), person]);
        planned += 1;
      }
      counters.departuresPlanned += planned;
    } else counters.plansInvalid += 1;
    cycles.push({
      day,
      cases: scenario.cases.length,
      valid,
      violations: violations.length + outcome.violations.length,
      planned,
      status: outcome.summary.status,
    });
  }

  function decide({ day, capacity, candidates }: ForcedDepartureInput): readonly number[] {
    const sent = new Set<number>();
    lastOffered = { day, candidates, sent };
    const inCycle = plannedFrom >= 0 && day >= plannedFrom && day < plannedFrom + cycleDays;
    if (!inCycle) {
      // A day after a planning day that the driver did not plan for (plain `simulate`).
      if (day > 0 && isPlanningDay(day - 1)) counters.cyclesMissed += 1;
      return [];
    }
    const wanted = new Set(schedule.get(day) ?? []);
    if (wanted.size === 0) return [];
    const today = candidates.filter((c) => wanted.has(c.id)).sort(compareUrgency);
    counters.notCandidateOnDay += wanted.size - today.length;
    const chosen = today.slice(0, Math.max(0, capacity)).map((c) => c.id);
    counters.cutByCapacity += today.length - chosen.length;
    counters.departuresReturned += chosen.length;
    for (const id of chosen) sent.add(id);
    return chosen;
  }

  return {
    name: `planner every ${cycleDays} days (${engine.name})`,
    counters,
    cycles,
    isPlanningDay,
    prepare,
    decide,
  };
}

export type PlannerSimulationResult = {
  readonly daily: readonly DayRecord[];
  readonly forcedDepartures: number;
  readonly finalCaseload: number;
};

/**
 * The day loop of `simulate` (same random streams: the same seed gives the same days for a step that
 * ignores `prepare`), awaiting the planner between days. Totals beyond forced departures and the
 * final caseload are left to the caller: `simulate`'s summary is internal to run.ts.
 */
export async function simulateWithPlanner(
  params: SimulationParameters,
  options: { readonly days: number; readonly seed: number | string; readonly step: PlannerStep },
): Promise<PlannerSimulationResult> {
  const root = createPrng(options.seed);
  const caseload = openingCaseload(params, root.split('opening'));
  const rng = root.split('days');
  const daily: DayRecord[] = [];
  for (let day = 0; day < options.days; day++) {
    daily.push(simulateDay(caseload, day, params, rng, options.step));
    if (options.step.isPlanningDay(day) && day + 1 < options.days) await options.step.prepare(day);
  }
  const forcedDepartures = daily.reduce((n, d) => n + d.outflow.forced + d.outflow.dublinTransfer, 0);
  return { daily, forcedDepartures, finalCaseload: caseload.persons.length };
}
