// The cases of a scenario (#/case): each with its four lights (icon and word), its regime, the date
// by which it must happen and what the published plan decided. Officers get only their region's
// cases from the API. A search box and a "only blocked" switch filter the table as one types.
import { z } from 'zod';
import { h, replace } from '../../dom.ts';
import type { ViewContext } from '../../view.ts';
import { lightBadge } from './lights.ts';
import { CaseList, worstLight } from './model.ts';

const Scenarios = z.object({ scenarios: z.array(z.object({ id: z.string(), name: z.string() })) });

type Item = CaseList['cases'][number];

export async function renderCaseList(root: HTMLElement, ctx: ViewContext): Promise<void> {
  const { t } = ctx;
  const { scenarios } = Scenarios.parse(await ctx.api.get('/scenarios'));
  const select = h(
    'select',
    { id: 'case-scenario' },
    scenarios.map((s) => h('option', { value: s.id }, `${s.name} (${s.id})`)),
  );
  const search = h('input', { id: 'case-search', type: 'search', autocomplete: 'off' });
  const blocked = h('input', { id: 'case-blocked', type: 'checkbox' });
  const body = h('div', {});
  const page = h(
    'div',
    { class: 'case-page' },
    h('h1', {}, t('case.listHeading')),
    ctx.region && h('p', {}, t('case.regionNote', { region: ctx.region })),
    h(
      'div',
      { class: 'case-filter' },
      h('label', { for: 'case-scenario' }, t('case.scenario'), select),
      h('label', { for: 'case-search' }, t('case.filter'), search),
      h('label', { for: 'case-blocked', class: 'inline' }, blocked, t('case.onlyBlocked')),
    ),
    body,
  );
  replace(root, page);
  let list: CaseList | undefined;
  const draw = () => {
    if (list) replace(body, ...casesTable(list, ctx, search.value.trim().toLowerCase(), blocked.checked));
  };
  const load = async () => {
    replace(body, h('p', { role: 'status' }, t('shell.loading')));
    list = CaseList.parse(await ctx.api.get(`/scenarios/${encodeURIComponent(select.value)}/cases`));
    draw();
  };
  select.addEventListener('change', () => void load());
  search.addEventListener('input', draw);
  blocked.addEventListener('change', draw);
  if (scenarios.length > 0) await load();
}

function casesTable(list: CaseList, ctx: ViewContext, query: string, onlyBlocked: boolean): HTMLElement[] {
  const { t } = ctx;
  const shown = list.cases.filter(
    (c) =>
      c.id.toLowerCase().includes(query) &&
      (!onlyBlocked || worstLight(c.lights.map((l) => l.light)) !== 'green'),
  );
  const count = h(
    'p',
    { role: 'status' },
    t('case.count', { shown: shown.length, total: list.cases.length }),
  );
  const col = (text: string) => h('th', { scope: 'col' }, text);
  const conditions = list.cases[0]?.lights.map((l) => l.id) ?? [];
  const headings = [
    ...['id', 'regime', 'persons'].map((k) => col(t(`case.col.${k}`))),
    ...conditions.map((id) => col(t(`case.cond.${id}`))),
    ...['mustHappenBy', 'published'].map((k) => col(t(`case.col.${k}`))),
  ];
  const rows = shown.map((c) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h('a', { href: `#/case/${encodeURIComponent(c.id)}/${encodeURIComponent(list.scenarioId)}` }, c.id),
      ),
      h('td', {}, t(`case.regime.${c.regime}`)),
      h('td', {}, c.persons),
      c.lights.map((l) => h('td', {}, lightBadge(l.light, t(`case.short.${l.light}`)))),
      h('td', {}, c.mustHappenBy ? ctx.fmt.date(c.mustHappenBy) : '—'),
      h('td', {}, publishedText(c, t)),
    ),
  );
  return [
    h(
      'p',
      {},
      t('case.asOf', {
        date: ctx.fmt.date(list.date),
        scenario: list.scenarioId,
        version: list.publishedVersion,
      }),
    ),
    count,
    h(
      'table',
      {},
      h('caption', {}, t('case.listHeading')),
      h('thead', {}, h('tr', {}, headings)),
      h('tbody', {}, rows),
    ),
  ];
}

function publishedText(c: Item, t: ViewContext['t']): string {
  if (c.published === null) return t('case.pub.none');
  if (c.published.status === 'left-out') return t('case.pub.left-out', { code: c.published.code ?? '' });
  return t(`case.pub.${c.published.status}`);
}
