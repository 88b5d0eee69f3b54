// Plan jobs and published plans in the database (migrations/003-plans.sql). Publishing is one
// IMMEDIATE transaction that checks the expected current version: a stale publish is a value
// (`conflict`), never an exception and never a lost update.
import type { Db } from './database.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export type JobRow = {
  id: string;
  scenarioId: string;
  status: JobStatus;
  options: unknown;
  progress: unknown;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
};

export type PublishedPlanRow = {
  scenarioId: string;
  version: number;
  jobId: string;
  plan: unknown;
  provenance: unknown;
  publishedBy: string;
  publishedAt: string;
};

export type PublishResult =
  { ok: true; version: number; publishedAt: string } | { ok: false; conflict: 'stale'; current: number };

type RawJob = {
  id: string;
  scenario_id: string;
  status: JobStatus;
  options: string;
  progress: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
  error: string | null;
};

const JOB_COLUMNS = 'id, scenario_id, status, options, progress, created_by, created_at, finished_at, error';
const NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

export function insertJob(
  db: Db,
  job: { id: string; scenarioId: string; options: unknown; createdBy: string },
): void {
  db.prepare(
    "INSERT INTO plan_jobs (id, scenario_id, status, options, created_by) VALUES (?, ?, 'queued', ?, ?)",
  ).run(job.id, job.scenarioId, JSON.stringify(job.options), job.createdBy);
}

export function readJob(db: Db, id: string): JobRow | undefined {
  const raw = db.prepare(`SELECT ${JOB_COLUMNS} FROM plan_jobs WHERE id = ?`).get(id) as RawJob | undefined;
  return raw && toJob(raw);
}

/** The job's result (plan, summary, verdict, provenance), once it is done. */
export function readJobResult(db: Db, id: string): unknown {
  const raw = db.prepare('SELECT result FROM plan_jobs WHERE id = ?').pluck().get(id) as string | null;
  return raw == null ? undefined : JSON.parse(raw);
}

export function readJobLpModel(db: Db, id: string): string | undefined {
  const raw = db.prepare('SELECT lp_model FROM plan_jobs WHERE id = ?').pluck().get(id) as string | null;
  return raw ?? undefined;
}

export function markRunning(db: Db, id: string): void {
  db.prepare("UPDATE plan_jobs SET status = 'running' WHERE id = ? AND status = 'queued'").run(id);
}

export function writeProgress(db: Db, id: string, progress: unknown): void {
  db.prepare("UPDATE plan_jobs SET progress = ? WHERE id = ? AND status = 'running'").run(
    JSON.stringify(progress),
    id,
  );
}

/** Ends an unfinished job; false when it had already ended (e.g. cancelled while finishing). */
export function finishJob(
  db: Db,
  id: string,
  end:
    { status: 'done'; result: unknown; lpModel: string } | { status: 'failed' | 'cancelled'; error: string },
): boolean {
  const done = end.status === 'done';
  const changed = db
    .prepare(
      `UPDATE plan_jobs SET status = ?, result = ?, lp_model = ?, error = ?, finished_at = ${NOW_SQL}
       WHERE id = ? AND status IN ('queued', 'running')`,
    )
    .run(
      end.status,
      done ? JSON.stringify(end.result) : null,
      done ? end.lpModel : null,
      done ? null : end.error,
      id,
    ).changes;
  return changed > 0;
}

/** Jobs left queued or running by a process that stopped: they will never finish. */
export function failAbandonedJobs(db: Db): number {
  return db
    .prepare(
      `UPDATE plan_jobs SET status = 'failed', error = 'interrupted: the service restarted',
       finished_at = ${NOW_SQL} WHERE status IN ('queued', 'running')`,
    )
    .run().changes;
}

/** The current published version of a scenario; 0 when nothing is published. */
export function currentVersion(db: Db, scenarioId: string): number {
  return db
    .prepare('SELECT coalesce(max(version), 0) FROM published_plans WHERE scenario_id = ?')
    .pluck()
    .get(scenarioId) as number;
}

export function readPublished(db: Db, scenarioId: string): PublishedPlanRow | undefined {
  const raw = db
    .prepare(
      `SELECT scenario_id, version, job_id, plan, provenance, published_by, published_at
       FROM published_plans WHERE scenario_id = ? ORDER BY version DESC LIMIT 1`,
    )
    .get(scenarioId) as
    | {
        scenario_id: string;
        version: number;
        job_id: string;
        plan: string;
        provenance: string;
        published_by: string;
        published_at: string;
      }
    | undefined;
  if (!raw) return undefined;
  return {
    scenarioId: raw.scenario_id,
    version: raw.version,
    jobId: raw.job_id,
    plan: JSON.parse(raw.plan),
    provenance: JSON.parse(raw.provenance),
    publishedBy: raw.published_by,
    publishedAt: raw.published_at,
  };
}

/**
 * Publishes `plan` as version `expected + 1`, if `expected` is still the current version. The check
 * and the insert share one IMMEDIATE transaction (the write lock is taken before the read), so of
 * two concurrent publishes on top of the same version exactly one succeeds.
 */
export function publishPlan(
  db: Db,
  p: {
    scenarioId: string;
    expectedVersion: number;
    jobId: string;
    plan: unknown;
    provenance: unknown;
    publishedBy: string;
  },
): PublishResult {
  return db
    .transaction((): PublishResult => {
      const current = currentVersion(db, p.scenarioId);
      if (current !== p.expectedVersion) return { ok: false, conflict: 'stale', current };
      const version = current + 1;
      const publishedAt = db
        .prepare(
          `INSERT INTO published_plans (scenario_id, version, job_id, plan, provenance, published_by)
           VALUES (?, ?, ?, ?, ?, ?) RETURNING published_at`,
        )
        .pluck()
        .get(
          p.scenarioId,
          version,
          p.jobId,
          JSON.stringify(p.plan),
          JSON.stringify(p.provenance),
          p.publishedBy,
        ) as string;
      return { ok: true, version, publishedAt };
    })
    .immediate();
}

function toJob(raw: RawJob): JobRow {
  return {
    id: raw.id,
    scenarioId: raw.scenario_id,
    status: raw.status,
    options: JSON.parse(raw.options),
    progress: raw.progress === null ? null : JSON.parse(raw.progress),
    createdBy: raw.created_by,
    createdAt: raw.created_at,
    finishedAt: raw.finished_at,
    error: raw.error,
  };
}
