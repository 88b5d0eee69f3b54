// Why each case was left out (issue: explanations): (a) a failing condition and when it turns
// green, (b) the resources exhausted on every lawful option, each citing its rule ids.
import type { Explanation } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { Assignment } from '../../solver/index.ts';
import { usage } from '../../solver/index.ts';
import type { CaseEntry, PlanningProblem } from './build-problem.ts';
import { dayWords } from './wording.ts';

const MAX_EXHAUSTED = 6;

export function explainLeftOut(pp: PlanningProblem, assignment: Assignment, rules: RuleSet): Explanation[] {
  const residual = residualCapacity(pp, assignment);
  const out: Explanation[] = [];
  pp.cases.forEach((entry, c) => {
    if (assignment[c] !== null && assignment[c] !== undefined) return;
    out.push(explainCase(pp, entry, c, residual, rules));
  });
  return out;
}

export function residualCapacity(pp: PlanningProblem, assignment: Assignment): number[] {
  const used = usage(pp.problem, assignment);
  return pp.problem.resources.map((r, i) => r.capacity - (used[i] ?? 0));
}

/** Why case `c` is not in an assignment whose residual capacity is `residual`. */
export function explainCase(
  pp: PlanningProblem,
  entry: CaseEntry,
  c: number,
  residual: readonly number[],
  rules: RuleSet,
): Explanation {
  const caseId = entry.case.id;
  const withRules = (
    e: Omit<Explanation, 'reliesOnUnverifiedRule' | 'exhausted'> & Partial<Explanation>,
  ) => ({
    exhausted: [],
    ...e,
    reliesOnUnverifiedRule: e.ruleIds.some((id) => rules.rules.has(id) && !rules.isVerified(id)),
  });
  if (entry.blockers.length > 0) {
    const dated = entry.blockers.map((b) => b.greenOn);
    const greenOn = dated.every((d) => d !== undefined) ? dated.sort().at(-1) : undefined;
    return withRules({
      caseId,
      code: 'condition.not-met',
      message: `Not removable in this window: ${entry.blockers.map((b) => b.message).join('; ')}.`,
      ruleIds: unique(entry.blockers.map((b) => b.ruleId)),
      ...(greenOn ? { greenOn } : {}),
    });
  }
  if (entry.options.length === 0) {
    const reasons = [...entry.rejected.values()];
    return withRules({
      caseId,
      code: 'no-lawful-option',
      message: reasons.length
        ? `No lawful intake and flight in the window: ${reasons.map((r) => r.message).join('; ')}.`
        : 'No lawful intake and flight in the window.',
      ruleIds: unique(reasons.map((r) => r.ruleId)),
    });
  }
  const exhausted = exhaustedResources(pp, c, residual);
  return withRules({
    caseId,
    code: 'capacity.exhausted',
    message: `Had ${entry.options.length} lawful option(s); each needs capacity that others took: ${exhausted
      .map((e) => `${e.resource} (${e.place}, ${dayWords(e.date, e.part)})`)
      .join('; ')}.`,
    ruleIds: unique(exhausted.map((e) => e.ruleId)),
    exhausted: exhausted.map(({ ruleId: _r, ...e }) => e),
  });
}

/** The resources lacking on the case's options, most often lacking first. */
function exhaustedResources(pp: PlanningProblem, c: number, residual: readonly number[]) {
  const count = new Map<number, number>();
  for (const option of pp.problem.candidates[c]?.options ?? []) {
    for (const u of option.uses) {
      if (u.amount > 0 && (residual[u.resource] ?? 0) < u.amount - 1e-9)
        count.set(u.resource, (count.get(u.resource) ?? 0) + 1);
    }
  }
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_EXHAUSTED)
    .map(([r]) => ({ ...pp.meta[r]!, ruleId: pp.problem.resources[r]!.family }));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
