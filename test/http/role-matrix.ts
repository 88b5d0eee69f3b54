// The role × endpoint matrix, read from the endpoint declarations themselves: for every endpoint and
// every caller (anonymous and each role), anonymous gets 401 unless the endpoint is public, a role
// not listed gets 403, and a listed role gets neither. Call `roleMatrix` inside a test file with the
// final app: a route whose enforcement drifts from its declaration fails its cell.
import type { Express } from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyEndpoint } from '../../src/http/endpoint.ts';
import { Role } from '../../src/http/principal.ts';
import { call } from './harness.ts';

export type Caller = 'anonymous' | Role;

/** The app under test, and the request headers that make a caller of each role. */
export type MatrixApp = {
  readonly app: Express;
  readonly headers: (role: Role) => Record<string, string>;
};

export type MatrixOptions = {
  /**
   * The concrete request for an endpoint (path with its parameters filled in, body), e.g. a case
   * in the officer's region so scoping does not pass for a role check. Default: each `:param`
   * replaced by `probe`, and an empty JSON body for POST and PUT.
   */
  readonly request?: (e: AnyEndpoint, caller: Caller) => { path?: string; body?: unknown } | undefined;
};

export type Cell = {
  readonly endpoint: AnyEndpoint;
  readonly caller: Caller;
  readonly expected: 401 | 403 | 'allowed';
};

const CALLERS: readonly Caller[] = ['anonymous', ...Role.options];

/** Every endpoint × caller, with what the declaration says the caller must get. */
export function matrixCells(endpoints: readonly AnyEndpoint[]): Cell[] {
  return endpoints.flatMap((endpoint) =>
    CALLERS.map((caller): Cell => {
      const { roles } = endpoint;
      if (roles === 'public') return { endpoint, caller, expected: 'allowed' };
      if (caller === 'anonymous') return { endpoint, caller, expected: 401 };
      return { endpoint, caller, expected: roles.includes(caller) ? 'allowed' : 403 };
    }),
  );
}

export function describeCell(cell: Cell): string {
  const expected = cell.expected === 'allowed' ? 'neither 401 nor 403' : String(cell.expected);
  return `${cell.endpoint.method.toUpperCase()} ${cell.endpoint.path} as ${cell.caller} → ${expected}`;
}

/** Sends the cell's request; returns what went wrong, or undefined when the status fits. */
export async function checkCell(
  target: MatrixApp,
  cell: Cell,
  options: MatrixOptions = {},
): Promise<string | undefined> {
  const e = cell.endpoint;
  const given = options.request?.(e, cell.caller) ?? {};
  const path = given.path ?? e.path.replace(/:(\w+)/g, 'probe');
  const body = given.body ?? (e.method === 'post' || e.method === 'put' ? {} : undefined);
  const headers = cell.caller === 'anonymous' ? {} : target.headers(cell.caller);
  const { status } = await call(target.app, e.method.toUpperCase(), path, {
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const fits = cell.expected === 'allowed' ? status !== 401 && status !== 403 : status === cell.expected;
  return fits ? undefined : `${describeCell(cell)}: got ${status}`;
}

/** Registers one test per cell of the matrix. */
export function roleMatrix(
  endpoints: readonly AnyEndpoint[],
  appFactory: () => MatrixApp | Promise<MatrixApp>,
  options: MatrixOptions = {},
): void {
  describe('role × endpoint matrix', () => {
    let target: MatrixApp;
    beforeAll(async () => {
      target = await appFactory();
    });
    it.each(matrixCells(endpoints).map((cell) => ({ name: describeCell(cell), cell })))(
      '$name',
      async ({ cell }) => {
        expect(await checkCell(target, cell, options)).toBeUndefined();
      },
    );
  });
}
