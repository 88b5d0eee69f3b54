// Building blocks of the HTML report: escaped cells, intervals, figures with their data tables.
import type { Metric } from '../simulation/index.ts';
import type { Words } from './report-text.ts';
import { escapeXml } from './svg-charts.ts';
import type { Interval } from './types.ts';

export const esc = escapeXml;

/** Decimals shown for a unit: shares to two, days to one, counts whole. */
export function digitsFor(unit: string): number {
  if (unit === 'share') return 2;
  return unit === 'days' ? 1 : 0;
}

export function intervalText(i: Interval, w: Words, digits: number): string {
  return `${w.num(i.mean, digits)} <span class="ci">(${w.num(i.low, digits)} – ${w.num(i.high, digits)})</span>`;
}

export const label = (m: Pick<Metric, 'label'>, w: Words): string => m.label[w.lang];

/** A table with a caption, header row and body rows; cells are HTML already escaped by the caller. */
export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const th = head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td class="num">${c}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${caption}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart with its data table (the text alternative), folded open under the chart. */
export function figure(svg: string, caption: string, dataTable: string, w: Words): string {
  return (
    `<figure>${svg}<figcaption>${esc(caption)}</figcaption>` +
    `<details><summary>${esc(w.t('showTable'))}: ${esc(caption)}</summary>${dataTable}</details></figure>`
  );
}

/** The days a data table lists: all for up to two months, else every 7th and the last. */
export function tableDays(days: number): { days: number[]; note: 'everyDay' | 'everyNthDay'; step: number } {
  const step = days <= 62 ? 1 : 7;
  const list: number[] = [];
  for (let d = 0; d < days; d += step) list.push(d);
  if (list.at(-1) !== days - 1 && days > 0) list.push(days - 1);
  return { days: list, note: step === 1 ? 'everyDay' : 'everyNthDay', step };
}
