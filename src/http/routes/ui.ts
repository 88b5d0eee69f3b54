// The web UI, served by the service itself (no CDN, works offline): an HTML shell at /ui/, the
// browser code at /ui/app.js (src/web/main.ts bundled by esbuild once, on first request, then kept
// in memory) and the style sheet at /ui/app.css. The files are public; every piece of data the UI
// shows comes from the API with the user's own token. The pages carry a strict Content Security
// Policy: scripts and styles only from this origin, no inline script or style, no framing.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Response } from 'express';
import { defineEndpoint, type AnyEndpoint } from '../endpoint.ts';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** CSP (W3C CSP Level 3) for the UI: nothing inline, nothing from elsewhere, no framing. */
export const UI_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export type UiAssets = {
  /** The bundle of src/web/main.ts, built on first call and cached (a failed build is retried). */
  script(): Promise<string>;
  html(): Promise<string>;
  css(): Promise<string>;
};

export function uiAssets(webDir = WEB_DIR): UiAssets {
  const cached = <T>(load: () => Promise<T>) => {
    let pending: Promise<T> | undefined;
    return () => {
      pending ??= load().catch((e: unknown) => {
        pending = undefined;
        throw e;
      });
      return pending;
    };
  };
  return {
    script: cached(() => bundle(webDir)),
    html: cached(() => readFile(`${webDir}index.html`, 'utf8')),
    css: cached(() => readFile(`${webDir}app.css`, 'utf8')),
  };
}

async function bundle(webDir: string): Promise<string> {
  const result = await build({
    entryPoints: [`${webDir}main.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // Fetched on every first visit: minified (about 60% of the plain size).
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for src/web/main.ts');
  return file.text;
}

const send = (res: Response, type: string, body: string) => {
  res.setHeader('Content-Security-Policy', UI_CSP);
  res.type(type).send(body);
  return undefined;
};

export function uiEndpoints(assets: UiAssets = uiAssets()): AnyEndpoint[] {
  const page = { 200: { description: 'the page' } };
  return [
    defineEndpoint({
      method: 'get',
      path: '/',
      summary: 'Redirects to the web UI',
      tag: 'ui',
      roles: 'public',
      responses: { 302: { description: 'to /ui/' } },
      handler: ({ res }) => {
        res.redirect(302, '/ui/');
        return undefined;
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/ui',
      summary: 'The web UI (HTML shell; data comes from this API with the user’s token)',
      tag: 'ui',
      roles: 'public',
      responses: page,
      handler: async ({ res }) => send(res, 'html', await assets.html()),
    }),
    defineEndpoint({
      method: 'get',
      path: '/ui/app.js',
      summary: 'The web UI’s script (an esbuild bundle of src/web/main.ts)',
      tag: 'ui',
      roles: 'public',
      responses: page,
      handler: async ({ res }) => send(res, 'text/javascript', await assets.script()),
    }),
    defineEndpoint({
      method: 'get',
      path: '/ui/app.css',
      summary: 'The web UI’s style sheet',
      tag: 'ui',
      roles: 'public',
      responses: page,
      handler: async ({ res }) => send(res, 'text/css', await assets.css()),
    }),
  ];
}
