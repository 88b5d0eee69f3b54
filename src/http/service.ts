// The whole service over one database: plan jobs in worker threads, and the endpoints of every
// route module with what each needs. `serve` and the tests build the app from here.
import type { Express } from 'express';
import type { Logger } from 'pino';
import { Plan } from '../domain/index.ts';
import { exportScenario, listScenarios } from '../store/index.ts';
import type { Db } from '../store/index.ts';
import { readPublished } from '../store/plans.ts';
import { createPlanJobs, type PlanJobs } from '../jobs/plan-jobs.ts';
import { createApp, allEndpoints } from './app.ts';
import type { AnyEndpoint } from './endpoint.ts';
import { calendarEndpoints } from './routes/calendars.ts';
import { planEndpoints } from './routes/plans.ts';
import { ingestEndpoints } from './routes/ingest.ts';
import { caseEndpoints } from './routes/cases.ts';
import { simulationEndpoints } from './routes/simulations.ts';
import { createSimulationJobs } from '../jobs/simulation-jobs.ts';
import { meEndpoints } from './routes/me.ts';
import { capacityEndpoints } from './routes/capacity.ts';
import { createProblemCache } from '../planning/problem-cache.ts';
import { uiEndpoints } from './routes/ui.ts';

export type ServiceOptions = {
  /** Secret for case references in partner feeds and pseudonyms; never stored in the database. */
  salt: string;
  logger?: Logger;
  rateLimitPerMinute?: number;
  maxConcurrentPlans?: number;
};

export type Service = { app: Express; endpoints: AnyEndpoint[]; jobs: PlanJobs; close(): Promise<void> };

export function createService(db: Db, options: ServiceOptions): Service {
  const jobs = createPlanJobs(db, { maxConcurrent: options.maxConcurrentPlans ?? 1 });
  const simulations = createSimulationJobs();
  const scenarioId = listScenarios(db)[0]?.id ?? '';
  const publishedPlan = (id: string) => {
    const row = readPublished(db, id);
    const scenario = row ? exportScenario(db, id) : undefined;
    const plan = row ? Plan.safeParse(row.plan) : undefined;
    return scenario && plan?.success ? { scenario, plan: plan.data } : undefined;
  };
  // One cache of planning problems for the officer's check and the capacity views.
  const problems = createProblemCache(db);
  const endpoints = [
    ...planEndpoints({ db, jobs, salt: options.salt, problems }),
    ...calendarEndpoints({ db, salt: options.salt, publishedPlan, scenarioId }),
    ...ingestEndpoints({ db, scenarioId }),
    ...caseEndpoints({ db }),
    ...simulationEndpoints({ jobs: simulations }),
    ...meEndpoints(),
    ...capacityEndpoints({ db, problems }),
    ...uiEndpoints(),
  ];
  const deps = {
    db,
    endpoints,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: options.rateLimitPerMinute } : {}),
  };
  const close = async () => {
    await Promise.all([jobs.close(), simulations.close()]);
  };
  return { app: createApp(deps), endpoints: allEndpoints(deps), jobs, close };
}
