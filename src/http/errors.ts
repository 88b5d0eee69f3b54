// One error class carrying an HTTP status, and one error middleware: a known error answers with its
// status and message; anything else is a plain 500 that reveals nothing of the internals.
import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { formatPath } from '../domain/index.ts';
import type { FieldError } from '../domain/index.ts';

export class HttpError extends Error {
  readonly status: number;
  /** For a 400: each invalid field by path, so a client can point at it. */
  readonly issues: readonly FieldError[] | undefined;

  constructor(status: number, message: string, issues?: readonly FieldError[]) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.issues = issues;
  }
}

/**
 * Parses a request part (path params, query, body) with `schema`; a 400 naming every bad field
 * otherwise, its path prefixed by the part (`body.persons[0].sex`) when one is named.
 */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, part?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: formatPath(part ? [part, ...i.path] : i.path),
    message: i.message,
  }));
  throw new HttpError(400, 'invalid request', issues);
}

/** The last route: anything not matched is a JSON 404, not express's HTML page. */
export const notFound: RequestHandler = (req) => {
  throw new HttpError(404, `no route for ${req.method} ${req.path}`);
};

/** The error middleware (four parameters is how express recognises it). */
export const handleError: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof HttpError) {
    res
      .status(err.status)
      .json(err.issues ? { error: err.message, issues: err.issues } : { error: err.message });
    return undefined;
  }
  const client = clientError(err);
  if (client !== undefined) {
    res.status(client.status).json({ error: client.message });
    return undefined;
  }
  res.status(500).json({ error: 'internal error' });
  return undefined;
};

/**
 * A bad request caught by express or body-parser (malformed JSON, a body over the limit, an
 * undecodable path): they mark it with a 4xx `status`. Its message is shown only when marked `expose`,
 * else the status's reason phrase (RFC 9110 §15.5).
 */
function clientError(err: unknown): { status: number; message: string } | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { status, expose, message } = err as { status?: unknown; expose?: unknown; message?: unknown };
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const shown = expose === true && typeof message === 'string' ? message : STATUS_CODES[status];
  return { status, message: shown ?? 'bad request' };
}
