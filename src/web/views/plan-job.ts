// Running a plan job from the board: start it (POST /plans), poll its status every second until it
// ends (GET /plans/:id), and publish its plan with If-Match of the version the planner saw. The
// latest job of each scenario is remembered in sessionStorage, so a reload shows it again.
import { ApiError, type Api } from '../api.ts';
import { JobStatus, parseAnswer, Published, Started } from '../api-types.ts';

const jobKey = (scenarioId: string) => `rotonde.job.${scenarioId}`;

export const rememberedJob = (scenarioId: string): string | null =>
  sessionStorage.getItem(jobKey(scenarioId));
export const rememberJob = (scenarioId: string, id: string): void =>
  sessionStorage.setItem(jobKey(scenarioId), id);
export const forgetJob = (scenarioId: string): void => sessionStorage.removeItem(jobKey(scenarioId));

export async function startJob(
  api: Api,
  scenarioId: string,
  timeLimitSeconds: number,
  unblock: boolean,
): Promise<string> {
  const started = parseAnswer(
    Started,
    await api.post('/plans', { scenarioId, timeLimitSeconds, unblock }),
    'POST /plans',
  );
  rememberJob(scenarioId, started.id);
  return started.id;
}

export const jobStatus = async (api: Api, id: string, signal?: AbortSignal): Promise<JobStatus> =>
  parseAnswer(JobStatus, await api.get(`/plans/${id}`, signal ? { signal } : {}), 'GET /plans/:id');

/** Polls until the job ends, reporting each status; resolves with the last one. */
export async function pollJob(
  api: Api,
  id: string,
  onStatus: (s: JobStatus) => void,
  signal: AbortSignal,
  intervalMs = 1000,
): Promise<JobStatus> {
  for (;;) {
    const status = await jobStatus(api, id, signal);
    onStatus(status);
    if (status.status !== 'queued' && status.status !== 'running') return status;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, intervalMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  }
}

export type PublishOutcome =
  | { readonly kind: 'published'; readonly version: number }
  | { readonly kind: 'conflict'; readonly status: number; readonly message: string };

/** Publishes the job's plan on top of `expectedVersion`; a 409 or 412 is a conflict, not an error. */
export async function publishJob(api: Api, id: string, expectedVersion: number): Promise<PublishOutcome> {
  try {
    const res = await api.request('POST', `/plans/${id}/publish`, {
      headers: { 'if-match': `"${expectedVersion}"` },
      body: {},
    });
    return {
      kind: 'published',
      version: parseAnswer(Published, res.body, 'POST /plans/:id/publish').version,
    };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 409 || e.status === 412))
      return { kind: 'conflict', status: e.status, message: e.message };
    throw e;
  }
}
