// The engines' public surface: two adapters and the checker that re-verifies whatever they return.
export { createHighsEngine } from './highs.ts';
export type { HighsInput } from './highs.ts';
export { createJsLpEngine } from './js-lp.ts';
export type { JsLpLimits } from './js-lp.ts';
export { checkSolution } from './check-solution.ts';
export type { SolutionCheck } from './check-solution.ts';
