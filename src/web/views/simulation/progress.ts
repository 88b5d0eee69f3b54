// Following a simulation: a progress bar (role progressbar, with its value in words) and a status
// line in a live region, updated by polling GET /simulations/:id every second until it ends; a
// button stops it (DELETE). Once done, the results replace the progress.
import { h, replace } from '../../dom.ts';
import type { ViewContext } from '../../view.ts';
import type { SimulationForm } from './form.ts';
import { phaseMessage, progressShare, Result, SimulationJob } from './model.ts';
import { resultsSection } from './results.ts';

const POLL_MS = 1000;

export function followJob(
  root: HTMLElement,
  ctx: ViewContext,
  first: SimulationJob,
  form: SimulationForm,
): () => void {
  const { t } = ctx;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bar = h('progress', { id: 'sim-progress', max: 1, value: 0 });
  const barLabel = h('label', { for: 'sim-progress' }, t('sim.progress'));
  const status = h('p', { role: 'status', id: 'sim-status' });
  const cancel = h('button', { type: 'button', class: 'secondary' }, t('sim.cancel'));
  const progress = h(
    'section',
    { class: 'sim-progress', 'aria-label': t('sim.progress') },
    barLabel,
    bar,
    status,
    cancel,
  );
  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    void ctx.api
      .delete(`/simulations/${first.id}`)
      .catch(() => undefined)
      .then(poll);
  });
  replace(root, progress);

  const show = (job: SimulationJob) => {
    const share = progressShare(job.progress);
    bar.value = share;
    const phase = job.progress ? phaseMessage(job.progress.phase) : undefined;
    const words = t('sim.progressText', {
      percent: ctx.fmt.percent(share),
      phase: phase ? t(phase.key, phase.params) : t(`sim.status.${job.status}`, { error: '' }),
    });
    bar.setAttribute('aria-valuetext', words);
    bar.textContent = words;
    const running = job.status === 'queued' || job.status === 'running';
    status.textContent = running ? words : t(`sim.status.${job.status}`, { error: job.error ?? '' });
    cancel.hidden = !running;
    form.setBusy(running);
    if (job.status === 'done') showResult(job);
    return running;
  };

  const showResult = (job: SimulationJob) => {
    const parsed = Result.safeParse(job.result);
    if (!parsed.success) {
      replace(
        root,
        progress,
        h('p', { role: 'alert', class: 'error' }, t('sim.status.failed', { error: 'unexpected result' })),
      );
      return;
    }
    replace(root, progress, resultsSection(parsed.data, ctx, reportButton(job, ctx)));
    progress.hidden = true;
  };

  const poll = async () => {
    if (stopped) return;
    try {
      const job = SimulationJob.parse(await ctx.api.get(`/simulations/${first.id}`));
      if (!stopped && show(job)) timer = setTimeout(() => void poll(), POLL_MS);
    } catch (e) {
      if (!stopped) status.textContent = t('error.generic', { message: (e as Error).message });
    }
  };

  if (show(first)) timer = setTimeout(() => void poll(), POLL_MS);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * The report needs the bearer token, so a plain link cannot fetch it: the button fetches it with the
 * API client and saves it as a file (a self-contained page that opens offline).
 */
function reportButton(job: SimulationJob, ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const note = h('span', { role: 'status', class: 'hint' });
  const button = h('button', { type: 'button' }, t('sim.report'));
  button.addEventListener('click', () => {
    void ctx.api
      .request<string>('GET', `/simulations/${job.id}/report.html?lang=${ctx.lang}`, {
        headers: { accept: 'text/html' },
      })
      .then((res) => {
        const file = `rotonde-simulation-${job.request.scenario}-${job.id.slice(0, 8)}.html`;
        const url = URL.createObjectURL(new Blob([String(res.body)], { type: 'text/html' }));
        const a = h('a', { href: url, download: file });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        note.textContent = t('sim.reportReady', { file });
      })
      .catch((e: unknown) => {
        note.textContent = t('error.generic', { message: (e as Error).message });
      });
  });
  return h('p', { class: 'sim-report' }, button, ' ', note);
}
