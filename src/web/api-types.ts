// The shapes of the API answers the board and the resources view read, checked with zod when they
// arrive (a boundary like any other): a changed server shows a clear error, not a broken page.
import { z } from 'zod';

export const ScenarioList = z.object({
  scenarios: z.array(
    z.object({ id: z.string(), name: z.string(), window: z.object({ start: z.string(), end: z.string() }) }),
  ),
});
export type ScenarioList = z.infer<typeof ScenarioList>;

const PartnerType = z.string();
const DayPart = z.enum(['morning', 'afternoon']);

export const CapacityCell = z.object({
  type: PartnerType,
  resource: z.string(),
  place: z.string(),
  date: z.string(),
  part: DayPart.optional(),
  available: z.number(),
  used: z.number(),
  binding: z.boolean(),
});
export type CapacityCell = z.infer<typeof CapacityCell>;

export const Gap = z.object({
  type: PartnerType,
  resource: z.string(),
  place: z.string(),
  date: z.string(),
  part: DayPart.optional(),
  cases: z.number(),
});
export type Gap = z.infer<typeof Gap>;

export const CapacityReport = z.object({
  scenarioId: z.string(),
  source: z.object({ kind: z.enum(['job', 'published', 'none']), version: z.number().optional() }),
  days: z.array(z.string()),
  cells: z.array(CapacityCell),
  gaps: z.array(Gap),
  unmatched: z.number(),
});
export type CapacityReport = z.infer<typeof CapacityReport>;

export const Explanation = z.object({
  caseId: z.string(),
  code: z.string(),
  message: z.string(),
  ruleIds: z.array(z.string()),
  greenOn: z.string().optional(),
  unblockedBy: z.string().optional(),
});
export type Explanation = z.infer<typeof Explanation>;

const Named = z.object({ id: z.string(), name: z.string() });

export const TimelineIntake = z.object({
  caseId: z.string(),
  persons: z.number(),
  part: DayPart,
  start: z.string(),
  end: z.string(),
  centre: Named,
  wing: z.string(),
  pickupRegion: Named,
  hearingRegion: Named,
  partners: z.object({
    policeTeam: z.string(),
    lawyer: z.string(),
    dtvOfficer: z.string(),
    transport: z.string(),
    coaStaff: z.string().nullable(),
    interpreter: z.object({ id: z.string(), language: z.string(), mode: z.string() }).nullable(),
  }),
  partnerPlaces: z
    .object({
      policeTeam: z.string(),
      lawyer: z.string(),
      dtvOfficer: z.string(),
      transport: z.string(),
      coaStaff: z.string().nullable(),
      interpreter: z.string().nullable(),
    })
    .optional(),
});
export type TimelineIntake = z.infer<typeof TimelineIntake>;

export const TimelineDeparture = z.object({
  caseId: z.string(),
  persons: z.number(),
  flight: z.object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(['scheduled', 'charter']),
    departure: z.string(),
    from: z.string(),
    to: z.string(),
    destinationCountry: z.string(),
  }),
  escorts: z.number(),
  transport: z.string(),
});
export type TimelineDeparture = z.infer<typeof TimelineDeparture>;

export const Timeline = z.object({
  scenarioId: z.string(),
  days: z.array(
    z.object({ date: z.string(), intakes: z.array(TimelineIntake), departures: z.array(TimelineDeparture) }),
  ),
  leftOut: z.array(Explanation),
});
export type Timeline = z.infer<typeof Timeline>;

export const PublishedTimeline = z.object({
  scenarioId: z.string(),
  version: z.number(),
  jobId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  timeline: Timeline.nullable(),
});
export type PublishedTimeline = z.infer<typeof PublishedTimeline>;

export const JobStatus = z.object({
  id: z.string(),
  scenarioId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  progress: z.object({ objective: z.number(), seconds: z.number() }).nullable().optional(),
  error: z.string().nullable().optional(),
  summary: z
    .object({ scheduled: z.number(), persons: z.number(), leftOut: z.number(), detentionNights: z.number() })
    .partial()
    .optional(),
  valid: z.boolean().optional(),
});
export type JobStatus = z.infer<typeof JobStatus>;

export const Started = z.object({ id: z.string(), status: z.string() });
export const Published = z.object({ version: z.number(), jobId: z.string() });

/** Parses an API answer; a mismatch names the endpoint and the fields. */
export function parseAnswer<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`unexpected answer from ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
