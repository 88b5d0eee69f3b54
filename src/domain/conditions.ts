// The four conditions of a forced removal as traffic lights (domain.md §2, §7; planning-rules.md
// rules 12-15): legally removable, available, in detention, travel document. Each light names the case
// fields it rests on and the rules relied on, in words a case manager can act on.
//
// Lights: green = met on the date; amber = not met yet, with a known way to meet it (an intake, an
// assessment, a consent, a document on its way; `greenOn` when a date is known); red = a bar.
// A pending suspensive procedure stays red even with an expected decision date: the outcome may make
// the person not removable at all, so `greenOn` then only says when to re-check, never that it will
// turn green.
import { available } from './condition-available.ts';
import type { Condition } from './condition-common.ts';
import { inDetention } from './condition-detention.ts';
import { travelDocument } from './condition-document.ts';
import { legallyRemovable } from './condition-removable.ts';
import { caseDeadlines } from './deadlines.ts';
import type { CaseDeadlines, Deadline } from './deadlines.ts';
import type { Case } from './case.ts';
import type { EntryRequirement } from './flights.ts';
import type { IsoDate, LocalDateTime } from './primitives.ts';
import type { RuleSet } from './rules.ts';

export type { Condition, ConditionId, Evidence, Light } from './condition-common.ts';

export type ConditionContext = {
  readonly now: LocalDateTime;
  readonly rules: RuleSet;
  /** The scenario's entry requirements; those of the case's destination are checked. */
  readonly entryRequirements?: EntryRequirement[];
};

export type FourConditions = {
  readonly caseId: string;
  readonly on: IsoDate;
  /** Exactly four, in the order legally-removable, available, in-detention, travel-document. */
  readonly conditions: Condition[];
  readonly deadlines: CaseDeadlines;
  readonly mustHappenBy: Deadline;
};

/** The four traffic lights of a case on a date, with its deadlines. */
export function fourConditions(c: Case, on: IsoDate, ctx: ConditionContext): FourConditions {
  const deadlines = caseDeadlines(c, ctx.now, ctx.rules);
  return {
    caseId: c.id,
    on,
    conditions: [
      legallyRemovable(c, ctx.entryRequirements ?? []),
      available(c),
      inDetention(c, on, deadlines, ctx.rules),
      travelDocument(c, on),
    ],
    deadlines,
    mustHappenBy: deadlines.mustHappenBy,
  };
}
