// A scenario: everything one planning run needs, as one JSON document (docs/scenario-format.md).
import { z } from 'zod';
import { Case } from './case.ts';
import { Availability } from './availability.ts';
import { Carrier, EntryRequirement, Flight } from './flights.ts';
import { Sites } from './sites.ts';
import { PlannedDeparture, PlannedIntake } from './plan.ts';
import { Id, IsoDate, LocalDateTime } from './primitives.ts';
import { checkReferences } from './scenario-references.ts';

export const PlanningWindow = z
  .strictObject({ start: IsoDate, end: IsoDate })
  .refine((w) => w.start <= w.end, { message: '"end" must not be before "start"', path: ['end'] });
export type PlanningWindow = z.infer<typeof PlanningWindow>;

/** Decisions of a published plan that later plans must keep (intakes held, flights booked). */
export const Pinned = z.strictObject({
  intakes: z.array(PlannedIntake).default([]),
  departures: z.array(PlannedDeparture).default([]),
});
export type Pinned = z.infer<typeof Pinned>;

export const Scenario = z
  .strictObject({
    formatVersion: z.literal(1),
    id: Id,
    name: z.string().min(1),
    description: z.string().optional(),
    /** Id of the rule set in data/rules/ (e.g. "nl-2026-07"). */
    rulesVersion: z.string().min(1),
    /** The moment of planning, Amsterdam time: notice periods count from here. */
    now: LocalDateTime,
    window: PlanningWindow,
    sites: Sites,
    carriers: z.array(Carrier),
    entryRequirements: z.array(EntryRequirement).default([]),
    availability: Availability,
    flights: z.array(Flight),
    cases: z.array(Case),
    pinned: Pinned.default({ intakes: [], departures: [] }),
  })
  .superRefine(checkReferences);
export type Scenario = z.infer<typeof Scenario>;
/** The scenario as written in a file, before defaults are filled in. */
export type ScenarioInput = z.input<typeof Scenario>;
