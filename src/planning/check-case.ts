// The officer's check: for one case, against the residual capacity of a plan, the earliest lawful
// departure and the next alternatives, or what blocks it (issue: officer check).
import type { Explanation, IsoDate } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { Assignment } from '../../solver/index.ts';
import type { PlanningProblem } from './build-problem.ts';
import { explainCase, residualCapacity } from './explain.ts';
import type { OptionDetail } from './options.ts';

export type DepartureOption = {
  flightId: string;
  departure: string;
  destination: string;
  intake: { date: IsoDate; part: string; centreId: string } | null;
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
  const distinct = fitting.filter(
    (f, i) => fitting.findIndex((g) => sameFlight(entry.options[g.k]!, entry.options[f.k]!)) === i,
  );
  const described = distinct.slice(0, top + 1).map(({ k }) => describe(entry.options[k]!));
  const blocked = described.length === 0 ? explainCase(pp, entry, c, residual, rules) : null;
  return {
    caseId,
    planned: chosen === null || chosen === undefined ? null : describe(entry.options[chosen]!),
    earliest: described[0] ?? null,
    alternatives: described.slice(1),
    blocked,
  };
}

function sameFlight(a: OptionDetail, b: OptionDetail): boolean {
  return a.flight.flight.id === b.flight.flight.id;
}

function describe(o: OptionDetail): DepartureOption {
  return {
    flightId: o.flight.flight.id,
    departure: o.flight.flight.departure,
    destination: o.flight.flight.destinationCountry,
    intake: o.intake
      ? { date: o.intake.slot.date, part: o.intake.slot.part, centreId: o.intake.centreId }
      : null,
    escorts: o.escorts,
    detentionNights: o.nights,
  };
}
