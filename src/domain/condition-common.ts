// What the four conditions share (domain.md §2): the light of a condition, its evidence and rules,
// and how blockers combine into one light. The entry point is conditions.ts.
import type { IsoDate } from './primitives.ts';

export type Light = 'green' | 'amber' | 'red';
export type ConditionId = 'legally-removable' | 'available' | 'in-detention' | 'travel-document';
export type Evidence = { readonly field: string; readonly value: unknown };

export type Condition = {
  readonly id: ConditionId;
  readonly light: Light;
  readonly message: string;
  readonly evidence: Evidence[];
  readonly ruleIds: string[];
  /** When known: the day the condition can turn green (for red: the earliest day to re-check). */
  readonly greenOn?: IsoDate;
};

/** One thing found for a condition: a blocker (amber/red) with its evidence and rules. */
export type Finding = Omit<Condition, 'id'>;

/** A light, its message and, when known, the day it can turn green. */
export type State = { light: Light; message: string; greenOn?: IsoDate };

const SEVERITY: Record<Light, number> = { green: 0, amber: 1, red: 2 };

/** The worst finding decides the light; `greenOn` only when every blocker has one (the latest). */
export function combine(id: ConditionId, findings: Finding[], green: Finding): Condition {
  if (findings.length === 0) return { id, ...green };
  const light = findings.map((f) => f.light).reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a));
  const dates = findings.map((f) => f.greenOn);
  const greenOn = dates.every((d) => d !== undefined) ? [...dates].sort().at(-1) : undefined;
  return {
    id,
    light,
    message: findings.map((f) => f.message).join(' '),
    evidence: findings.flatMap((f) => f.evidence),
    ruleIds: [...new Set(findings.flatMap((f) => f.ruleIds))],
    ...(greenOn !== undefined ? { greenOn } : {}),
  };
}

/** A condition from a state, leaving out `greenOn` when it is not known. */
export function condition(id: ConditionId, state: State, evidence: Evidence[], ruleIds: string[]): Condition {
  const { greenOn, ...rest } = state;
  return { id, ...rest, evidence, ruleIds, ...(greenOn !== undefined ? { greenOn } : {}) };
}
