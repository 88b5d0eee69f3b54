// Refreshes docs/screenshots/: starts the service with the browser-test harness (small scenario,
// one token per role), publishes a plan and runs a small simulation through the API so the views
// have something to show, then logs in as each role in Chromium and saves a PNG of every view —
// the case view in Dutch and English. Run with `npm run screenshots`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Role } from '../src/http/principal.ts';
import { startHarness, switchToEnglish, type Harness } from '../test/browser/harness.ts';

const OUT = 'docs/screenshots';
const VIEWPORT = { width: 1280, height: 900 };

type Shot = {
  readonly file: string;
  readonly role: Role;
  readonly hash: string;
  readonly lang: 'en' | 'nl';
  /** What must be on screen before the picture is taken. */
  readonly ready: (page: Page) => Promise<unknown>;
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const harness = await startHarness();
  try {
    await publishPlan(harness);
    const simulation = await runSimulation(harness);
    const blocked = 'C-UAM-MA-NORC';
    const heading = (name: string | RegExp) => (page: Page) =>
      page.getByRole('heading', { name }).first().waitFor();
    const shots: Shot[] = [
      { file: 'board-en.png', role: 'planner', hash: '#/board', lang: 'en', ready: heading(/./) },
      { file: 'board-nl.png', role: 'planner', hash: '#/board', lang: 'nl', ready: heading(/./) },
      { file: 'resources-en.png', role: 'planner', hash: '#/resources', lang: 'en', ready: heading(/./) },
      {
        file: 'cases-en.png',
        role: 'officer',
        hash: '#/case',
        lang: 'en',
        ready: (p) => p.getByRole('table').waitFor(),
      },
      {
        file: 'case-en.png',
        role: 'officer',
        hash: `#/case/${blocked}`,
        lang: 'en',
        ready: heading('What would unblock it'),
      },
      {
        file: 'case-capacity-en.png',
        role: 'planner',
        hash: '#/case/C-00003',
        lang: 'en',
        ready: heading('What would unblock it'),
      },
      {
        file: 'case-nl.png',
        role: 'officer',
        hash: `#/case/${blocked}`,
        lang: 'nl',
        ready: heading('Wat zou het deblokkeren'),
      },
      {
        file: 'simulation-en.png',
        role: 'analyst',
        hash: `#/simulation/${simulation}`,
        lang: 'en',
        ready: heading('Results'),
      },
      {
        file: 'simulation-nl.png',
        role: 'analyst',
        hash: `#/simulation/${simulation}`,
        lang: 'nl',
        ready: heading('Resultaten'),
      },
    ];
    for (const shot of shots) {
      await take(harness, shot);
      process.stdout.write(`wrote ${join(OUT, shot.file)}\n`);
    }
  } finally {
    await harness.close();
  }
}

async function take(harness: Harness, shot: Shot): Promise<void> {
  const page = await harness.newPage();
  await page.setViewportSize(VIEWPORT);
  await harness.login(page, shot.role);
  if (shot.lang === 'nl') {
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.locator('html[lang="nl"]').waitFor({ state: 'attached' });
  } else await switchToEnglish(page);
  await page.goto(`${harness.url}/ui/${shot.hash}`);
  await shot.ready(page);
  // Let late parts (lists loaded after the main content) settle.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, shot.file), fullPage: true });
  await page.context().close();
}

async function api(harness: Harness, role: Role, method: string, path: string, body?: unknown) {
  const res = await fetch(`${harness.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${harness.tokens[role]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method === 'POST' && path.endsWith('/publish') ? { 'if-match': '"0"' } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function until(check: () => Promise<boolean>, what: string, seconds = 120): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what}: not done after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function publishPlan(harness: Harness): Promise<void> {
  const body = { scenarioId: harness.scenario.id, timeLimitSeconds: 10 };
  const { id } = (await api(harness, 'planner', 'POST', '/plans', body)) as { id: string };
  await until(async () => (await api(harness, 'planner', 'GET', `/plans/${id}`)).status === 'done', 'plan');
  await api(harness, 'planner', 'POST', `/plans/${id}/publish`, {});
}

async function runSimulation(harness: Harness): Promise<string> {
  const body = {
    scenario: 'baseline-2021',
    days: 10,
    replications: 2,
    seed: 1,
    factors: { escorts: 0.8 },
    marginal: true,
  };
  const { id } = (await api(harness, 'analyst', 'POST', '/simulations', body)) as { id: string };
  await until(
    async () => (await api(harness, 'analyst', 'GET', `/simulations/${id}`)).status === 'done',
    'simulation',
    300,
  );
  return id;
}

await main();
