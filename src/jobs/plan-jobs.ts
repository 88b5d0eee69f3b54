// Plan jobs: each runs the planner in its own worker thread, so the service keeps answering while a
// plan is computed. At most `maxConcurrent` workers run at once; later jobs wait in a queue. The
// database holds every job's state, progress and result; progress is also kept in memory, so a
// poll never waits for a write.
import { createHash, randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Explanation, Plan, Scenario } from '../domain/index.ts';
import { DEFAULT_SETTINGS, type PlanningSettings } from '../planning/build-problem.ts';
import { exportScenario } from '../store/index.ts';
import type { Db } from '../store/index.ts';
import { listDataQualityIssues, type DataQualityIssue } from '../store/data-quality.ts';
import {
  currentVersion,
  failAbandonedJobs,
  finishJob,
  insertJob,
  markRunning,
  readJob,
  readPublished,
  writeProgress,
  type JobRow,
} from '../store/plans.ts';
import type { PlanJobInput, WorkerMessage } from './plan-worker.ts';

export type PlanJobOptions = { readonly timeLimitSeconds: number; readonly unblock: boolean };

export type Progress = { objective: number; seconds: number };

/** What is known of the input when a job is started; stored with its result as provenance. */
export type JobProvenance = {
  /** SHA-256 of the scenario as planned (with its pinned decisions) and the plan it changes least. */
  inputHash: string;
  rulesVersion: string;
  solverOptions: PlanJobOptions & { engine: 'highs'; maxLeadDays: number };
  /** The published version the job planned against (0: none); publishing needs it still current. */
  basedOnVersion: number;
  pinned: { intakes: number; departures: number };
  /** Cases not planned because of an open data-quality issue (code `data-quality.open-issue`). */
  dataQualityHeld: string[];
};

export type PlanJobs = {
  /** Queues a plan of the scenario; undefined when there is no such scenario. */
  start(scenarioId: string, options: PlanJobOptions, createdBy: string): string | undefined;
  status(id: string): JobRow | undefined;
  /** Stops the job; 'ended' when it had already ended, undefined when there is no such job. */
  cancel(id: string): 'cancelled' | 'ended' | undefined;
  /** Stops every worker (the service is shutting down). */
  close(): Promise<void>;
};

export type PlanJobsConfig = {
  /** Workers running at once; 1 unless given. */
  readonly maxConcurrent?: number;
  /** Milliseconds between progress writes to the database. */
  readonly progressWriteMs?: number;
};

type Queued = { id: string; input: PlanJobInput; provenance: JobProvenance };
type Running = { worker: Worker; provenance: JobProvenance; lastWrite: number };

const WORKER_URL = new URL('./plan-worker.ts', import.meta.url);

/**
 * The worker runs TypeScript. Node 20 ignores module hooks given to a worker by `execArgv:
 * ['--import', 'tsx']` (nodejs/node#47747: "Unknown file extension .ts"), so a two-line bootstrap
 * registers tsx's hooks inside the worker first, then imports the worker module. Works the same
 * under vitest and under `tsx src/cli/main.ts`.
 */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;

export function createPlanJobs(db: Db, config: PlanJobsConfig = {}): PlanJobs {
  const maxConcurrent = config.maxConcurrent ?? 1;
  const progressWriteMs = config.progressWriteMs ?? 1000;
  const queue: Queued[] = [];
  const running = new Map<string, Running>();
  const progress = new Map<string, Progress>();
  failAbandonedJobs(db);

  const end = (id: string, outcome: Parameters<typeof finishJob>[2]) => {
    finishJob(db, id, outcome);
    const r = running.get(id);
    running.delete(id);
    progress.delete(id);
    if (r) void r.worker.terminate();
    pump();
  };

  const onMessage = (id: string, r: Running, m: WorkerMessage) => {
    if (m.type === 'progress') {
      const point = { objective: m.objective, seconds: m.seconds };
      progress.set(id, point);
      if (Date.now() - r.lastWrite >= progressWriteMs) {
        r.lastWrite = Date.now();
        writeProgress(db, id, point);
      }
    } else if (m.type === 'done') {
      const { lpModel, ...result } = m.outcome;
      end(id, { status: 'done', result: { ...result, provenance: r.provenance }, lpModel });
    } else end(id, { status: 'failed', error: m.error });
  };

  const launch = (job: Queued) => {
    markRunning(db, job.id);
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: job.input });
    const r: Running = { worker, provenance: job.provenance, lastWrite: 0 };
    running.set(job.id, r);
    worker.on('message', (m: WorkerMessage) => onMessage(job.id, r, m));
    worker.on('error', (e) => running.has(job.id) && end(job.id, { status: 'failed', error: e.message }));
    worker.on('exit', (code) => {
      if (running.get(job.id) === r) end(job.id, { status: 'failed', error: `worker exited (${code})` });
    });
  };

  function pump() {
    while (running.size < maxConcurrent) {
      const next = queue.shift();
      if (!next) return;
      launch(next);
    }
  }

  return {
    start(scenarioId, options, createdBy) {
      const prepared = prepareInput(db, scenarioId, options);
      if (!prepared) return undefined;
      const id = randomUUID();
      insertJob(db, { id, scenarioId, options: prepared.provenance.solverOptions, createdBy });
      queue.push({ id, ...prepared });
      pump();
      return id;
    },
    status(id) {
      const row = readJob(db, id);
      const live = progress.get(id);
      return row && live && row.status === 'running' ? { ...row, progress: live } : row;
    },
    cancel(id) {
      const row = readJob(db, id);
      if (!row) return undefined;
      if (row.status !== 'queued' && row.status !== 'running') return 'ended';
      const waiting = queue.findIndex((q) => q.id === id);
      if (waiting >= 0) queue.splice(waiting, 1);
      end(id, { status: 'cancelled', error: 'cancelled' });
      return 'cancelled';
    },
    async close() {
      queue.length = 0;
      const ids = [...running.keys()];
      await Promise.all(
        ids.map((id) => {
          const worker = running.get(id)?.worker;
          finishJob(db, id, { status: 'cancelled', error: 'the service stopped' });
          running.delete(id);
          return worker?.terminate();
        }),
      );
    },
  };
}

