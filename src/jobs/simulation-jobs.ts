// Simulation jobs: an analyst's Monte Carlo run (src/sim-runner) as a job — start returns an id,
// get polls status and progress, cancel stops it. At most one simulation runs at a time (each
// already uses the runner's worker threads); later ones wait in a queue. Jobs are kept in memory
// only: a simulation is a what-if computed from data files, not a record, so a restart forgets them
// and the last `maxKept` finished jobs are all that is kept.
import { randomUUID } from 'node:crypto';
import type { MonteCarloInput, MonteCarloProgress, MonteCarloResult } from '../sim-runner/index.ts';
import { runMonteCarlo } from '../sim-runner/index.ts';
import { prepareSimulation, type PreparedSimulation, type SimulationRequest } from './simulation-input.ts';

export type { SimulationRequest } from './simulation-input.ts';

export type SimulationStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export type SimulationJob = {
  readonly id: string;
  readonly status: SimulationStatus;
  readonly request: SimulationRequest;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly progress: MonteCarloProgress | null;
  readonly error: string | null;
  readonly result: MonteCarloResult | null;
};

export type SimulationJobs = {
  /** Queues a simulation; the messages name the field when the request cannot be run. */
  start(
    request: SimulationRequest,
    createdBy: string,
  ): { ok: true; id: string } | { ok: false; messages: string[] };
  get(id: string): SimulationJob | undefined;
  /** Newest first. */
  list(): SimulationJob[];
  /** 'ended' when it had already ended; undefined when there is no such job. */
  cancel(id: string): 'cancelled' | 'ended' | undefined;
  /** Stops the running simulation and forgets the queue (the service is shutting down). */
  close(): Promise<void>;
};

export type SimulationJobsConfig = {
  /** The Monte Carlo runner (a test passes a fake). */
  readonly run?: typeof runMonteCarlo;
  /** Turns a request into the runner's input (a test passes a fake). */
  readonly prepare?: (request: SimulationRequest) => PreparedSimulation;
  /** Finished jobs kept for polling; the oldest are forgotten first. */
  readonly maxKept?: number;
  readonly now?: () => number;
};

type Mutable = { -readonly [K in keyof SimulationJob]: SimulationJob[K] };
type Entry = { job: Mutable; input: MonteCarloInput; cleanup: () => void; abort: AbortController };

export function createSimulationJobs(config: SimulationJobsConfig = {}): SimulationJobs {
  const run = config.run ?? runMonteCarlo;
  const prepare = config.prepare ?? prepareSimulation;
  const maxKept = config.maxKept ?? 20;
  const now = config.now ?? Date.now;
  const jobs = new Map<string, Entry>();
  const queue: Entry[] = [];
  let running: Entry | undefined;
  let current: Promise<void> = Promise.resolve();

  const finish = (entry: Entry, end: Partial<Mutable> & { status: SimulationStatus }) => {
    if (entry.job.status !== 'queued' && entry.job.status !== 'running') return;
    Object.assign(entry.job, end, { finishedAt: new Date(now()).toISOString() });
    entry.cleanup();
    forgetOld();
  };

  const forgetOld = () => {
    const ended = [...jobs.values()].filter((e) => e.job.finishedAt !== null);
    for (const e of ended.slice(0, Math.max(0, ended.length - maxKept))) jobs.delete(e.job.id);
  };

  const launch = async (entry: Entry) => {
    entry.job.status = 'running';
    try {
      const result = await run(entry.input, {
        signal: entry.abort.signal,
        onProgress: (p) => {
          entry.job.progress = p;
        },
      });
      finish(entry, { status: 'done', result });
    } catch (e) {
      const aborted = entry.abort.signal.aborted;
      finish(
        entry,
        aborted ? { status: 'cancelled', error: 'cancelled' } : { status: 'failed', error: message(e) },
      );
    }
  };

  const pump = () => {
    if (running) return;
    const next = queue.shift();
    if (!next) return;
    running = next;
    current = launch(next).finally(() => {
      running = undefined;
      pump();
    });
  };

  return {
    start(request, createdBy) {
      const prepared = prepare(request);
      if (!prepared.ok) return prepared;
      const id = randomUUID();
      const job: Mutable = {
        id,
        status: 'queued',
        request,
        createdBy,
        createdAt: new Date(now()).toISOString(),
        finishedAt: null,
        progress: null,
        error: null,
        result: null,
      };
      const entry = { job, input: prepared.input, cleanup: prepared.cleanup, abort: new AbortController() };
      jobs.set(id, entry);
      queue.push(entry);
      pump();
      return { ok: true, id };
    },
    get: (id) => jobs.get(id)?.job,
    list: () => [...jobs.values()].map((e) => e.job).reverse(),
    cancel(id) {
      const entry = jobs.get(id);
      if (!entry) return undefined;
      if (entry.job.status !== 'queued' && entry.job.status !== 'running') return 'ended';
      const waiting = queue.indexOf(entry);
      if (waiting >= 0) queue.splice(waiting, 1);
      entry.abort.abort();
      finish(entry, { status: 'cancelled', error: 'cancelled' });
      return 'cancelled';
    },
    async close() {
      for (const entry of queue.splice(0))
        finish(entry, { status: 'cancelled', error: 'the service stopped' });
      running?.abort.abort();
      await current.catch(() => undefined);
    },
  };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
