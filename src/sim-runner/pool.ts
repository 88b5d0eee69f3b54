// Runs replication jobs over worker threads and gives the outcomes back in job order, so the result
// does not depend on which thread ran which job or when.
import { Worker } from 'node:worker_threads';
import type { ReplicationOutcome } from '../simulation/index.ts';
import type { JobMessage, ReplicationJob, WorkerReply, WorkerSetup } from './worker.ts';

export type PoolOptions = {
  readonly workers: number;
  /** a job finished simulated day `day` (0-based) */
  readonly onDay?: (job: number, day: number) => void;
  readonly signal?: AbortSignal;
};

const WORKER_URL = new URL('./worker.ts', import.meta.url);

/**
 * The worker runs TypeScript. Node 20 ignores module hooks given by `execArgv: ['--import', 'tsx']`
 * (nodejs/node#47747), so a bootstrap registers tsx's hooks inside the worker first, then imports the
 * worker module (as src/jobs/plan-jobs.ts does).
 */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;

/** Runs every job; rejects on the first failure or on abort, after terminating every worker. */
export function runPool(
  setup: WorkerSetup,
  jobs: readonly ReplicationJob[],
  options: PoolOptions,
): Promise<ReplicationOutcome[]> {
  if (!Number.isInteger(options.workers) || options.workers < 1) {
    return Promise.reject(new Error(`workers must be a positive whole number, not ${options.workers}`));
  }
  if (options.signal?.aborted) return Promise.reject(abortReason(options.signal));
  if (jobs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const outcomes: (ReplicationOutcome | undefined)[] = jobs.map(() => undefined);
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let settled = false;
    const stop = (error?: unknown) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void Promise.all(workers.map((w) => w.terminate())).then(() =>
        error === undefined ? resolve(outcomes as ReplicationOutcome[]) : reject(error),
      );
    };
    const onAbort = () => stop(abortReason(options.signal as AbortSignal));
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const feed = (worker: Worker) => {
      const id = next++;
      const job = jobs[id];
      if (job !== undefined) worker.postMessage({ id, job } satisfies JobMessage);
    };
    const onReply = (worker: Worker, m: WorkerReply) => {
      if (settled) return;
      if (m.type === 'ready') feed(worker);
      else if (m.type === 'day') options.onDay?.(m.id, m.day);
      else if (m.type === 'failed') stop(new Error(failure(m.id, m.error)));
      else {
        outcomes[m.id] = m.outcome;
        options.onDay?.(m.id, (jobs[m.id]?.days ?? 1) - 1);
        finished += 1;
        if (finished === jobs.length) stop();
        else feed(worker);
      }
    };
    for (let i = 0; i < Math.min(options.workers, jobs.length); i++) {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: setup });
      workers.push(worker);
      worker.on('message', (m: WorkerReply) => onReply(worker, m));
      worker.on('error', (e) => stop(e));
      worker.on('exit', (code) => stop(new Error(`a replication worker exited early (code ${code})`)));
    }
  });
}

/** Job -1 is the worker's own start (loading the rules, the engine or the model module). */
function failure(job: number, error: string): string {
  return job < 0
    ? `a replication worker could not start: ${error}`
    : `replication job ${job} failed: ${error}`;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The Monte Carlo run was aborted', 'AbortError');
}
