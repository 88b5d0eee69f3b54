// The resources view (#/resources/<scenario>): capacity per partner type, site and day as the
// planner sees it, with its use by the published plan, filtered by type, place and days; and the
// gaps that block most cases. No case is named, so analysts see the same as planners.
import { h, replace } from '../dom.ts';
import { CapacityReport, parseAnswer, ScenarioList } from '../api-types.ts';
import { hashOf } from '../router.ts';
import type { View, ViewContext } from '../view.ts';
import {
  filterCells,
  filterDays,
  heatRows,
  resourceKey,
  typesOf,
  type ResourceFilter,
} from './board-model.ts';
import { capacityMessages } from './capacity-messages.ts';
import { gapsTable, heatMap, typeLabel } from './capacity-render.ts';

const messages = {
  nl: {
    'resources.title': 'Capaciteit',
    'resources.scenario': 'Scenario',
    'resources.type': 'Soort',
    'resources.allTypes': 'alle soorten',
    'resources.place': 'Plaats bevat',
    'resources.from': 'Van',
    'resources.to': 'Tot en met',
    'resources.usePublished': 'Gebruik door het gepubliceerde plan, versie {version}.',
    'resources.useNone': 'Er is nog geen plan gepubliceerd: alleen de beschikbare capaciteit.',
    'resources.availability': 'Beschikbaarheid per soort, plaats en dag',
    'resources.caption': 'Gebruikt/beschikbaar per capaciteit en plaats ({n} rijen)',
    'resources.empty': 'Geen capaciteit past bij deze filters.',
    'resources.gaps': 'Tekorten die de meeste zaken tegenhouden',
  },
  en: {
    'resources.title': 'Resources',
    'resources.scenario': 'Scenario',
    'resources.type': 'Type',
    'resources.allTypes': 'all types',
    'resources.place': 'Place contains',
    'resources.from': 'From',
    'resources.to': 'To',
    'resources.usePublished': 'Use by the published plan, version {version}.',
    'resources.useNone': 'No plan is published yet: available capacity only.',
    'resources.availability': 'Availability per type, place and day',
    'resources.caption': 'Used/available per capacity and place ({n} rows)',
    'resources.empty': 'No capacity matches these filters.',
    'resources.gaps': 'The gaps that block most cases',
  },
};

export const view: View = {
  id: 'resources',
  route: 'resources',
  title: 'resources.title',
  roles: ['planner', 'analyst'],
  messages: {
    nl: { ...capacityMessages.nl, ...messages.nl },
    en: { ...capacityMessages.en, ...messages.en },
  },
  async render(root, ctx, params) {
    const { scenarios } = parseAnswer(ScenarioList, await ctx.api.get('/scenarios'), 'GET /scenarios');
    const scenarioId = scenarios.some((s) => s.id === params[0]) ? params[0]! : scenarios[0]?.id;
    if (!scenarioId) return replace(root, h('h1', {}, ctx.t('resources.title')));
    const report = parseAnswer(
      CapacityReport,
      await ctx.api.get(`/scenarios/${scenarioId}/resources`),
      'resources',
    );
    const select = h(
      'select',
      { id: 'res-scenario', onchange: () => ctx.navigate(hashOf('resources', select.value)) },
      scenarios.map((s) =>
        h('option', { value: s.id, selected: s.id === scenarioId }, `${s.name} (${s.id})`),
      ),
    );
    const table = h('div', { id: 'resources-table' });
    const filters = filterForm(ctx, report, (f) => replace(table, availability(ctx, report, f)));
    replace(
      root,
      h('h1', {}, ctx.t('resources.title')),
      h(
        'div',
        { class: 'toolbar' },
        h('label', { for: 'res-scenario' }, ctx.t('resources.scenario'), select),
      ),
      h(
        'p',
        {},
        report.source.kind === 'published'
          ? ctx.t('resources.usePublished', { version: report.source.version ?? 0 })
          : ctx.t('resources.useNone'),
      ),
      h('h2', { id: 'gaps-heading' }, ctx.t('resources.gaps')),
      gapsTable(ctx, report.gaps),
      h('h2', { id: 'availability-heading' }, ctx.t('resources.availability')),
      filters,
      table,
    );
    replace(table, availability(ctx, report, {}));
  },
};

function availability(ctx: ViewContext, report: CapacityReport, f: ResourceFilter): HTMLElement {
  const cells = filterCells(report.cells, f);
  if (cells.length === 0) return h('p', { role: 'status' }, ctx.t('resources.empty'));
  const days = filterDays(report.days, f);
  // Grouped by partner type (in the report's order), then by what and where.
  const types = typesOf(report.cells);
  const typeOf = new Map(cells.map((c) => [resourceKey(c), types.indexOf(c.type)]));
  const rows = heatRows(days, cells, resourceKey).sort(
    (a, b) => (typeOf.get(a.key) ?? 0) - (typeOf.get(b.key) ?? 0) || a.key.localeCompare(b.key),
  );
  return heatMap(ctx, ctx.t('resources.caption', { n: rows.length }), days, rows, (k) => k);
}

function filterForm(
  ctx: ViewContext,
  report: CapacityReport,
  apply: (f: ResourceFilter) => void,
): HTMLElement {
  const type = h(
    'select',
    { id: 'res-type' },
    h('option', { value: '' }, ctx.t('resources.allTypes')),
    typesOf(report.cells).map((t) => h('option', { value: t }, typeLabel(ctx, t))),
  );
  const place = h('input', { id: 'res-place', type: 'search', autocomplete: 'off' });
  const dayOptions = (selected: string | undefined) =>
    report.days.map((d) => h('option', { value: d, selected: d === selected }, ctx.fmt.day(d)));
  const from = h('select', { id: 'res-from' }, dayOptions(report.days[0]));
  const to = h('select', { id: 'res-to' }, dayOptions(report.days.at(-1)));
  const update = () => apply({ type: type.value, place: place.value, from: from.value, to: to.value });
  for (const control of [type, from, to]) control.addEventListener('change', update);
  place.addEventListener('input', update);
  return h(
    'form',
    {
      class: 'toolbar',
      'aria-labelledby': 'availability-heading',
      onsubmit: (e: Event) => e.preventDefault(),
    },
    h('label', { for: 'res-type' }, ctx.t('resources.type'), type),
    h('label', { for: 'res-place' }, ctx.t('resources.place'), place),
    h('label', { for: 'res-from' }, ctx.t('resources.from'), from),
    h('label', { for: 'res-to' }, ctx.t('resources.to'), to),
  );
}
