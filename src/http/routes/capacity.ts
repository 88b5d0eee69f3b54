// What the planner board and the resources view need besides the plan endpoints: capacity use per
// resource and day of a job's plan or of the published plan (binding where the plan uses all of
// it), the gaps that block most cases, and a plan laid out as a timeline of intakes and departures.
// Everything is read from the planning problem of the scenario's current data (src/planning), so
// the numbers are those the planner itself works with.
import { z } from 'zod';
import { Id, Plan } from '../../domain/index.ts';
import { createProblemCache, type ProblemCache } from '../../planning/problem-cache.ts';
import type { Db } from '../../store/index.ts';
import { readJob, readJobResult, readPublished } from '../../store/plans.ts';
import { defineEndpoint, type AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';
import { CapacityReport, capacityReport } from './capacity-use.ts';
import { planTimeline, Timeline } from './plan-timeline.ts';

export type CapacityDeps = { readonly db: Db; readonly problems?: ProblemCache };

const JobParams = z.strictObject({ id: z.uuid() });
const ScenarioParams = z.strictObject({ id: Id });

const PublishedTimeline = z.strictObject({
  scenarioId: z.string(),
  version: z.number().int(),
  jobId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  timeline: Timeline.nullable(),
});

export function capacityEndpoints(deps: CapacityDeps): AnyEndpoint[] {
  const { db } = deps;
  const problems = deps.problems ?? createProblemCache(db);
  const problemOf = (scenarioId: string) => {
    const found = problems.get(scenarioId);
    if (!found) throw new HttpError(404, `no scenario "${scenarioId}"`);
    return found.problem;
  };
  const jobPlan = (id: string): { scenarioId: string; plan: Plan } => {
    const row = readJob(db, id);
    if (!row) throw new HttpError(404, `no plan job "${id}"`);
    if (row.status !== 'done') throw new HttpError(409, `plan job is ${row.status}, not done`);
    const plan = Plan.safeParse((readJobResult(db, id) as { plan?: unknown } | undefined)?.plan);
    if (!plan.success) throw new HttpError(409, 'the job has no readable plan');
    return { scenarioId: row.scenarioId, plan: plan.data };
  };
  const published = (scenarioId: string) => {
    const row = readPublished(db, scenarioId);
    const plan = row ? Plan.safeParse(row.plan) : undefined;
    return row && plan?.success ? { row, plan: plan.data } : undefined;
  };
  const reportOf = { 200: { description: 'capacity per resource and day', schema: CapacityReport } };
  return [
    defineEndpoint({
      method: 'get',
      path: '/plans/:id/capacity',
      summary: "Capacity use of a finished job's plan per resource and day; binding capacities; the gaps",
      tag: 'plans',
      roles: ['planner', 'analyst'],
      params: JobParams,
      responses: { ...reportOf, 404: { description: 'no such job' }, 409: { description: 'not done' } },
      handler: ({ params }) => {
        const { scenarioId, plan } = jobPlan(params.id);
        return capacityReport(problemOf(scenarioId), plan, { kind: 'job', jobId: params.id });
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/plans/:id/timeline',
      summary: "A finished job's plan per day: intakes with their partners, departures with their flights",
      tag: 'plans',
      roles: ['planner'],
      params: JobParams,
      audit: 'read-personal',
      responses: {
        200: { description: 'the timeline', schema: Timeline },
        404: { description: 'no such job' },
        409: { description: 'not done' },
      },
      handler: ({ params }) => {
        const { scenarioId, plan } = jobPlan(params.id);
        return planTimeline(problemOf(scenarioId).context, plan);
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/scenarios/:id/resources',
      summary: 'Capacity per partner type, site and day, its use by the published plan, and the gaps',
      tag: 'scenarios',
      roles: ['planner', 'analyst'],
      params: ScenarioParams,
      responses: { ...reportOf, 404: { description: 'no such scenario' } },
      handler: ({ params }) => {
        const pp = problemOf(params.id);
        const current = published(params.id);
        return capacityReport(
          pp,
          current?.plan,
          current
            ? { kind: 'published', version: current.row.version, jobId: current.row.jobId }
            : { kind: 'none' },
        );
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/published/:id/timeline',
      summary: 'The published plan per day (null when nothing is published yet)',
      tag: 'plans',
      roles: ['planner'],
      params: ScenarioParams,
      audit: 'read-personal',
      responses: {
        200: { description: 'the published timeline', schema: PublishedTimeline },
        404: { description: 'no such scenario' },
      },
      handler: ({ params }): z.infer<typeof PublishedTimeline> => {
        const pp = problemOf(params.id);
        const current = published(params.id);
        return {
          scenarioId: params.id,
          version: current?.row.version ?? 0,
          jobId: current?.row.jobId ?? null,
          publishedAt: current?.row.publishedAt ?? null,
          timeline: current ? planTimeline(pp.context, current.plan) : null,
        };
      },
    }),
  ];
}
