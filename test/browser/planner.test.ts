// The planner board in Chromium: run a plan with live progress, see its timeline, capacity heat
// map and cases left out, publish it; and a publish on top of a version that has since changed is
// shown as a conflict with what to do, after which reloading shows the new version. Then an analyst
// sees the published plan's use in the resources view. The tests run in order on one database and
// build on each other (nothing published → version 1 → version 2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness, type Harness } from './harness.ts';

const started = useHarness();
let harness: Harness;
beforeEach(() => {
  harness = started.current();
});

afterEach(() => {
  expect(harness.pageErrors).toEqual([]);
});

/** Runs a plan from the board and waits for its end. */
async function runPlan(page: Page): Promise<void> {
  await page.getByLabel('Time limit (seconds)').fill('3');
  await page.getByRole('button', { name: 'Run plan' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Done: \d+ cases planned/ })
    .waitFor({ timeout: 60_000 });
}

/** A plan job started and published through the API, as another planner would. */
async function publishElsewhere(expectedVersion: number): Promise<void> {
  const headers = { authorization: `Bearer ${harness.tokens.planner}`, 'content-type': 'application/json' };
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${harness.url}${path}`, { ...init, headers: { ...headers, ...(init.headers as object) } });
  const started = (await (
    await api('/plans', {
      method: 'POST',
      body: JSON.stringify({ scenarioId: harness.scenario.id, timeLimitSeconds: 3 }),
    })
  ).json()) as { id: string };
  for (let status = ''; status !== 'done';) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    status = ((await (await api(`/plans/${started.id}`)).json()) as { status: string }).status;
    expect(['queued', 'running', 'done']).toContain(status);
  }
  const res = await api(`/plans/${started.id}/publish`, {
    method: 'POST',
    headers: { 'if-match': `"${expectedVersion}"` },
  });
  expect(res.status).toBe(201);
}

describe('the planner board', () => {
  it('runs a plan, shows its timeline, capacity and left-out cases, and publishes it', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'planner');
    await page.getByRole('heading', { name: 'Planner board', level: 1 }).waitFor();
    await page.getByText('No plan has been published yet.').waitFor();
    await runPlan(page);
    await page.getByRole('table', { name: /Capacity use per type and day/ }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.waitFor();
    const intakes = await timeline.getByRole('heading', { name: /^Intakes/ }).count();
    expect(intakes).toBeGreaterThan(0);
    await page.getByRole('table', { name: /Against version 0: \d+ added, 0 removed, 0 moved/ }).waitFor();
    // The browser runs in UTC; departures from Schiphol must read as the schedule's Amsterdam time.
    const departures = await timeline.locator('li li').filter({ hasText: /AMS→/ }).allTextContents();
    expect(departures.length).toBeGreaterThan(0);
    for (const text of departures) {
      const [, time, label] = /^(\d\d:\d\d) (.+?) AMS→/.exec(text) ?? [];
      const scheduled = harness.scenario.flights.filter(
        (f) =>
          f.departureAirport === 'AMS' && (f.kind === 'scheduled' ? f.flightNumber : f.operation) === label,
      );
      expect(
        scheduled.map((f) => f.departure.slice(11, 16)),
        text,
      ).toContain(time);
    }
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published as version 1.').waitFor();
    await page.context().close();
  });

  it('shows a publish on top of a changed version as a conflict, with what to do', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'planner');
    await page.getByText(/^Version 1, published/).waitFor();
    await runPlan(page);
    await publishElsewhere(1);
    await page.getByRole('button', { name: 'Publish' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Publish conflict' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('reload the published plan and plan again');
    await alert.getByRole('button', { name: 'Reload the published plan' }).click();
    await page.getByText(/^Version 2, published/).waitFor();
    await page.context().close();
  });

  it('shows an analyst the resources used by the published plan, filtered by type', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'analyst');
    await page.getByRole('link', { name: 'Resources' }).click();
    await page.getByText('Use by the published plan, version 2.').waitFor();
    await page
      .getByRole('table', { name: 'The gaps that block most cases' })
      .or(page.getByText(/^No gaps/))
      .waitFor();
    await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'police (AVIM)' });
    const table = page.getByRole('table', { name: /^Used\/available per capacity and place/ });
    const rows = await table.locator('tbody th').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.startsWith('police team · '))).toBe(true);
    await page.context().close();
  });
});
