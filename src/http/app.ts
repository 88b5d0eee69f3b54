// The planning service: every endpoint declared once (src/http/routes/*), mounted behind bearer-token
// authentication, rate limiting and security headers; reads of personal data, writes and publishes
// go to the hash-chained audit log; the OpenAPI document and its reference page come from the same
// declarations.
import express from 'express';
import type { Express } from 'express';
import rateLimit from 'express-rate-limit';
import type { Logger } from 'pino';
import { RULES_DIR } from '../domain/index.ts';
import type { Db } from '../store/index.ts';
import { auditSink } from '../audit/log.ts';
import { authenticate } from './auth.ts';
import { defineEndpoint, mountEndpoints, type AnyEndpoint } from './endpoint.ts';
import { handleError, notFound } from './errors.ts';
import { requestLog } from './logging.ts';
import { openApiDocument } from './openapi.ts';
import { referencePage } from './reference-page.ts';
import { basicEndpoints } from './routes/basics.ts';
import { secure } from './security.ts';

export type AppDeps = {
  db: Db;
  /** Where the rule set files are; data/rules/ unless given. */
  rulesDir?: string;
  /** Further endpoints (plans, ingest, calendars), built by the caller with their own deps. */
  endpoints?: readonly AnyEndpoint[];
  logger?: Logger;
  /** Requests per minute per client address; unlimited when 0. */
  rateLimitPerMinute?: number;
  now?: () => number;
};

export const API_INFO = { title: 'rotonde', version: '0.1.0' };

export function createApp(deps: AppDeps): Express {
  const app = express();
  secure(app);
  if (deps.logger) app.use(requestLog(deps.logger, deps.now ?? (() => performance.now())));
  const limit = deps.rateLimitPerMinute ?? 600;
  if (limit > 0) {
    app.use(rateLimit({ windowMs: 60_000, limit, standardHeaders: 'draft-8', legacyHeaders: false }));
  }
  app.use(authenticate(deps.db));
  const endpoints = allEndpoints(deps);
  mountEndpoints(app, endpoints, auditSink(deps.db));
  app.use(notFound);
  app.use(handleError);
  return app;
}

/** Every endpoint of the app, including the OpenAPI document and reference page. */
export function allEndpoints(deps: AppDeps): AnyEndpoint[] {
  const own = [
    ...basicEndpoints({ db: deps.db, rulesDir: deps.rulesDir ?? RULES_DIR }),
    ...(deps.endpoints ?? []),
  ];
  const docs: AnyEndpoint[] = [
    defineEndpoint({
      method: 'get',
      path: '/openapi.json',
      summary: 'This API as an OpenAPI 3.1 document',
      tag: 'service',
      roles: 'public',
      responses: { 200: { description: 'the OpenAPI document' } },
      handler: () => openApiDocument(all, API_INFO),
    }),
    defineEndpoint({
      method: 'get',
      path: '/docs',
      summary: 'A readable reference of this API',
      tag: 'service',
      roles: 'public',
      responses: { 200: { description: 'an HTML page' } },
      handler: ({ res }) => {
        res.type('html').send(referencePage(openApiDocument(all, API_INFO)));
        return undefined;
      },
    }),
  ];
  const all = [...own, ...docs];
  return all;
}
