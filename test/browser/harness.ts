// Browser tests drive the real UI: the whole service (as `serve` builds it) in this process on a
// free port over a temporary database with the small scenario, one token per role, and Debian's
// Chromium through playwright-core. Tests log in as a role with `login(page, role)`; the UI is
// switched to English first so locators read the same in every test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createToken } from '../../src/auth/tokens.ts';
import type { Scenario } from '../../src/domain/index.ts';
import type { Role } from '../../src/http/principal.ts';
import { createService, type Service } from '../../src/http/service.ts';
import { importScenario, openDatabase, type Db } from '../../src/store/index.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ROLES = ['planner', 'officer', 'analyst', 'admin', 'partner'] as const satisfies readonly Role[];

export type Harness = {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  readonly db: Db;
  readonly service: Service;
  readonly browser: Browser;
  readonly scenario: Scenario;
  /** The officer token's police region (that of a case picked up at a COA location). */
  readonly officerRegion: string;
  /** The secret of each role's token. */
  readonly tokens: Readonly<Record<Role, string>>;
  /** Uncaught errors of every page opened with newPage (a test may expect none). */
  readonly pageErrors: string[];
  /** A fresh page in its own browser context (own sessionStorage and localStorage). */
  newPage(): Promise<Page>;
  /** Opens /ui/, switches to English, logs in with the role's token and waits for the navigation. */
  login(page: Page, role: Role): Promise<void>;
  close(): Promise<void>;
};

export type HarnessOptions = {
  /** A scenario file in data/scenarios/ (default 'small'). */
  readonly scenario?: string;
};

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'rotonde-browser-'));
  const db = openDatabase(join(dir, 'rotonde.db'));
  const scenario = JSON.parse(
    readFileSync(`data/scenarios/${options.scenario ?? 'small'}.json`, 'utf8'),
  ) as Scenario;
  const imported = importScenario(db, scenario);
  if (!imported.ok) throw new Error(`cannot import the ${options.scenario ?? 'small'} scenario`);
  const officerRegion = regionOfCoaCase(scenario);
  const tokens = Object.fromEntries(
    ROLES.map((role) => [
      role,
      createToken(db, {
        name: `Test ${role}`,
        role,
        ...(role === 'officer' ? { regionId: officerRegion } : {}),
      }).secret,
    ]),
  ) as Record<Role, string>;
  const service = createService(db, { salt: 'browser-test-salt', rateLimitPerMinute: 0 });
  const server = await listen(createServer(service.app));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Build the bundle before any page waits for it.
  const script = await fetch(`${url}/ui/app.js`);
  if (!script.ok) throw new Error(`/ui/app.js: HTTP ${script.status}: ${await script.text()}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pageErrors: string[] = [];
  const harness: Harness = {
    url,
    db,
    service,
    browser,
    scenario,
    officerRegion,
    tokens,
    pageErrors,
    newPage: async () => {
      // A browser in UTC: the UI must still write Amsterdam times.
      const page = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' })).newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      return page;
    },
    login: (page, role) => login(page, url, tokens[role]),
    close: async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await service.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

async function login(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/ui/`);
  await switchToEnglish(page);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/** Clicks the language switch when the page is in Dutch. */
export async function switchToEnglish(page: Page): Promise<void> {
  const english = page.getByRole('button', { name: 'Switch to English' });
  await english
    .or(page.getByRole('button', { name: 'Schakel naar Nederlands' }))
    .first()
    .waitFor();
  if (await english.isVisible()) await english.click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
}

function regionOfCoaCase(scenario: Scenario): string {
  const coaCase = scenario.cases.find((c) => c.location.kind === 'coa');
  const location =
    coaCase?.location.kind === 'coa'
      ? scenario.sites.coaLocations.find(
          (l) => l.id === (coaCase.location as { coaLocationId: string }).coaLocationId,
        )
      : undefined;
  if (!location) throw new Error('the scenario has no case at a COA location');
  return location.policeRegionId;
}

function listen(server: Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * One harness for the test file: started before its tests, closed after them. Read `current()` inside
 * a test (the harness exists only once `beforeAll` has run).
 */
export function useHarness(options: HarnessOptions = {}): { current: () => Harness } {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });
  return {
    current: () => {
      if (!harness) throw new Error('the browser harness has not started');
      return harness;
    },
  };
}
