import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/sim-runner/report.ts';
import { handResult } from './outcomes.ts';

const figures = (html: string) => html.split('<figure>').slice(1);

describe('renderReport', () => {
  const html = renderReport(handResult());

  it('is self-contained: no script, no external source, link or stylesheet', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('<style>');
  });

  it('puts a data table with every chart', () => {
    const all = figures(html);
    // cumulative departures, mean detention (bars), caseload, police utilisation, two marginal bar charts
    expect(all).toHaveLength(6);
    for (const f of all) {
      expect(f).toMatch(/<svg [^>]*role="img"/);
      expect(f).toMatch(/<details>.*<table>.*<\/table><\/details><\/figure>/s);
    }
  });

  it('escapes a scenario description that holds markup', () => {
    const evil = renderReport(handResult('<script>alert("x")</script> & more'));
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
  });

  it('lists the inputs and compares every KPI with the baseline, judging only clear differences', () => {
    expect(html).toMatch(/<dt>Seed<\/dt><dd>1<\/dd>/);
    expect(html).toContain('Scenario: test');
    expect(html).toContain('Baseline: base');
    const row = (label: string) => html.split('<tr>').find((r) => r.includes(`>${label}</th>`)) ?? '';
    // departures 4, 5, 3 against 6, 7, 5: paired differences all −2, so clearly worse
    expect(row('Departures')).toContain('class="worse"');
    expect(row('Departures')).toContain('>-2 <span class="ci">(-2 – -2)</span>');
    // lapses 3, 4, 2 against 1, 2, 1: differences 2, 2, 1 (mean 1.7): interval above zero, worse
    expect(row('Dublin lapsed')).toContain('class="worse"');
    expect(row('Police')).not.toMatch(/better|worse/);
  });

  it('gives the marginal values per resource with their units', () => {
    const section = html.split('<h2>Marginal value of each resource type</h2>')[1] ?? '';
    const row = section.split('<tr>').find((r) => r.includes('>police (AVIM) teams</th>')) ?? '';
    // +10 units; extra departures 1, 0, 1 → mean 0.67, per unit 0.067
    expect(row).toContain('>10</td>');
    expect(row).toContain('>0.067</td>');
  });

  it('speaks Dutch when asked', () => {
    const nl = renderReport(handResult(), 'nl');
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('Kerncijfers');
    expect(nl).toContain('Vertrekken');
    expect(nl).toContain('30 november 2026');
  });
});
