// The simulation report as an analyst opens it: a file in Chromium, with no network at all. Every
// chart is drawn (an SVG with a size, an accessible name and a data table to open), the page makes
// no request and raises no error, and its Dutch version is marked Dutch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/sim-runner/index.ts';
import { handResult } from '../sim-runner/outcomes.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'rotonde-report-'));

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(lang: 'en' | 'nl') {
  const file = join(dir, `report-${lang}.html`);
  writeFileSync(file, renderReport(handResult(), lang));
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) requests.push(r.url());
  });
  await page.goto(`file://${file}`);
  return { page, errors, requests };
}

describe('the simulation report in a browser', () => {
  it('draws every chart with a name and a data table, offline, without errors', async () => {
    const { page, errors, requests } = await open('en');
    const charts = page.getByRole('img');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(50);
      await expect(chart.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    }
    const firstTable = page.locator('figure details').first();
    await firstTable.locator('summary').click();
    await expect(firstTable.getByRole('table').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('is marked Dutch in Dutch', async () => {
    const { page } = await open('nl');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await page.close();
  }, 60_000);
});
