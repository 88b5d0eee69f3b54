// The simulation view (#/simulation, analysts): choose a scenario, edit capacity factors, days,
// replications and seed, and run a Monte Carlo simulation; #/simulation/<id> follows that run with a
// polled progress bar and, once done, shows the charts against the baseline with 95% bands, the key
// figures, the marginal value of each resource and the HTML report. The id in the address keeps a
// run on screen across reloads (while the service keeps it in memory).
import { ApiError } from '../api.ts';
import { h, replace } from '../dom.ts';
import type { View, ViewContext } from '../view.ts';
import { adoptStyles } from './case/styles.ts';
import { simulationForm, type SimulationForm } from './simulation/form.ts';
import { simulationMessages } from './simulation/messages.ts';
import {
  requestFromForm,
  SimulationJob,
  SimulationList,
  SimulationSetup,
  type FieldProblem,
} from './simulation/model.ts';
import { followJob } from './simulation/progress.ts';
import { SIM_CSS } from './simulation/styles.ts';

export const view: View = {
  id: 'simulation',
  route: 'simulation',
  title: 'sim.title',
  roles: ['analyst'],
  messages: simulationMessages,
  render: (root, ctx, params) => {
    adoptStyles('simulation', SIM_CSS);
    return renderSimulation(root, ctx, params[0]);
  },
};

async function renderSimulation(
  root: HTMLElement,
  ctx: ViewContext,
  id: string | undefined,
): Promise<() => void> {
  const { t } = ctx;
  const setup = SimulationSetup.parse(await ctx.api.get('/simulation-scenarios'));
  let job: SimulationJob | undefined;
  if (id) {
    try {
      job = SimulationJob.parse(await ctx.api.get(`/simulations/${encodeURIComponent(id)}`));
    } catch (e) {
      if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 400)) throw e;
    }
  }
  const form = simulationForm(setup, ctx, job?.request, (f) => void submit(f, ctx, setup));
  const run = h('div', { class: 'sim-run' });
  const recent = h('section', { 'aria-labelledby': 'sim-recent-h' });
  replace(
    root,
    h('h1', {}, t('sim.heading')),
    h('p', {}, t('sim.intro')),
    form.element,
    id && !job ? h('p', { role: 'alert', class: 'error' }, t('sim.notFound')) : null,
    run,
    recent,
  );
  renderRecent(recent, ctx, job?.id).catch((e: unknown) =>
    replace(
      recent,
      h('p', { role: 'alert', class: 'error' }, t('error.generic', { message: (e as Error).message })),
    ),
  );
  return job ? followJob(run, ctx, job, form) : () => undefined;
}

async function submit(form: SimulationForm, ctx: ViewContext, setup: SimulationSetup): Promise<void> {
  const checked = requestFromForm(form.values(), setup.limits);
  if (!checked.ok) return form.showProblems(checked.problems);
  form.showProblems([]);
  form.setBusy(true);
  try {
    const started = (await ctx.api.post('/simulations', checked.body)) as { id: string };
    ctx.navigate(`#/simulation/${started.id}`);
  } catch (e) {
    form.setBusy(false);
    if (e instanceof ApiError && e.status === 400) return form.showProblems(problemsOf(e.body));
    throw e;
  }
}

/** The API's 400 issues (`body.days`, `body.factors.escorts`) as problems on the form's fields. */
function problemsOf(body: unknown): FieldProblem[] {
  const issues = (body as { issues?: { path: string; message: string }[] } | null)?.issues ?? [];
  return issues.map((i) => ({ field: i.path.replace(/^body\./, ''), key: i.message }));
}

async function renderRecent(
  section: HTMLElement,
  ctx: ViewContext,
  current: string | undefined,
): Promise<void> {
  const { t, fmt } = ctx;
  const { simulations } = SimulationList.parse(await ctx.api.get('/simulations'));
  const others = simulations.filter((s) => s.id !== current);
  replace(
    section,
    h('h2', { id: 'sim-recent-h' }, t('sim.recent')),
    others.length === 0
      ? h('p', {}, t('sim.none'))
      : h(
          'ul',
          {},
          others.map((s) =>
            h(
              'li',
              {},
              h(
                'a',
                { href: `#/simulation/${s.id}` },
                `${s.request.scenario} · ${s.request.days} × ${s.request.replications}`,
              ),
              ` — ${fmt.dateTime(s.createdAt)} — ${t(`sim.status.${s.status}`, { error: s.error ?? '' })}`,
            ),
          ),
        ),
  );
}
