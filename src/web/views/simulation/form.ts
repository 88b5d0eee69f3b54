// The simulation form: scenario and baseline, days, replications, seed, marginal value on/off, and
// one labelled number input per resource type for its capacity factor. Errors are shown beside the
// field they name (aria-invalid + aria-describedby), from the form's own check or from the API's 400.
import { h } from '../../dom.ts';
import type { ViewContext } from '../../view.ts';
import type { FieldProblem, FormValues, SimulationRequest, SimulationSetup } from './model.ts';

export type SimulationForm = {
  readonly element: HTMLFormElement;
  values(): FormValues;
  showProblems(problems: readonly FieldProblem[]): void;
  setBusy(busy: boolean): void;
};

type Control = HTMLInputElement | HTMLSelectElement;

const fieldId = (field: string) => `sim-${field.replace(/\./g, '-')}`;
const BASELINE = 'baseline-2021';

export function resourceName(ctx: ViewContext, resource: string): string {
  const key = `sim.res.${resource}`;
  const text = ctx.t(key);
  return text === key ? resource : text;
}

/** A labelled control with the place for its error; `controls` remembers it by field name. */
function field(controls: Map<string, Control>, name: string, label: string, control: Control): HTMLElement {
  control.id = fieldId(name);
  control.name = name;
  controls.set(name, control);
  const error = h('span', { class: 'field-error', id: `${control.id}-error` });
  control.setAttribute('aria-describedby', error.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, error);
}

const numberInput = (value: string | number, attrs: Record<string, string | number>) =>
  h('input', { type: 'number', value: String(value), inputmode: 'decimal', ...attrs });

function scenarioSelects(setup: SimulationSetup, ctx: ViewContext, initial: SimulationRequest | undefined) {
  const names = setup.scenarios.map((s) => s.name);
  // A shortfall scenario against the baseline is the usual question; the baseline when there is none.
  const chosen = initial?.scenario ?? names.find((n) => n !== BASELINE) ?? names[0];
  const against = initial ? initial.baseline : BASELINE;
  const option = (name: string, selected: boolean) => h('option', { value: name, selected }, name);
  return {
    scenario: h(
      'select',
      {},
      names.map((n) => option(n, n === chosen)),
    ),
    baseline: h(
      'select',
      {},
      h('option', { value: '' }, ctx.t('sim.noBaseline')),
      names.map((n) => option(n, n === against)),
    ),
  };
}

function factorInputs(setup: SimulationSetup, initial: SimulationRequest | undefined) {
  const { min, max } = setup.limits.factor;
  return new Map(
    setup.resources.map((r) => [r, numberInput(initial?.factors[r] ?? 1, { min, max, step: 0.05 })]),
  );
}

export function simulationForm(
  setup: SimulationSetup,
  ctx: ViewContext,
  initial: SimulationRequest | undefined,
  onSubmit: (form: SimulationForm) => void,
): SimulationForm {
  const { t } = ctx;
  const controls = new Map<string, Control>();
  const { scenario, baseline } = scenarioSelects(setup, ctx, initial);
  const days = numberInput(initial?.days ?? 30, { min: 1, max: setup.limits.days, step: 1 });
  const replications = numberInput(initial?.replications ?? 3, {
    min: 1,
    max: setup.limits.replications,
    step: 1,
  });
  const seed = h('input', { type: 'text', value: String(initial?.seed ?? 1), autocomplete: 'off' });
  const marginal = h('input', { type: 'checkbox', id: 'sim-marginal', checked: initial?.marginal ?? false });
  const factors = factorInputs(setup, initial);
  const description = h('p', { class: 'hint', id: 'sim-scenario-description' });
  const describe = () => {
    description.textContent = setup.scenarios.find((s) => s.name === scenario.value)?.description ?? '';
  };
  scenario.addEventListener('change', describe);
  describe();
  const submit = h('button', { type: 'submit' }, t('sim.run'));
  const summary = h('p', { role: 'alert', class: 'error', id: 'sim-form-error' });
  const element = h(
    'form',
    { class: 'sim-form', novalidate: true, 'aria-labelledby': 'sim-form-h' },
    h('h2', { id: 'sim-form-h' }, t('sim.form')),
    h(
      'div',
      { class: 'sim-fields' },
      field(controls, 'scenario', t('sim.scenario'), scenario),
      field(controls, 'baseline', t('sim.baseline'), baseline),
      field(controls, 'days', t('sim.days', { max: setup.limits.days }), days),
      field(
        controls,
        'replications',
        t('sim.replications', { max: setup.limits.replications }),
        replications,
      ),
      field(controls, 'seed', t('sim.seed'), seed),
    ),
    description,
    h(
      'div',
      { class: 'field checkbox' },
      marginal,
      h('label', { for: 'sim-marginal' }, t('sim.marginal', setup.limits.marginal)),
    ),
    h(
      'fieldset',
      { class: 'factors', 'aria-describedby': 'sim-factors-hint' },
      h('legend', {}, t('sim.factors')),
      h('p', { class: 'hint', id: 'sim-factors-hint' }, t('sim.factorsHint')),
      h(
        'div',
        { class: 'factor-grid' },
        [...factors].map(([r, input]) =>
          field(controls, `factors.${r}`, t('sim.factor', { resource: resourceName(ctx, r) }), input),
        ),
      ),
    ),
    summary,
    submit,
  );
  scenario.setAttribute('aria-describedby', `${description.id} ${fieldId('scenario')}-error`);
  const form: SimulationForm = {
    element,
    values: () => ({
      scenario: scenario.value,
      baseline: baseline.value,
      days: days.value,
      replications: replications.value,
      seed: seed.value,
      marginal: marginal.checked,
      factors: Object.fromEntries([...factors].map(([r, input]) => [r, input.value])),
    }),
    showProblems: (problems) => showProblems(controls, summary, problems, t),
    setBusy(busy) {
      submit.disabled = busy;
    },
  };
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(form);
  });
  return form;
}

/** Each field's error beside it (or none), the summary above the button, focus on the first. */
function showProblems(
  controls: ReadonlyMap<string, Control>,
  summary: HTMLElement,
  problems: readonly FieldProblem[],
  t: ViewContext['t'],
): void {
  for (const [name, control] of controls) {
    const problem = problems.find((p) => p.field === name);
    const error = document.getElementById(`${control.id}-error`);
    if (error) error.textContent = problem ? t(problem.key, problem.params) : '';
    if (problem) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
  summary.textContent = problems.length > 0 ? t('sim.invalid') : '';
  const first = problems[0] && controls.get(problems[0].field);
  first?.focus();
}
