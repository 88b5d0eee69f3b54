// The self-contained HTML report of a Monte Carlo run: inline CSS and SVG, no script, nothing fetched.
import { chartsSection } from './report-charts.ts';
import { esc } from './report-parts.ts';
import { words, type ReportLang, type Words } from './report-text.ts';
import { kpiSection, marginalSection } from './report-tables.ts';
import type { MonteCarloResult } from './types.ts';

const CSS = `
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, sans-serif; line-height: 1.45; }
body { max-width: 1360px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #1f4e9c; } h3 { margin-top: 1.6rem; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border-bottom: 1px solid #d0d0d0; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.ci { color: #4d4d4d; white-space: nowrap; }
.better { color: #1d5e20; font-weight: 600; } .worse { color: #a11d1d; font-weight: 600; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 1rem 2rem; }
figure { margin: 0.5rem 0; } figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin: 0.2rem 0; }
details { margin: 0.2rem 0 0.8rem; } summary { cursor: pointer; color: #1f4e9c; }
details table { display: block; max-height: 24rem; overflow: auto; }
dl.inputs { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.inputs dt { font-weight: 600; } dl.inputs dd { margin: 0; }
@media print { details { display: block; } details > table { display: table; max-height: none; } }
`;

/** One HTML file a browser opens offline; every text from the run is escaped. */
export function renderReport(result: MonteCarloResult, lang: ReportLang = 'en'): string {
  const w = words(lang);
  const title = `${w.t('title')}: ${result.scenario.name}`;
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${CSS}</style></head><body><main>`,
    `<h1>${esc(title)}</h1>`,
    result.scenario.description ? `<p>${esc(result.scenario.description)}</p>` : '',
    inputsSection(result, w),
    kpiSection(result, w),
    chartsSection(result, w),
    marginalSection(result, w),
    '</main></body></html>\n',
  ].join('\n');
}

function inputsSection(result: MonteCarloResult, w: Words): string {
  const { input, baseline } = result;
  const m = result.marginal.length > 0 ? input.marginal : null;
  const items: [string, string][] = [
    [w.t('scenario'), result.scenario.name],
    [
      w.t('baseline'),
      baseline ? `${baseline.name}${baseline.description ? ` — ${baseline.description}` : ''}` : w.t('none'),
    ],
    [w.t('days'), w.num(input.days)],
    [w.t('replications'), w.num(input.replications)],
    [w.t('seed'), String(input.seed)],
    [w.t('generated'), w.dateTime(result.generatedAt)],
    [
      w.t('marginalRuns'),
      m ? w.t('marginalRunsValue', { replications: m.replications, days: m.days }) : w.t('none'),
    ],
  ];
  const list = items.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  return `<section><h2>${esc(w.t('inputs'))}</h2><dl class="inputs">${list}</dl></section>`;
}
