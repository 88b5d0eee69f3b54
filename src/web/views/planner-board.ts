// The planner board (#/board/<scenario>): the published plan, running a new plan with live
// progress, and the plan on show — its changes against the published one, its timeline, its
// capacity use (heat map with a table of binding capacities) and the cases it leaves out — with a
// Publish button whose conflicts are shown as such, with what to do.
import { h, replace } from '../dom.ts';
import {
  CapacityReport,
  parseAnswer,
  PublishedTimeline,
  ScenarioList,
  Timeline,
  type JobStatus,
} from '../api-types.ts';
import { hashOf } from '../router.ts';
import type { View } from '../view.ts';
import { boardMessages } from './board-messages.ts';
import { diffPlans } from './board-model.ts';
import { diffSection, leftOutSection, timelineSection } from './board-render.ts';
import { capacityMessages } from './capacity-messages.ts';
import { capacitySection } from './capacity-render.ts';
import { jobStatus, pollJob, rememberedJob, startJob } from './plan-job.ts';
import { publish, statusText, type Board } from './board-publish.ts';

export const view: View = {
  id: 'board',
  route: 'board',
  title: 'board.title',
  roles: ['planner'],
  messages: {
    nl: { ...capacityMessages.nl, ...boardMessages.nl },
    en: { ...capacityMessages.en, ...boardMessages.en },
  },
  async render(root, ctx, params) {
    const { scenarios } = parseAnswer(ScenarioList, await ctx.api.get('/scenarios'), 'GET /scenarios');
    const scenarioId = scenarios.some((s) => s.id === params[0]) ? params[0]! : scenarios[0]?.id;
    if (!scenarioId)
      return replace(root, h('h1', {}, ctx.t('board.title')), h('p', {}, ctx.t('board.noScenarios')));
    const controller = new AbortController();
    const published = parseAnswer(
      PublishedTimeline,
      await ctx.api.get(`/published/${scenarioId}/timeline`),
      'published timeline',
    );
    const board: Board = {
      ctx,
      scenarioId,
      published,
      signal: controller.signal,
      result: h('section', { 'aria-labelledby': 'plan-heading' }),
      progress: h('p', { role: 'status', 'aria-live': 'polite', id: 'plan-progress' }),
      stop: h('button', { type: 'button', hidden: true }, ctx.t('board.cancel')),
    };
    const select = h(
      'select',
      { id: 'scenario', onchange: () => ctx.navigate(hashOf('board', select.value)) },
      scenarios.map((s) =>
        h('option', { value: s.id, selected: s.id === scenarioId }, `${s.name} (${s.id})`),
      ),
    );
    replace(
      root,
      h('h1', {}, ctx.t('board.title')),
      h('div', { class: 'toolbar' }, h('label', { for: 'scenario' }, ctx.t('board.scenario'), select)),
      h(
        'section',
        { 'aria-labelledby': 'published-heading' },
        h('h2', { id: 'published-heading' }, ctx.t('board.published')),
        h(
          'p',
          {},
          published.timeline
            ? ctx.t('board.publishedVersion', {
                version: published.version,
                when: ctx.fmt.dateTime(published.publishedAt!),
              })
            : ctx.t('board.nothingPublished'),
        ),
      ),
      runForm(board),
      board.result,
    );
    await showInitial(board);
    return () => controller.abort();
  },
};

function runForm(board: Board): HTMLElement {
  const { ctx } = board;
  const limit = h('input', { id: 'time-limit', type: 'number', min: 1, max: 600, value: 10, required: true });
  const unblock = h('input', { id: 'unblock', type: 'checkbox' });
  const run = h('button', { type: 'submit', class: 'primary' }, ctx.t('board.runButton'));
  const form = h(
    'form',
    { class: 'toolbar', 'aria-labelledby': 'run-heading' },
    h('label', { for: 'time-limit' }, ctx.t('board.timeLimit'), limit),
    h('label', { for: 'unblock', class: 'check' }, h('span', {}, unblock, ' ', ctx.t('board.unblockOption'))),
    run,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run.disabled = true;
    void startJob(ctx.api, board.scenarioId, Number(limit.value), unblock.checked)
      .then((id) => follow(board, id))
      .catch((err: Error) => (board.progress.textContent = ctx.t('error.generic', { message: err.message })))
      .finally(() => (run.disabled = false));
  });
  return h(
    'section',
    { 'aria-labelledby': 'run-heading' },
    h('h2', { id: 'run-heading' }, ctx.t('board.run')),
    form,
    h('div', { class: 'toolbar' }, board.progress, board.stop),
  );
}

/** The remembered job of this scenario if there is one (following it if still running), else the published plan. */
async function showInitial(board: Board): Promise<void> {
  const id = rememberedJob(board.scenarioId);
  const status = id ? await jobStatus(board.ctx.api, id).catch(() => undefined) : undefined;
  const mine = status?.scenarioId === board.scenarioId ? status : undefined;
  // A job still running is followed in the background: the board is usable meanwhile.
  if (mine?.status === 'queued' || mine?.status === 'running') void follow(board, mine.id);
  else if (mine?.status === 'done') await follow(board, mine.id);
  else if (board.published.timeline) await showPlan(board, board.published.timeline, undefined);
}

async function follow(board: Board, id: string): Promise<void> {
  const { api } = board.ctx;
  board.stop.onclick = () => void api.delete(`/plans/${id}`).catch(() => undefined);
  const last = await pollJob(
    api,
    id,
    (s) => {
      board.progress.textContent = statusText(board.ctx, s);
      board.stop.hidden = s.status !== 'queued' && s.status !== 'running';
    },
    board.signal,
  ).catch(() => undefined);
  if (last?.status !== 'done' || board.signal.aborted) return;
  try {
    const timeline = parseAnswer(Timeline, await api.get(`/plans/${id}/timeline`), 'job timeline');
    await showPlan(board, timeline, last);
  } catch (e) {
    board.progress.textContent = board.ctx.t('error.generic', { message: (e as Error).message });
  }
}

/** Shows a plan: a job's (with Publish and the changes) or the published one. */
async function showPlan(board: Board, timeline: Timeline, job: JobStatus | undefined): Promise<void> {
  const { ctx, published } = board;
  const path = job ? `/plans/${job.id}/capacity` : `/scenarios/${board.scenarioId}/resources`;
  const capacity = parseAnswer(CapacityReport, await ctx.api.get(path), 'capacity');
  const heading = job
    ? ctx.t('board.jobPlan', { id: job.id.slice(0, 8) })
    : ctx.t('board.publishedPlan', { version: published.version });
  const outcome = h('div', { id: 'publish-outcome' });
  replace(
    board.result,
    h('h2', { id: 'plan-heading' }, heading),
    job && job.valid === false && h('p', { class: 'error' }, ctx.t('board.invalid')),
    job &&
      job.valid !== false &&
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: (e: Event) => void publish(board, job.id, e.currentTarget as HTMLButtonElement, outcome),
        },
        ctx.t('board.publish'),
      ),
    outcome,
    capacity.unmatched > 0 && h('p', { class: 'warn' }, ctx.t('board.unmatched', { n: capacity.unmatched })),
    job && h('h3', {}, ctx.t('board.changes')),
    job && diffSection(ctx, diffPlans(published.timeline, timeline), published.version),
    h('h3', {}, ctx.t('board.timeline')),
    timelineSection(ctx, timeline),
    h('h3', {}, ctx.t('board.capacity')),
    capacitySection(ctx, capacity),
    h('h3', {}, ctx.t('board.leftOut')),
    leftOutSection(ctx, timeline.leftOut),
  );
}
