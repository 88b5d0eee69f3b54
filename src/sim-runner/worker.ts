// A replication worker thread: loads the rules and builds the HiGHS engine once, then runs the
// replications the pool sends it, one at a time, posting each finished day and then the outcome.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadRuleSet } from '../domain/rules.ts';
import type { ReplicationOptions, ReplicationOutcome, SimulationScenario } from '../simulation/index.ts';
import type { Engine } from '../../solver/index.ts';
import { createHighsEngine } from '../../solver/index.ts';

/** What every worker is started with (workerData). */
export type WorkerSetup = {
  /** the scenario variants the jobs refer to by index */
  readonly scenarios: readonly SimulationScenario[];
  readonly rulesVersion: string;
  /** URL of the module exporting `runReplication` (src/simulation/index.ts; a fake in tests) */
  readonly replicationModule: string;
  /** the planner's clock: 'work' (default, reproducible) or 'wall' (performance.now) */
  readonly clock?: 'work' | 'wall';
};

/** Milliseconds the work clock advances per reading: a 2 s planner limit is 200,000 readings. */
export const WORK_CLOCK_MS_PER_READING = 0.01;

/**
 * A clock that advances by a fixed step each time it is read. The planner stops its stages when
 * the clock passes their deadline; under a wall clock that depends on the machine's load and on how
 * many threads share it, so the same seed could give different plans, and paired differences
 * between scenarios would carry solver-timing noise. Counted readings make every replication a
 * function of scenario and seed alone, whichever worker runs it and whatever else runs.
 */
export function workClock(msPerReading = WORK_CLOCK_MS_PER_READING): () => number {
  let readings = 0;
  return () => readings++ * msPerReading;
}

/** One replication: scenario variant, horizon and the replication's own seed key. */
export type ReplicationJob = { readonly scenario: number; readonly days: number; readonly seed: string };

export type JobMessage = { readonly id: number; readonly job: ReplicationJob };

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'day'; readonly id: number; readonly day: number }
  | { readonly type: 'done'; readonly id: number; readonly outcome: ReplicationOutcome }
  | { readonly type: 'failed'; readonly id: number; readonly error: string };

/**
 * HiGHS measures its own time limit in wall-clock seconds, which the work clock cannot reach; given
 * at least this much, a solve ends on its own (optimal, or the gap) and so the same way every time.
 * A solve this long on the planner's models would be a fault, and only then the limit applies.
 */
export const ENGINE_TIME_FLOOR_SECONDS = 30;

export function withTimeFloor(engine: Engine, seconds = ENGINE_TIME_FLOOR_SECONDS): Engine {
  return {
    name: engine.name,
    solve: (model, options) =>
      engine.solve(model, { ...options, timeLimitSeconds: Math.max(seconds, options.timeLimitSeconds) }),
  };
}

type RunReplication = (s: SimulationScenario, o: ReplicationOptions) => Promise<ReplicationOutcome>;

async function main(port: MessagePort, setup: WorkerSetup): Promise<void> {
  const module = (await import(setup.replicationModule)) as { runReplication: RunReplication };
  const rules = loadRuleSet(setup.rulesVersion);
  const highs = await createHighsEngine();
  const engine = setup.clock === 'wall' ? highs : withTimeFloor(highs);
  // Jobs run one after another: the pool sends the next only after this one's outcome.
  port.on('message', ({ id, job }: JobMessage) => {
    const scenario = setup.scenarios[job.scenario];
    const reply = (m: WorkerReply) => port.postMessage(m);
    if (scenario === undefined) return reply({ type: 'failed', id, error: `no scenario ${job.scenario}` });
    const onDay = (day: number) => reply({ type: 'day', id, day });
    // A fresh work clock per replication: readings from 0, whatever this worker ran before.
    const now = setup.clock === 'wall' ? () => performance.now() : workClock();
    module
      .runReplication(scenario, { days: job.days, seed: job.seed, rules, engine, now, onDay })
      .then((outcome) => reply({ type: 'done', id, outcome }))
      .catch((e: unknown) =>
        reply({ type: 'failed', id, error: e instanceof Error ? e.message : String(e) }),
      );
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

if (parentPort) {
  const port = parentPort;
  main(port, workerData as WorkerSetup).catch((e: unknown) => {
    const error = e instanceof Error ? e.message : String(e);
    port.postMessage({ type: 'failed', id: -1, error } satisfies WorkerReply);
  });
}
