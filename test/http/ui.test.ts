// The web UI's files: public, a strict Content Security Policy (no inline script or style), the
// bundle self-contained (no import left to fetch from elsewhere), / leading to /ui/, and colours
// that meet WCAG 2.2 AA: text at least 4.5:1 against its background (SC 1.4.3), the focus outline
// at least 3:1 against the page (SC 1.4.11), read from app.css itself.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { UI_CSP, uiAssets, uiEndpoints } from '../../src/http/routes/ui.ts';
import { openDatabase } from '../../src/store/index.ts';
import { call } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'rotonde-ui-'));
const db = openDatabase(join(dir, 'ui.db'));
const app = createApp({ db, endpoints: uiEndpoints(), rateLimitPerMinute: 0 });

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web UI files', () => {
  it('redirects / to /ui/', async () => {
    const res = await fetchNoRedirect('/');
    expect(res.status).toBe(302);
    expect(res.location).toBe('/ui/');
  });

  it('serves the HTML shell without a token, Dutch by default, with a skip link and no inline script', async () => {
    const res = await call(app, 'GET', '/ui/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(UI_CSP);
    expect(res.text).toContain('<html lang="nl">');
    expect(res.text).toContain('class="skip-link" href="#main"');
    expect(res.text).toMatch(/<script type="module" src="\/ui\/app.js"><\/script>/);
    expect(res.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(res.text).not.toMatch(/\sstyle=|<style/);
  });

  it('serves the bundle as one self-contained ES module', async () => {
    const res = await call(app, 'GET', '/ui/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.text).not.toMatch(/^\s*import\s.*from\s/m);
    expect(res.text).toContain('sessionStorage');
  });

  it('serves the style sheet', async () => {
    const res = await call(app, 'GET', '/ui/app.css');
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    expect(res.text).toContain(':focus-visible');
  });

  it('allows neither inline script nor inline style nor framing', () => {
    expect(UI_CSP).toContain("script-src 'self'");
    expect(UI_CSP).toContain("style-src 'self'");
    expect(UI_CSP).toContain("frame-ancestors 'none'");
    expect(UI_CSP).not.toContain('unsafe-inline');
  });

  it('reports a bundle that does not build, and builds again on the next request', async () => {
    const broken = uiAssets(join(dir, 'missing/'));
    await expect(broken.script()).rejects.toThrow();
    await expect(broken.script()).rejects.toThrow();
  });
});

async function fetchNoRedirect(path: string): Promise<{ status: number; location: string | null }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location') };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const css = readFileSync('src/web/app.css', 'utf8');
const variable = (name: string) => {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
  if (!value) throw new Error(`app.css has no --${name}`);
  return value;
};
const background = (selector: string) => {
  const rule = new RegExp(
    `${selector.replace(/\./g, '\\.')}\\s*\\{[^}]*background:\\s*(#[0-9a-f]{6})`,
    'i',
  ).exec(css);
  if (!rule?.[1]) throw new Error(`app.css has no background for ${selector}`);
  return rule[1];
};

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour contrast of the UI', () => {
  it('computes the WCAG ratio (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('gives every text colour at least 4.5:1 on the backgrounds it is used on', () => {
    const paper = variable('paper');
    const panel = variable('panel');
    for (const text of ['ink', 'muted', 'brand', 'error', 'ok', 'warn'])
      for (const bg of [paper, panel])
        expect(contrast(variable(text), bg), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable('brand-ink'), variable('brand'))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps heat-map numbers readable on every colour step', () => {
    for (const step of ['u0', 'u1', 'u2', 'u3'])
      expect(contrast(variable('ink'), background(`.heat .${step}`)), step).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', background('.heat .u4'))).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus outline at least 3:1 against the page', () => {
    expect(contrast(variable('focus'), variable('paper'))).toBeGreaterThanOrEqual(3);
  });
});
