// The data-quality view in Chromium: two sources disagree on a person's nationality, so the case is
// held out of planning; a planner sees the issue and that it waits for an admin; the admin chooses
// the right value, and the issue is closed with that choice.
import type { Case } from '../../src/domain/index.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './harness.ts';

const started = useHarness();
let harness: Harness;
beforeEach(() => {
  harness = started.current();
});

/** Writes the case as `source` says it is, with every person of the given nationality. */
async function putCase(c: Case, version: number, source: string, nationality: string): Promise<number> {
  const record: Partial<Case> = { ...c, persons: c.persons.map((p) => ({ ...p, nationality })) };
  delete record.version;
  const body = { version, source, record };
  const res = await fetch(`${harness.url}/cases/${c.id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${harness.tokens.planner}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.status;
}

describe('data-quality view', () => {
  it('a planner sees a held case; the admin records the right nationality and the issue closes', async () => {
    const c = harness.scenario.cases.find((x) => x.persons.length === 1)!;
    const first = c.persons[0]!.nationality;
    const other = first === 'IQ' ? 'SY' : 'IQ';
    expect(await putCase(c, 2, 'ind', first)).toBe(200);
    expect(await putCase(c, 3, 'coa', other)).toBe(409);

    const planner = await harness.newPage();
    await harness.login(planner, 'planner');
    await planner
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Data quality' })
      .click();
    const plannerRow = planner.getByRole('row', { name: new RegExp(c.id) });
    await plannerRow.getByText('waiting for an admin').waitFor();
    await expect(plannerRow.getByRole('button', { name: 'Record' }).count()).resolves.toBe(0);
    await planner.context().close();

    const admin = await harness.newPage();
    await harness.login(admin, 'admin');
    await admin.getByRole('link', { name: 'Data quality' }).click();
    const form = admin.getByRole('form', { name: /^Resolve issue #/ });
    await form.getByRole('radio', { name: other }).check();
    await form.getByRole('button', { name: 'Record' }).click();
    await admin.getByRole('status').getByText(`now has ${other}`).waitFor();
    await admin.getByText('There are no data-quality issues.').waitFor();
    await admin.getByLabel('Also show resolved issues').check();
    await admin.getByText(`${other}, chosen by Test admin`).waitFor();
    expect(harness.pageErrors).toEqual([]);
    await admin.context().close();
  }, 90_000);
});
