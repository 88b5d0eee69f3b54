// Publishing from the board: POST /plans/:id/publish with If-Match of the version the planner saw.
// Success says which version it became; a 409/412 conflict is shown as such, with what to do and a
// button that reloads the published plan (through the router, so the old render stops first).
import { h, replace } from '../dom.ts';
import type { JobStatus, PublishedTimeline } from '../api-types.ts';
import { hashOf } from '../router.ts';
import type { ViewContext } from '../view.ts';
import { forgetJob, publishJob } from './plan-job.ts';

export type Board = {
  ctx: ViewContext;
  scenarioId: string;
  published: PublishedTimeline;
  signal: AbortSignal;
  result: HTMLElement;
  progress: HTMLElement;
  /** Stops the job being followed (DELETE /plans/:id); shown only while one runs. */
  stop: HTMLButtonElement;
};

/** The live progress line of a job. */
export function statusText(ctx: ViewContext, s: JobStatus): string {
  switch (s.status) {
    case 'queued':
      return ctx.t('board.status.queued');
    case 'running':
      return s.progress
        ? ctx.t('board.status.running', {
            seconds: ctx.fmt.number(s.progress.seconds),
            objective: ctx.fmt.number(s.progress.objective),
          })
        : ctx.t('board.status.runningNoProgress');
    case 'done':
      return ctx.t('board.status.done', {
        scheduled: s.summary?.scheduled ?? 0,
        leftOut: s.summary?.leftOut ?? 0,
      });
    case 'failed':
      return ctx.t('board.status.failed', { error: s.error ?? '' });
    case 'cancelled':
      return ctx.t('board.status.cancelled');
  }
}

export async function publish(
  board: Board,
  jobId: string,
  button: HTMLButtonElement,
  outcome: HTMLElement,
): Promise<void> {
  const { ctx } = board;
  button.disabled = true;
  const result = await publishJob(ctx.api, jobId, board.published.version).catch((e: Error) => ({
    kind: 'error' as const,
    message: e.message,
  }));
  if (result.kind === 'published') {
    board.published = { ...board.published, version: result.version };
    replace(
      outcome,
      h('p', { role: 'status', class: 'ok' }, ctx.t('board.publishedOk', { version: result.version })),
    );
    return;
  }
  button.disabled = false;
  if (result.kind === 'error')
    return replace(
      outcome,
      h('p', { role: 'alert', class: 'error' }, ctx.t('error.generic', { message: result.message })),
    );
  const reload = () => {
    // Through the shell's router (a new hash), so the old render's polling is stopped first.
    forgetJob(board.scenarioId);
    const hash = hashOf('board', board.scenarioId);
    ctx.navigate(location.hash === hash ? `${hash}/` : hash);
  };
  replace(
    outcome,
    h(
      'div',
      { role: 'alert', class: 'panel conflict' },
      h('h3', {}, ctx.t('board.conflict')),
      h('p', {}, result.message),
      h('p', {}, ctx.t('board.conflictWhat')),
      h('button', { type: 'button', onclick: reload }, ctx.t('board.reload')),
    ),
  );
}
