// The case view in Chromium: an officer opens the list, follows a blocked case of their region and
// sees its lights (icon and word, not colour alone) and the reason it is blocked; a case outside
// their region is shown as such.
import { beforeEach, describe, expect, it } from 'vitest';
import { caseRegions } from '../../src/http/routes/feasibility.ts';
import type { Scenario } from '../../src/domain/index.ts';
import { useHarness, type Harness } from './harness.ts';

const started = useHarness();
let harness: Harness;
beforeEach(() => {
  harness = started.current();
});

/** The unaccompanied minor of the small scenario: no confirmed reception, so not removable. */
const BLOCKED = 'C-UAM-MA-NORC';

describe('case view', () => {
  it('an officer opens a blocked case of their region from the list and sees why it is blocked', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'officer');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Cases' }).click();
    await page.getByLabel('Search by case id').fill('uam');
    await page.getByText(/^1 of \d+ cases$/).waitFor();
    await page.getByRole('link', { name: BLOCKED }).click();
    await page.getByRole('heading', { name: `Case ${BLOCKED}` }).waitFor();
    const removable = page.getByRole('listitem').filter({ hasText: 'Legally removable' });
    await expect(removable.getByText('red: blocks').count()).resolves.toBe(1);
    const blocked = page.getByRole('note');
    await expect(blocked.textContent()).resolves.toContain('unaccompanied minor');
    await expect(page.getByRole('heading', { name: 'What would unblock it' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('a case outside the officer’s region is shown as not in their region', async () => {
    const scenario = harness.scenario as Scenario;
    const elsewhere = scenario.cases.find((c) => !caseRegions(scenario, c).includes(harness.officerRegion))!;
    const page = await harness.newPage();
    await harness.login(page, 'officer');
    await page.goto(`${harness.url}/ui/#/case/${elsewhere.id}`);
    await expect(
      page.getByRole('alert').filter({ hasText: 'not in your region' }).textContent(),
    ).resolves.toContain('This case is not in your region');
    await page.context().close();
  });
});
