// Logging in per role shows that role's navigation; a bad token is refused; the language switch
// changes the labels and <html lang>; logging out forgets the token.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './harness.ts';

const started = useHarness();
let harness: Harness;
beforeEach(() => {
  harness = started.current();
});

const navLinks = async (role: 'planner' | 'officer' | 'analyst' | 'admin' | 'partner') => {
  const page = await harness.newPage();
  await harness.login(page, role);
  const links = await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').allTextContents();
  await page.context().close();
  return links;
};

describe('logging in', () => {
  it('shows each role the views it may use, and no others', async () => {
    const planner = await navLinks('planner');
    expect(planner).toEqual(expect.arrayContaining(['Planner board', 'Resources']));
    expect(planner).not.toContain('Simulation');
    const analyst = await navLinks('analyst');
    expect(analyst).toEqual(expect.arrayContaining(['Resources']));
    expect(analyst).not.toContain('Planner board');
    const officer = await navLinks('officer');
    expect(officer).not.toContain('Planner board');
    expect(officer).not.toContain('Resources');
    expect(await navLinks('partner')).toEqual([]);
  });

  it('refuses an unknown token with a message, and starts in Dutch with <html lang="nl">', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.url}/ui/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByLabel('API-token').fill('x'.repeat(43));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('onbekend of ingetrokken');
    await page.context().close();
  });

  it('keeps the language across a reload and forgets the token on logout', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'planner');
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('API token').waitFor();
    expect(await page.evaluate('sessionStorage.getItem("rotonde.token")')).toBeNull();
    await page.context().close();
  });

  it('starts keyboard users at a visible skip link that moves focus to the content', async () => {
    const page = await harness.newPage();
    await harness.login(page, 'analyst');
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
    await page.context().close();
  });
});
