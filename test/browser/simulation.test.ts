// The simulation view in Chromium: an analyst runs a small simulation (5 days × 2 replications,
// against the baseline, no marginal value), follows its progress bar, and sees the charts with a
// table beside each and the key figures with intervals.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './harness.ts';

const started = useHarness();
let harness: Harness;
beforeEach(() => {
  harness = started.current();
});

describe('simulation view', () => {
  it('an analyst runs a small simulation and sees its chart beside a table, and the key figures', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'analyst');
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Simulation' })
      .click();
    await page.getByLabel('Scenario', { exact: true }).selectOption('baseline-2021');
    await page.getByLabel('Days (1–730)').fill('5');
    await page.getByLabel('Replications (1–50)').fill('2');
    await page.getByLabel('Factor escorts (KMar)').fill('0.8');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 80_000 });
    const chart = page.getByRole('img', { name: /^forced departures/ });
    await expect(chart.count()).resolves.toBe(1);
    // Departures are charted as running totals, as in the report.
    await expect(chart.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    const table = page.getByRole('table', { name: 'forced departures (cumulative), per week' });
    await expect(table.getByRole('row').count()).resolves.toBe(2);
    const kpis = page.getByRole('table', { name: 'Key figures' });
    await expect(kpis.getByRole('row', { name: /demonstrable departures/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Download the HTML report' }).count()).resolves.toBe(1);
    await page.context().close();
  }, 120_000);

  it('a field out of range is named beside the field and nothing is started', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'analyst');
    await page.goto(`${harness.url}/ui/#/simulation`);
    await page.getByLabel('Days (1–730)').fill('1000');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect(page.getByText('Enter a whole number from 1 to 730.').count()).resolves.toBe(1);
    await expect(page.getByLabel('Days (1–730)').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await page.context().close();
  });
});
