// The capacity heat map (rows × days, coloured by the share used, binding capacities outlined and
// marked in text) and the tables beside it, shared by the planner board and the resources view.
import { h } from '../dom.ts';
import type { CapacityCell, Gap } from '../api-types.ts';
import type { ViewContext } from '../view.ts';
import { bindingCells, heatRows, type HeatRow } from './board-model.ts';
import type { CapacityReport } from '../api-types.ts';

/** The label of a partner type key ('police' → "police teams"). */
export const typeLabel = (ctx: ViewContext, type: string): string => ctx.t(`type.${type}`);

/**
 * A heat map as a table: one row per key, one column per day, each cell "used/available" with
 * its share as the colour class; binding cells are outlined and carry a "!" with a text label.
 */
export function heatMap(
  ctx: ViewContext,
  caption: string,
  days: readonly string[],
  rows: readonly HeatRow[],
  rowLabel: (key: string) => string,
): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, ctx.t('cap.resource')),
    days.map((d) => h('th', { scope: 'col' }, ctx.fmt.day(d))),
  );
  const body = rows.map((row) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, rowLabel(row.key)),
      row.cells.map((c) => {
        const none = c.available === 0;
        const title = none
          ? ctx.t('cap.none')
          : ctx.t('cap.cellTitle', {
              used: fmtN(ctx, c.used),
              available: fmtN(ctx, c.available),
              share: ctx.fmt.percent(c.share ?? 0),
            }) + (c.binding > 0 ? ` — ${ctx.t('cap.bindingCount', { n: c.binding })}` : '');
        return h(
          'td',
          { class: `cell ${none ? 'none' : `u${c.level}`}${c.binding > 0 ? ' binding' : ''}`, title },
          none ? '–' : `${fmtN(ctx, c.used)}/${fmtN(ctx, c.available)}`,
          c.binding > 0 && h('span', { 'aria-hidden': 'true' }, ' !'),
          c.binding > 0 &&
            h('span', { class: 'visually-hidden' }, ` (${ctx.t('cap.bindingCount', { n: c.binding })})`),
        );
      }),
    ),
  );
  return h(
    'div',
    { class: 'scroll' },
    h('table', { class: 'heat' }, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, body)),
    legend(ctx),
  );
}

function legend(ctx: ViewContext): HTMLElement {
  const item = (cls: string, text: string) =>
    h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), text);
  return h(
    'ul',
    { class: 'legend heat', 'aria-label': ctx.t('cap.legend') },
    item('u1', ctx.t('cap.level1')),
    item('u2', ctx.t('cap.level2')),
    item('u3', ctx.t('cap.level3')),
    item('u4', ctx.t('cap.level4')),
    item('binding', ctx.t('cap.levelBinding')),
  );
}

const fmtN = (ctx: ViewContext, n: number) => ctx.fmt.number(n, Number.isInteger(n) ? 0 : 1);

/** The heat map of a report by partner type, with the table of binding capacities beside it. */
export function capacitySection(ctx: ViewContext, report: CapacityReport): HTMLElement[] {
  const rows = heatRows(report.days, report.cells);
  return [
    heatMap(ctx, ctx.t('cap.heatCaption'), report.days, rows, (k) => typeLabel(ctx, k)),
    bindingTable(ctx, bindingCells(report)),
  ];
}

export function bindingTable(ctx: ViewContext, cells: readonly CapacityCell[]): HTMLElement {
  if (cells.length === 0) return h('p', {}, ctx.t('cap.noBinding'));
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      {},
      h('caption', {}, ctx.t('cap.bindingCaption', { n: cells.length })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            ctx.t('cap.day'),
            ctx.t('cap.type'),
            ctx.t('cap.resource'),
            ctx.t('cap.place'),
            ctx.t('cap.used'),
          ].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        cells.map((c) =>
          h(
            'tr',
            {},
            h('td', {}, `${ctx.fmt.day(c.date)}${c.part ? ` ${ctx.t(`part.${c.part}`)}` : ''}`),
            h('td', {}, typeLabel(ctx, c.type)),
            h('td', {}, c.resource),
            h('td', {}, c.place),
            h('td', { class: 'num' }, `${fmtN(ctx, c.used)}/${fmtN(ctx, c.available)}`),
          ),
        ),
      ),
    ),
  );
}

/** The gaps that block most cases, as a table. */
export function gapsTable(ctx: ViewContext, gaps: readonly Gap[]): HTMLElement {
  if (gaps.length === 0) return h('p', {}, ctx.t('cap.noGaps'));
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      {},
      h('caption', {}, ctx.t('cap.gapsCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            ctx.t('cap.cases'),
            ctx.t('cap.type'),
            ctx.t('cap.resource'),
            ctx.t('cap.place'),
            ctx.t('cap.day'),
          ].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        gaps.map((g) =>
          h(
            'tr',
            {},
            h('td', { class: 'num' }, ctx.fmt.number(g.cases)),
            h('td', {}, typeLabel(ctx, g.type)),
            h('td', {}, g.resource),
            h('td', {}, g.place),
            h('td', {}, `${ctx.fmt.day(g.date)}${g.part ? ` ${ctx.t(`part.${g.part}`)}` : ''}`),
          ),
        ),
      ),
    ),
  );
}
