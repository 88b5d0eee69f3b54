// The solver's only public surface.
export type { Milp, Variable, Row, Term, Engine, EngineOptions, EngineResult, EngineStatus } from './milp.ts';
export type {
  Resource,
  Use,
  Option,
  Candidate,
  Problem,
  Assignment,
  SolveResult,
  SolveStatus,
} from './problem.ts';
export { usage, objectiveOf, assignmentViolations } from './assignment.ts';
export { greedy, bestFittingOption } from './greedy.ts';
export { buildPatternModel, type PatternModel } from './model.ts';
export { splitIndependentParts } from './components.ts';
export { solve, type SolveOptions } from './solve.ts';
export {
  createHighsEngine,
  createJsLpEngine,
  checkSolution,
  type JsLpLimits,
  type SolutionCheck,
} from './engines/index.ts';
export { toCplexLp } from './lp-format.ts';
