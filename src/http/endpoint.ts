// One endpoint = one declaration: method, path, who may call it, the zod schemas of its params,
// query and body, what it audits, and a handler. The same list mounts the routes, enforces the
// roles (401/403), parses every input (400 naming the field), writes the audit log, and generates
// the OpenAPI document — so none of them can drift from the others.
import type { Express, Request, Response } from 'express';
import type { z } from 'zod';
import { HttpError, parseRequest } from './errors.ts';
import { PRINCIPAL, type Principal, type Role, type WithPrincipal } from './principal.ts';

export type AuditKind = 'read-personal' | 'write' | 'publish';

export type EndpointContext<P, Q, B> = {
  readonly req: Request;
  readonly res: Response;
  readonly principal: Principal | undefined;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
};

export type Endpoint<P = unknown, Q = unknown, B = unknown> = {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** Express-style path, e.g. `/cases/:id/feasibility`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** Who may call it; `public` needs no token. */
  readonly roles: readonly Role[] | 'public';
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /** Documented responses: status → description (and schema of the JSON body, where there is one). */
  readonly responses: Readonly<Record<number, { description: string; schema?: z.ZodType }>>;
  /** Reads of personal data, writes and publishes are audited. */
  readonly audit?: AuditKind;
  /**
   * Returns the JSON body (status 200, or `status` from the result of `created`/`accepted`), or
   * `undefined` after writing the response itself (e.g. a calendar feed).
   */
  readonly handler: (ctx: EndpointContext<P, Q, B>) => unknown | Promise<unknown>;
};

/** A result with a status other than 200 (201 created, 202 accepted, …) and optional headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

export type AuditSink = (entry: {
  principal: Principal | undefined;
  kind: AuditKind;
  method: string;
  path: string;
  /** The request's input (params, query, body) — hashed by the sink, never stored whole. */
  input: unknown;
  status: number;
}) => void;

/** An endpoint with its input types erased, so endpoints of all shapes fit in one list. */
export type AnyEndpoint = Endpoint<unknown, unknown, unknown>;

/** Declares an endpoint: the handler sees the parsed, typed params, query and body. */
export function defineEndpoint<P, Q, B>(e: Endpoint<P, Q, B>): AnyEndpoint {
  return e as unknown as AnyEndpoint;
}

export function mountEndpoints(app: Express, endpoints: readonly AnyEndpoint[], audit?: AuditSink): void {
  for (const e of endpoints) {
    app[e.method](e.path, async (req, res) => {
      const principal = (req as WithPrincipal)[PRINCIPAL];
      authorise(e, principal);
      const params = e.params ? parseRequest(e.params, req.params, 'params') : req.params;
      const query = e.query ? parseRequest(e.query, req.query, 'query') : {};
      const body = e.body ? parseRequest(e.body, req.body ?? {}, 'body') : undefined;
      const result = await e.handler({ req, res, principal, params, query, body });
      const reply = result instanceof Reply ? result : new Reply(200, result);
      if (e.audit)
        audit?.({
          principal,
          kind: e.audit,
          method: e.method,
          path: req.path,
          input: { params, query, body },
          status: reply.status,
        });
      if (result === undefined) return;
      for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
      res.status(reply.status).json(reply.body);
    });
  }
}

function authorise(e: Endpoint, principal: Principal | undefined): void {
  if (e.roles === 'public') return;
  if (!principal) throw new HttpError(401, 'a bearer token is required');
  if (!e.roles.includes(principal.role))
    throw new HttpError(403, `role ${principal.role} may not ${e.method.toUpperCase()} ${e.path}`);
}
