/** The public surface of the caseload simulation: a pure, seeded core (no clock, randomness or I/O). */
export type { CalibrationOptions, CalibrationRow, CalibrationTarget } from './calibrate.ts';
export { calibrationTable, TARGETS_2021 } from './calibrate.ts';
export type { DayRecord, ExitReason } from './day.ts';
export { EXIT_REASONS } from './day.ts';
export type {
  ForcedDepartureCandidate,
  ForcedDepartureInput,
  ForcedDepartureStep,
} from './forced-departure.ts';
export { capacityLimitedStep } from './forced-departure.ts';
export type { ParseResult, SimulationScenario } from './parameters.ts';
export { parseScenario, SimulationParameters } from './parameters.ts';
export type { Prng } from './prng.ts';
export { createPrng } from './prng.ts';
export type { SimulationOptions, SimulationResult, SimulationTotals } from './run.ts';
export { simulate } from './run.ts';
export type {
  PlannerStepOptions,
  PlannerCounters,
  CycleLog,
  PlannerStep,
  PlannerSimulationResult,
} from './planner-step.ts';
export { createPlannerStep, simulateWithPlanner } from './planner-step.ts';
