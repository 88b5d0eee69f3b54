/**
 * The public surface of the caseload simulation: a pure, seeded core (no clock, randomness or I/O).
 * `runReplication` runs the caseload with the real planner in the loop (contract A); `simulate` is
 * the fast model with a lumped forced-departure capacity, kept for quick checks of the flows.
 */
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
export type { Metric, SeriesMetric } from './metrics.ts';
export { KPIS, seriesMetrics, RESOURCE_LABELS } from './metrics.ts';
export type { ResourceType, CapacityFactors } from './planner-parameters.ts';
export { RESOURCE_TYPES } from './planner-parameters.ts';
export { scaleResource } from './scale-resource.ts';
export type { ReplicationOptions, ReplicationOutcome } from './replication.ts';
export { runReplication } from './replication.ts';
export { calibrationRows } from './calibration-rows.ts';
export type { ResolveScenario } from './scenario-extends.ts';