/**
 * The scenario as the job plans it: the published plan's decisions still in the future are pinned
 * (rule plan.pinned), and the published plan is the one to change as little as possible. A case with
 * an open data-quality issue loses its pins and is `held`: the worker plans it no option.
 */
function prepareInput(
  db: Db,
  scenarioId: string,
  options: PlanJobOptions,
): { input: PlanJobInput; provenance: JobProvenance } | undefined {
  const stored = exportScenario(db, scenarioId);
  if (!stored) return undefined;
  const published = readPublished(db, scenarioId);
  const previous = published?.plan as Plan | undefined;
  const holds = dataQualityHolds(db, scenarioId);
  const held = stored.cases.filter((c) => holds.has(c.id)).map((c) => holds.get(c.id)!);
  const scenario = withoutPins(previous ? withPinned(stored, previous) : stored, new Set(holds.keys()));
  const settings: PlanningSettings = { ...DEFAULT_SETTINGS, ...(previous ? { previous } : {}) };
  const inputHash = createHash('sha256')
    .update(JSON.stringify({ scenario, previous: previous ?? null, held }))
    .digest('hex');
  return {
    input: { scenario, settings, ...options, held },
    provenance: {
      inputHash,
      rulesVersion: scenario.rulesVersion,
      solverOptions: { ...options, engine: 'highs', maxLeadDays: settings.maxLeadDays },
      basedOnVersion: published?.version ?? currentVersion(db, scenarioId),
      pinned: { intakes: scenario.pinned.intakes.length, departures: scenario.pinned.departures.length },
      dataQualityHeld: held.map((e) => e.caseId),
    },
  };
}

export const DATA_QUALITY_CODE = 'data-quality.open-issue';

/**
 * Cases with an open data-quality issue (src/store/ingest.ts), each with the explanation of why it is
 * not planned: who the person is is in doubt until someone resolves the issue.
 */
export function dataQualityHolds(db: Db, scenarioId: string): Map<string, Explanation> {
  const byCase = new Map<string, DataQualityIssue[]>();
  for (const issue of listDataQualityIssues(db, scenarioId, { open: true }))
    byCase.set(issue.caseId, [...(byCase.get(issue.caseId) ?? []), issue]);
  return new Map([...byCase].map(([caseId, issues]) => [caseId, dataQualityExplanation(caseId, issues)]));
}

function dataQualityExplanation(caseId: string, issues: readonly DataQualityIssue[]): Explanation {
  const on = issues.map((i) => `${i.field} (sources ${i.sources.join(' vs ')})`);
  const message =
    on.length === 1
      ? `Open data-quality issue on ${on[0]}: resolve it before planning.`
      : `Open data-quality issues on ${on.join(' and ')}: resolve them before planning.`;
  return {
    caseId,
    code: DATA_QUALITY_CODE,
    message,
    ruleIds: [DATA_QUALITY_CODE],
    reliesOnUnverifiedRule: false,
    exhausted: [],
  };
}

/** Drops the pinned decisions of the given cases (a case held back is not planned at all). */
function withoutPins(scenario: Scenario, cases: ReadonlySet<string>): Scenario {
  if (cases.size === 0) return scenario;
  return {
    ...scenario,
    pinned: {
      intakes: scenario.pinned.intakes.filter((i) => !cases.has(i.caseId)),
      departures: scenario.pinned.departures.filter((d) => !cases.has(d.caseId)),
    },
  };
}

/**
 * Pins the published decisions that have not happened yet: intakes on a later day than the
 * scenario's now (an intake of today may be under way), departures on flights not yet left. A
 * decision for a case no longer in the scenario is dropped; pins the scenario already has are kept.
 */
export function withPinned(scenario: Scenario, published: Plan): Scenario {
  const cases = new Set(scenario.cases.map((c) => c.id));
  const departs = new Map(scenario.flights.map((f) => [f.id, f.departure]));
  const today = scenario.now.slice(0, 10);
  const already = new Set([
    ...scenario.pinned.intakes.map((i) => i.caseId),
    ...scenario.pinned.departures.map((d) => d.caseId),
  ]);
  const intakes = published.intakes.filter(
    (i) => cases.has(i.caseId) && !already.has(i.caseId) && i.date > today,
  );
  const departures = published.departures.filter((d) => {
    const at = departs.get(d.flightId);
    return cases.has(d.caseId) && !already.has(d.caseId) && at !== undefined && at > scenario.now;
  });
  return {
    ...scenario,
    pinned: {
      intakes: [...scenario.pinned.intakes, ...intakes],
      departures: [...scenario.pinned.departures, ...departures],
    },
  };
}
