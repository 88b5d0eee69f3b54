// The planning service: plan jobs (POST returns an id, GET polls, DELETE stops), publishing with
// optimistic concurrency (RFC 9110 §13.1.1 If-Match, RFC 6585 §3 428), the published version, and
// the officer's check of one case against the residual capacity of the published plan
// (./feasibility.ts).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { Id } from '../../domain/index.ts';
import type { Plan } from '../../domain/index.ts';
import type { PlanJobs } from '../../jobs/plan-jobs.ts';
import { createProblemCache, type ProblemCache } from '../../planning/problem-cache.ts';
import type { Db } from '../../store/index.ts';
import {
  currentVersion,
  publishPlan,
  readJobLpModel,
  readJobResult,
  readPublished,
} from '../../store/plans.ts';
import type { JobRow } from '../../store/plans.ts';
import { defineEndpoint, Reply, type AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';
import { pseudonymise } from '../auth.ts';
import { feasibilityEndpoint } from './feasibility.ts';

export type PlanDeps = {
  readonly db: Db;
  readonly jobs: PlanJobs;
  /** The planning problems the officer's check reuses; one of its own unless given. */
  readonly problems?: ProblemCache;
  /** Key of the pseudonyms analysts see instead of case ids (kept out of the database). */
  readonly salt?: string;
};

const JobParams = z.strictObject({ id: z.uuid() });
const ScenarioParams = z.strictObject({ scenarioId: Id });
const StartBody = z.strictObject({
  scenarioId: Id,
  timeLimitSeconds: z.number().min(1).max(600).default(30),
  unblock: z.boolean().default(false),
});
const PublishBody = z.strictObject({ expectedVersion: z.number().int().min(0).optional() });

/** What a finished job stores as its result (src/jobs/plan-jobs.ts). */
type JobResult = {
  plan: Plan;
  summary: unknown;
  valid: boolean;
  violations: unknown[];
  provenance: { basedOnVersion: number } & Record<string, unknown>;
};

const links = (id: string) => ({
  self: `/plans/${id}`,
  result: `/plans/${id}/result`,
  publish: `/plans/${id}/publish`,
});

export function planEndpoints(deps: PlanDeps): AnyEndpoint[] {
  const { db, jobs, problems } = deps;
  const job = (id: string): JobRow => {
    const found = jobs.status(id);
    if (!found) throw new HttpError(404, `no plan job "${id}"`);
    return found;
  };
  const salt = deps.salt ?? randomBytes(32).toString('base64url');
  const doneResult = (row: JobRow): JobResult => {
    if (row.status !== 'done') throw new HttpError(409, `plan job is ${row.status}, not done`);
    return readJobResult(db, row.id) as JobResult;
  };
  return [
    defineEndpoint({
      method: 'post',
      path: '/plans',
      summary: 'Start a plan job for a scenario',
      tag: 'plans',
      roles: ['planner'],
      body: StartBody,
      audit: 'write',
      responses: { 202: { description: 'queued' }, 404: { description: 'no such scenario' } },
      handler: ({ body, principal }) => {
        const { scenarioId, ...options } = body;
        const id = jobs.start(scenarioId, options, principal!.tokenId);
        if (id === undefined) throw new HttpError(404, `no scenario "${scenarioId}"`);
        const status = jobs.status(id)?.status ?? 'queued';
        return new Reply(202, { id, status, links: links(id) }, { Location: `/plans/${id}` });
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/plans/:id',
      summary: 'Status and progress of a plan job; its summary once done',
      tag: 'plans',
      roles: ['planner', 'analyst'],
      params: JobParams,
      responses: { 200: { description: 'the job' }, 404: { description: 'no such job' } },
      handler: ({ params }) => {
        const row = job(params.id);
        const result = row.status === 'done' ? (readJobResult(db, row.id) as JobResult) : undefined;
        return {
          id: row.id,
          scenarioId: row.scenarioId,
          status: row.status,
          options: row.options,
          progress: row.progress,
          createdAt: row.createdAt,
          finishedAt: row.finishedAt,
          error: row.error,
          ...(result ? { summary: result.summary, valid: result.valid } : {}),
          links: links(row.id),
        };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/plans/:id/result',
      summary:
        'The plan of a finished job, with the explanation of every case left out (analysts: case ids pseudonymised)',
      tag: 'plans',
      roles: ['planner', 'analyst'],
      params: JobParams,
      audit: 'read-personal',
      responses: { 200: { description: 'the plan' }, 409: { description: 'not done' } },
      handler: ({ params, principal }) => {
        const row = job(params.id);
        const result = { id: row.id, scenarioId: row.scenarioId, ...doneResult(row) };
        return principal?.role === 'analyst' ? pseudonymiseCases(result, salt) : result;
      },
    }),
    defineEndpoint({
      method: 'delete',
      path: '/plans/:id',
      summary: 'Cancel a plan job',
      tag: 'plans',
      roles: ['planner'],
      params: JobParams,
      audit: 'write',
      responses: { 200: { description: 'cancelled' }, 409: { description: 'already ended' } },
      handler: ({ params }) => {
        const outcome = jobs.cancel(params.id);
        if (outcome === undefined) throw new HttpError(404, `no plan job "${params.id}"`);
        const row = job(params.id);
        if (outcome === 'ended' && row.status !== 'cancelled')
          throw new HttpError(409, `plan job has already ended: ${row.status}`);
        return { id: row.id, status: row.status };
      },
    }),
    publishEndpoint(db, job, doneResult),
    defineEndpoint({
      method: 'get',
      path: '/published/:scenarioId',
      summary: "The current published plan's version (ETag) and counts",
      tag: 'plans',
      roles: ['planner', 'officer', 'analyst'],
      params: ScenarioParams,
      responses: { 200: { description: 'the current version' }, 404: { description: 'no such scenario' } },
      handler: ({ params }) => {
        if (!scenarioExists(db, params.scenarioId))
          throw new HttpError(404, `no scenario "${params.scenarioId}"`);
        const p = readPublished(db, params.scenarioId);
        const plan = p?.plan as Plan | undefined;
        const body = {
          scenarioId: params.scenarioId,
          version: p?.version ?? 0,
          jobId: p?.jobId ?? null,
          publishedAt: p?.publishedAt ?? null,
          counts: plan
            ? {
                intakes: plan.intakes.length,
                departures: plan.departures.length,
                leftOut: plan.leftOut.length,
              }
            : null,
        };
        return new Reply(200, body, { ETag: etag(body.version) });
      },
    }),
    feasibilityEndpoint(db, problems ?? createProblemCache(db)),
  ];
}

const etag = (version: number) => `"${version}"`;

function publishEndpoint(
  db: Db,
  job: (id: string) => JobRow,
  doneResult: (row: JobRow) => JobResult,
): AnyEndpoint {
  return defineEndpoint({
    method: 'post',
    path: '/plans/:id/publish',
    summary: 'Publish the plan of a finished job as the next version (If-Match: the current version)',
    tag: 'plans',
    roles: ['planner'],
    params: JobParams,
    body: PublishBody,
    audit: 'publish',
    responses: {
      201: { description: 'published' },
      409: { description: 'the job is not done, its plan is invalid, or it was planned on an older version' },
      412: { description: 'the expected version is not the current one' },
      428: { description: 'If-Match (or expectedVersion) is required' },
    },
    handler: ({ req, params, body, principal }) => {
      const expected = expectedVersion(req.header('if-match'), body.expectedVersion);
      const row = job(params.id);
      const result = doneResult(row);
      if (!result.valid)
        throw new HttpError(409, `the plan fails the validator (${result.violations.length} violations)`);
      const current = currentVersion(db, row.scenarioId);
      if (expected !== current) return stale(current);
      if (result.provenance.basedOnVersion !== current)
        throw new HttpError(
          409,
          `the plan was computed against version ${result.provenance.basedOnVersion}, the current version is ${current}: plan again`,
        );
      const outcome = publishPlan(db, {
        scenarioId: row.scenarioId,
        expectedVersion: expected,
        jobId: row.id,
        plan: result.plan,
        provenance: {
          ...result.provenance,
          jobId: row.id,
          lpModel: readJobLpModel(db, row.id) ?? '',
          validator: { valid: result.valid, violations: result.violations },
          summary: result.summary,
        },
        publishedBy: principal!.tokenId,
      });
      if (!outcome.ok) return stale(outcome.current);
      const published = { scenarioId: row.scenarioId, version: outcome.version, jobId: row.id };
      return new Reply(
        201,
        { ...published, publishedAt: outcome.publishedAt },
        { ETag: etag(outcome.version), Location: `/published/${row.scenarioId}` },
      );
    },
  });
}

function stale(current: number): Reply {
  const error = `the published plan has changed: the current version is ${current}; reload and plan again`;
  return new Reply(412, { error, currentVersion: current }, { ETag: etag(current) });
}

/** The version a publish expects: `If-Match: "N"` (a strong tag, RFC 9110 §13.1.1) or the body's. */
function expectedVersion(ifMatch: string | undefined, fromBody: number | undefined): number {
  if (ifMatch === undefined) {
    if (fromBody === undefined)
      throw new HttpError(428, 'publishing needs If-Match: "<current version>" or body.expectedVersion');
    return fromBody;
  }
  const match = /^\s*"(\d{1,9})"\s*$/.exec(ifMatch);
  if (!match) throw new HttpError(400, 'If-Match must be one strong entity tag, e.g. "3"');
  const version = Number(match[1]);
  if (fromBody !== undefined && fromBody !== version)
    throw new HttpError(400, 'If-Match and body.expectedVersion disagree');
  return version;
}

function scenarioExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM scenarios WHERE id = ?').get(id) !== undefined;
}

/**
 * The result as an analyst may see it: every case id — wherever it occurs, in ids, partner ids or
 * messages — replaced by its pseudonym (HMAC with the server's salt), so plans can be compared and
 * counted but no case is named.
 */
export function pseudonymiseCases<T>(result: T, salt: string): T {
  const plan = (result as { plan?: { departures?: { caseId: string }[]; leftOut?: { caseId: string }[] } })
    .plan;
  const ids = new Set([...(plan?.departures ?? []), ...(plan?.leftOut ?? [])].map((x) => x.caseId));
  const ordered = [...ids].sort((a, b) => b.length - a.length);
  const names = new Map(ordered.map((id) => [id, pseudonymise(id, salt)]));
  const text = JSON.stringify(result, (_key, value: unknown) =>
    typeof value === 'string' ? ordered.reduce((s, id) => s.split(id).join(names.get(id)!), value) : value,
  );
  return JSON.parse(text) as T;
}
