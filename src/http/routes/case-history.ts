// The history of one case's plans: what each published version and each finished plan job decided
// for it (planned on a flight, left out with a reason, or not in that plan at all). Read-only over
// the tables of src/store/plans.ts; newest first. A job that was published appears once, as its
// version.
import { z } from 'zod';
import { Plan } from '../../domain/index.ts';
import type { Flight } from '../../domain/index.ts';
import type { Db } from '../../store/index.ts';

export const CaseInPlan = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('planned'),
    intake: z.strictObject({ date: z.string(), part: z.string(), centreId: z.string() }).nullable(),
    departure: z.strictObject({
      flightId: z.string(),
      at: z.string().nullable(),
      destination: z.string().nullable(),
      escorts: z.number().int(),
    }),
  }),
  z.strictObject({
    status: z.literal('left-out'),
    reason: z.strictObject({ code: z.string(), message: z.string(), ruleIds: z.array(z.string()) }),
  }),
  z.strictObject({ status: z.literal('absent') }),
]);
export type CaseInPlan = z.infer<typeof CaseInPlan>;

export const HistoryEntry = z.strictObject({
  source: z.enum(['published', 'job']),
  /** The published version; null for a plan job that was not (or not yet) published. */
  version: z.number().int().nullable(),
  jobId: z.string(),
  /** When it was published (versions) or finished (jobs), UTC ISO 8601. */
  at: z.string(),
  valid: z.boolean().nullable(),
  case: CaseInPlan,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Plan jobs read back at most: a history, not an archive. */
const MAX_JOBS = 20;

type Row = { version: number | null; job_id: string; at: string; plan: string; valid: number | null };

export function caseHistory(
  db: Db,
  scenarioId: string,
  caseId: string,
  flights: readonly Flight[],
): HistoryEntry[] {
  const published = db
    .prepare(
      `SELECT version, job_id, published_at AS at, plan, NULL AS valid FROM published_plans
       WHERE scenario_id = ? ORDER BY version DESC`,
    )
    .all(scenarioId) as Row[];
  const jobs = db
    .prepare(
      `SELECT NULL AS version, id AS job_id, finished_at AS at, json_extract(result, '$.plan') AS plan,
              json_extract(result, '$.valid') AS valid
       FROM plan_jobs WHERE scenario_id = ? AND status = 'done'
         AND id NOT IN (SELECT job_id FROM published_plans WHERE scenario_id = ?)
       ORDER BY finished_at DESC LIMIT ?`,
    )
    .all(scenarioId, scenarioId, MAX_JOBS) as Row[];
  const byId = new Map(flights.map((f) => [f.id, f]));
  const entry = (row: Row, source: HistoryEntry['source']): HistoryEntry | undefined => {
    const plan = Plan.safeParse(JSON.parse(row.plan));
    if (!plan.success) return undefined;
    return {
      source,
      version: row.version,
      jobId: row.job_id,
      at: row.at,
      valid: row.valid === null ? null : row.valid === 1,
      case: caseInPlan(plan.data, caseId, byId),
    };
  };
  const entries = [
    ...published.map((r) => entry(r, 'published')),
    ...jobs.map((r) => entry(r, 'job')),
  ].filter((e): e is HistoryEntry => e !== undefined);
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

/** What one plan decided for the case. */
export function caseInPlan(plan: Plan, caseId: string, flights: ReadonlyMap<string, Flight>): CaseInPlan {
  const departure = plan.departures.find((d) => d.caseId === caseId);
  if (departure) {
    const intake = plan.intakes.find((i) => i.caseId === caseId);
    const flight = flights.get(departure.flightId);
    return {
      status: 'planned',
      intake: intake ? { date: intake.date, part: intake.part, centreId: intake.centreId } : null,
      departure: {
        flightId: departure.flightId,
        at: flight?.departure ?? null,
        destination: flight?.destinationCountry ?? null,
        escorts: departure.escorts,
      },
    };
  }
  const left = plan.leftOut.find((e) => e.caseId === caseId);
  if (left)
    return { status: 'left-out', reason: { code: left.code, message: left.message, ruleIds: left.ruleIds } };
  return { status: 'absent' };
}
