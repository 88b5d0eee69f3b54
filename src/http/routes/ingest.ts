// Partner feeds: PUT a case, flight, availability entry or site with its version and source; list and
// resolve the data-quality issues raised when two feeds disagree on a person's identity.
// Status codes: 201 created, 200 written or unchanged (`changed`), 409 stale version or data-quality
// conflict (RFC 9110 §15.5.10: the request conflicts with the current state of the resource), 400
// naming each bad field.
import { z } from 'zod';
import type { FieldError } from '../../domain/index.ts';
import { Case, Flight, Id } from '../../domain/index.ts';
import type { Db } from '../../store/index.ts';
import {
  Feed,
  PartnerKind,
  SiteKind,
  resolveDataQualityIssue,
  upsertAvailability,
  upsertCase,
  upsertFlight,
  upsertSite,
} from '../../store/ingest.ts';
import type { UpsertResult } from '../../store/ingest.ts';
import { listDataQualityIssues } from '../../store/data-quality.ts';
import { defineEndpoint, Reply } from '../endpoint.ts';
import type { AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';

export type IngestDeps = { db: Db; scenarioId: string };

const TAG = 'ingest';
const WRITERS = ['admin', 'planner'] as const;

/** The envelope of every feed record: who sent it, its version, the record itself. */
const envelope = <R extends z.ZodType>(record: R) =>
  z.strictObject({ version: Feed.shape.version, source: Feed.shape.source, record });

const UPSERT_RESPONSES = {
  200: { description: 'written, or the same version and payload again (`changed: false`)' },
  201: { description: 'created' },
  400: { description: 'invalid record: each bad field by path' },
  409: { description: 'stale version (`current`), or a data-quality conflict (`dataQualityIssue`)' },
};

export function ingestEndpoints(deps: IngestDeps): AnyEndpoint[] {
  const { db, scenarioId } = deps;
  return [
    defineEndpoint({
      method: 'put',
      path: '/cases/:id',
      summary: 'Create or update a case from a partner feed',
      tag: TAG,
      roles: WRITERS,
      params: z.strictObject({ id: Id }),
      body: envelope(Case),
      responses: UPSERT_RESPONSES,
      audit: 'write',
      handler: ({ req, params, body }) => {
        // The raw record: its `version`, if given, is checked against the envelope's, not defaulted.
        const record = rawRecord(req.body);
        checkKey(record, 'id', params.id);
        return reply(upsertCase(db, scenarioId, record, feedOf(body)));
      },
    }),
    defineEndpoint({
      method: 'put',
      path: '/flights/:id',
      summary: 'Create or update a flight from a partner feed',
      tag: TAG,
      roles: WRITERS,
      params: z.strictObject({ id: Id }),
      body: envelope(Flight),
      responses: UPSERT_RESPONSES,
      audit: 'write',
      handler: ({ params, body }) => {
        checkKey(body.record, 'id', params.id);
        return reply(upsertFlight(db, scenarioId, body.record, feedOf(body)));
      },
    }),
    defineEndpoint({
      method: 'put',
      path: '/availability/:kind/:id',
      summary: 'Create or update a partner availability entry',
      tag: TAG,
      roles: WRITERS,
      params: z.strictObject({ kind: PartnerKind, id: Id }),
      // The record's schema depends on the kind: the store validates it, with the same field paths.
      body: envelope(z.unknown()),
      responses: UPSERT_RESPONSES,
      audit: 'write',
      handler: ({ params, body }) => {
        checkKey(body.record, 'id', params.id);
        return reply(upsertAvailability(db, scenarioId, params.kind, body.record, feedOf(body)));
      },
    }),
    defineEndpoint({
      method: 'put',
      path: '/sites/:kind/:id',
      summary: 'Create or update a police region, COA location, detention centre or airport (id = code)',
      tag: TAG,
      roles: WRITERS,
      params: z.strictObject({ kind: SiteKind, id: z.string().min(1).max(64) }),
      body: envelope(z.unknown()),
      responses: UPSERT_RESPONSES,
      audit: 'write',
      handler: ({ params, body }) => {
        checkKey(body.record, params.kind === 'airports' ? 'code' : 'id', params.id);
        return reply(upsertSite(db, scenarioId, params.kind, body.record, feedOf(body)));
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/data-quality-issues',
      summary: 'Data-quality issues (open ones block planning of their case)',
      tag: TAG,
      roles: WRITERS,
      query: z.strictObject({ open: z.enum(['true', 'false']).optional() }),
      responses: { 200: { description: '`{ issues }`, oldest first' } },
      // The values are nationalities, birth dates and names.
      audit: 'read-personal',
      handler: ({ query }) => {
        const open = query.open === undefined ? undefined : query.open === 'true';
        return { issues: listDataQualityIssues(db, scenarioId, open === undefined ? {} : { open }) };
      },
    }),
    defineEndpoint({
      method: 'post',
      path: '/data-quality-issues/:id/resolve',
      summary: 'Resolve an issue: the chosen value is written as a new version of the case',
      tag: TAG,
      roles: ['admin'],
      params: z.strictObject({ id: z.string().regex(/^\d{1,15}$/, 'expected an issue number') }),
      body: z.strictObject({ value: z.string().min(1).max(200) }),
      responses: {
        200: { description: '`{ issue, version }`: closed, the case at its new version' },
        400: { description: 'the value is not valid for the field' },
        404: { description: 'no such issue' },
        409: { description: 'already resolved' },
      },
      audit: 'write',
      handler: ({ params, body, principal }) => {
        const by = principal?.name ?? 'unknown';
        const result = resolveDataQualityIssue(db, scenarioId, Number(params.id), { value: body.value, by });
        if (result.kind === 'not-found') throw new HttpError(404, `no data-quality issue ${params.id}`);
        if (result.kind === 'invalid') throw invalid(result.errors, 'body.');
        if (result.kind === 'already-resolved') {
          return new Reply(409, { error: 'already resolved', conflict: 'resolved', issue: result.issue });
        }
        return { issue: result.issue, version: result.version };
      },
    }),
  ];
}

function reply(result: UpsertResult): unknown {
  switch (result.kind) {
    case 'written':
      if (result.created) return new Reply(201, { changed: true, created: true, version: result.version });
      return { changed: true, version: result.version };
    case 'unchanged':
      return { changed: false, version: result.version };
    case 'stale':
      return new Reply(409, { error: 'stale version', conflict: 'stale', current: result.current });
    case 'data-quality':
      return new Reply(409, {
        error: 'the record contradicts another source on who a person is; planning of the case is blocked',
        conflict: 'data-quality',
        dataQualityIssue: result.dataQualityIssues[0],
        dataQualityIssues: result.dataQualityIssues,
      });
    case 'invalid':
      throw invalid(result.errors, 'body.record.');
    case 'no-scenario':
      throw new HttpError(404, 'the scenario is not in the database');
  }
}

/** A 400 with the store's paths made request paths; `scenario.` paths are elsewhere in the scenario. */
function invalid(errors: readonly FieldError[], prefix: string): HttpError {
  const issues = errors.map((e) => {
    if (e.path.startsWith('scenario.')) return e;
    const path = e.path === '(document)' ? prefix.slice(0, -1) : `${prefix}${e.path}`;
    return { path, message: e.message };
  });
  return new HttpError(400, 'invalid request', issues);
}

function feedOf(body: Feed): Feed {
  return { version: body.version, source: body.source };
}

function rawRecord(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { record?: unknown }).record : undefined;
}

/** The record's own id (or airport code) must be the one in the path. */
function checkKey(record: unknown, key: 'id' | 'code', expected: string): void {
  if (typeof record !== 'object' || record === null) return;
  const actual = (record as Record<string, unknown>)[key];
  if (typeof actual === 'string' && actual !== expected) {
    const message = `"${actual}" differs from the ${key} in the path, "${expected}"`;
    throw new HttpError(400, 'invalid request', [{ path: `body.record.${key}`, message }]);
  }
}
