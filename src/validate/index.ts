// The validator's public surface.
export { validatePlan, validatePlanFile, checkPlanFile } from './validate-plan.ts';
export type { PlanFileReport } from './validate-plan.ts';
export { checks, allChecks } from './checks.ts';
export type { Violation, Check, CheckContext, RegisteredCheck } from './types.ts';
