// In-process HTTP for endpoint tests: an app over the given endpoints, the principal injected by
// the test (the real bearer-token middleware is tested on its own), and a fetch-based caller.
import express from 'express';
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import type { AnyEndpoint, AuditSink } from '../../src/http/endpoint.ts';
import { mountEndpoints } from '../../src/http/endpoint.ts';
import { handleError, notFound } from '../../src/http/errors.ts';
import { PRINCIPAL, type Principal, type WithPrincipal } from '../../src/http/principal.ts';

const TEST_HEADER = 'x-test-principal';

export function testApp(endpoints: readonly AnyEndpoint[], audit?: AuditSink): Express {
  const app = express();
  app.use(express.json({ limit: '100kb' }));
  app.use((req, _res, next) => {
    const raw = req.header(TEST_HEADER);
    if (raw) (req as WithPrincipal)[PRINCIPAL] = JSON.parse(raw) as Principal;
    next();
  });
  mountEndpoints(app, endpoints, audit);
  app.use(notFound);
  app.use(handleError);
  return app;
}

export type Called = { status: number; body: unknown; text: string; headers: Headers };

/** Starts the app on a free loopback port for one request. */
export async function call(
  app: Express,
  method: string,
  path: string,
  options: { principal?: Principal; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Called> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const headers: Record<string, string> = { ...options.headers };
    if (options.principal) headers[TEST_HEADER] = JSON.stringify(options.principal);
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (a calendar feed): keep the text
    }
    return { status: res.status, body, text, headers: res.headers };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

export const as = {
  planner: { tokenId: 't-planner', name: 'Planner', role: 'planner' } as Principal,
  officer: (regionId: string): Principal => ({
    tokenId: 't-officer',
    name: 'Officer',
    role: 'officer',
    regionId,
  }),
  analyst: { tokenId: 't-analyst', name: 'Analyst', role: 'analyst' } as Principal,
  admin: { tokenId: 't-admin', name: 'Admin', role: 'admin' } as Principal,
  partner: { tokenId: 't-partner', name: 'Partner', role: 'partner' } as Principal,
};
