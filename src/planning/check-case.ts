// The officer's check: for one case, against the residual capacity of a plan, the earliest lawful
// departure and the next alternatives, or what blocks it (issue: officer check).
import type { Explanation, IsoDate } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { Assignment } from '../../solver/index.ts';
import type { PlanningProblem } from './build-problem.ts';
import { explainCase, residualCapacity } from './explain.ts';
import type { OptionDetail } from './options.ts';

export type DepartureOption = {
  /** The option's key in the solver problem (unique within the case): which decision exactly. */
  key: string;
  flightId: string;
  departure: string;
  destination: string;
  intake: {
    date: IsoDate;
    part: string;
    centreId: string;
    /** Interpreter pool, `language@region` or `language@remote`; null when none is needed. */
    interpreter: string | null;
  } | null;
  escorts: number;
  detentionNights: number;
};

export type CaseCheck = {
  caseId: string;
  /** Whether the plan already schedules the case. */
  planned: DepartureOption | null;
  earliest: DepartureOption | null;
  alternatives: DepartureOption[];
  /** Why the case cannot be fitted into what the plan leaves; null when it can. */
  blocked: Explanation | null;
};

export function checkCase(
  pp: PlanningProblem,
  assignment: Assignment,
  caseId: string,
  rules: RuleSet,
  top = 3,
): CaseCheck | undefined {
  const c = pp.cases.findIndex((e) => e.case.id === caseId);
  const entry = pp.cases[c];
  if (!entry) return undefined;
  const chosen = assignment[c];
  const others = assignment.map((o, i) => (i === c ? null : o));
  const residual = residualCapacity(pp, others);
  const fitting = (pp.problem.candidates[c]?.options ?? [])
    .map((option, k) => ({ option, k }))
    .filter(({ option }) =>
      option.uses.every((u) => u.amount <= 0 || (residual[u.resource] ?? 0) >= u.amount - 1e-9),
    )
    .sort(
      (a, b) =>
        a.option.departureOrder - b.option.departureOrder ||
        b.option.value - b.option.penalty - (a.option.value - a.option.penalty),
    );
  const described = firstPerFlight(entry.options, fitting, top + 1).map((k) =>
    describe(entry.options[k]!, keyOf(pp, c, k)),
  );
  const blocked = described.length === 0 ? explainCase(pp, entry, c, residual, rules) : null;
  return {
    caseId,
    planned:
      chosen === null || chosen === undefined ? null : describe(entry.options[chosen]!, keyOf(pp, c, chosen)),
    earliest: described[0] ?? null,
    alternatives: described.slice(1),
    blocked,
  };
}

/** The first `limit` options (in the given order) on distinct flights, as option indices. */
function firstPerFlight(
  options: readonly OptionDetail[],
  ordered: readonly { k: number }[],
  limit: number,
): number[] {
  const seen = new Set<string>();
  const picked: number[] = [];
  for (const { k } of ordered) {
    const flightId = options[k]!.flight.flight.id;
    if (seen.has(flightId)) continue;
    seen.add(flightId);
    picked.push(k);
    if (picked.length === limit) break;
  }
  return picked;
}

function keyOf(pp: PlanningProblem, c: number, k: number): string {
  return pp.problem.candidates[c]?.options[k]?.key ?? '';
}

function describe(o: OptionDetail, key: string): DepartureOption {
  return {
    key,
    flightId: o.flight.flight.id,
    departure: o.flight.flight.departure,
    destination: o.flight.flight.destinationCountry,
    intake: o.intake
      ? {
          date: o.intake.slot.date,
          part: o.intake.slot.part,
          centreId: o.intake.centreId,
          interpreter: o.intake.interpreterPlace,
        }
      : null,
    escorts: o.escorts,
    detentionNights: o.nights,
  };
}
