// What the case view reads from the API, parsed at the boundary (zod, loose: fields the view does
// not use may come and go), and the pure view-model helpers: days left, light words, deadline rows.
import { z } from 'zod';

export const Light = z.enum(['green', 'amber', 'red']);
export type Light = z.infer<typeof Light>;

const Condition = z.object({
  id: z.string(),
  light: Light,
  message: z.string(),
  evidence: z.array(z.object({ field: z.string(), value: z.unknown() })),
  ruleIds: z.array(z.string()),
  greenOn: z.string().optional(),
});
export type Condition = z.infer<typeof Condition>;

const Deadline = z.object({
  date: z.string().nullable(),
  ruleIds: z.array(z.string()),
  verified: z.boolean(),
  explanation: z.string(),
});
export type Deadline = z.infer<typeof Deadline>;

const DepartureOption = z.object({
  flightId: z.string(),
  departure: z.string(),
  destination: z.string(),
  intake: z.object({ date: z.string(), part: z.string(), centreId: z.string() }).nullable(),
  escorts: z.number(),
  detentionNights: z.number(),
});
export type DepartureOption = z.infer<typeof DepartureOption>;

const Explanation = z.object({
  code: z.string(),
  message: z.string(),
  ruleIds: z.array(z.string()),
  reliesOnUnverifiedRule: z.boolean().optional(),
  greenOn: z.string().optional(),
  exhausted: z
    .array(
      z.object({ resource: z.string(), place: z.string(), date: z.string(), part: z.string().optional() }),
    )
    .optional(),
  unblockedBy: z.string().optional(),
});
export type Explanation = z.infer<typeof Explanation>;

export const Feasibility = z.object({
  scenarioId: z.string(),
  caseId: z.string(),
  date: z.string(),
  publishedVersion: z.number(),
  conditions: z.array(Condition),
  deadlines: z.object({
    transfer: Deadline,
    detentionStart: z.string(),
    detained: z.boolean(),
    detentionLimit: Deadline,
    courtNotification: Deadline,
    earliestDeparture: z.object({ at: z.string(), ruleIds: z.array(z.string()), explanation: z.string() }),
    mustHappenBy: Deadline,
  }),
  planned: DepartureOption.nullable(),
  earliest: DepartureOption.nullable(),
  alternatives: z.array(DepartureOption),
  blocked: Explanation.nullable(),
  unblockedBy: z.string().nullable(),
});
export type Feasibility = z.infer<typeof Feasibility>;

const CaseInPlan = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('planned'),
    intake: z.object({ date: z.string(), part: z.string(), centreId: z.string() }).nullable(),
    departure: z.object({
      flightId: z.string(),
      at: z.string().nullable(),
      destination: z.string().nullable(),
      escorts: z.number(),
    }),
  }),
  z.object({
    status: z.literal('left-out'),
    reason: z.object({ code: z.string(), message: z.string(), ruleIds: z.array(z.string()) }),
  }),
  z.object({ status: z.literal('absent') }),
]);
export type CaseInPlan = z.infer<typeof CaseInPlan>;

export const History = z.object({
  scenarioId: z.string(),
  caseId: z.string(),
  history: z.array(
    z.object({
      source: z.enum(['published', 'job']),
      version: z.number().nullable(),
      jobId: z.string(),
      at: z.string(),
      valid: z.boolean().nullable(),
      case: CaseInPlan,
    }),
  ),
});
export type History = z.infer<typeof History>;

export const CaseList = z.object({
  scenarioId: z.string(),
  date: z.string(),
  publishedVersion: z.number(),
  region: z.string().nullable(),
  cases: z.array(
    z.object({
      id: z.string(),
      regime: z.string(),
      persons: z.number(),
      destinationCountry: z.string(),
      regions: z.array(z.string()),
      detained: z.boolean(),
      lights: z.array(z.object({ id: z.string(), light: Light })),
      mustHappenBy: z.string().nullable(),
      published: z.object({ status: z.string(), code: z.string().optional() }).nullable(),
    }),
  ),
});
export type CaseList = z.infer<typeof CaseList>;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (s: string) =>
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((day(to.slice(0, 10)) - day(from.slice(0, 10))) / 86_400_000);
}

export type DeadlineRow = {
  readonly key: 'transfer' | 'detentionLimit' | 'courtNotification' | 'mustHappenBy';
  readonly date: string;
  readonly daysLeft: number;
  readonly ruleIds: readonly string[];
  readonly verified: boolean;
  readonly explanation: string;
};

/** The deadlines that apply (those with a date), with the days left counted from `on`. */
export function deadlineRows(d: Feasibility['deadlines'], on: string): DeadlineRow[] {
  const keys = ['transfer', 'detentionLimit', 'courtNotification', 'mustHappenBy'] as const;
  return keys.flatMap((key) => {
    const x = d[key];
    if (x.date === null) return [];
    return [
      {
        key,
        date: x.date,
        daysLeft: daysBetween(on, x.date),
        ruleIds: x.ruleIds,
        verified: x.verified,
        explanation: x.explanation,
      },
    ];
  });
}

/** How urgent a number of days left is: passed, within a week, or later. */
export function urgency(daysLeft: number): 'passed' | 'soon' | 'later' {
  return daysLeft < 0 ? 'passed' : daysLeft <= 7 ? 'soon' : 'later';
}

/** The worst of some lights (red over amber over green). */
export function worstLight(lights: readonly Light[]): Light {
  return lights.includes('red') ? 'red' : lights.includes('amber') ? 'amber' : 'green';
}

/** An evidence value as text: strings as they are, everything else as compact JSON. */
export function evidenceText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '—';
  return JSON.stringify(value);
}

/** A local date-time 'YYYY-MM-DDTHH:mm' (Amsterdam wall clock) split into its day and time. */
export function splitLocal(at: string): { day: string; time: string } {
  return { day: at.slice(0, 10), time: at.slice(11, 16) };
}
