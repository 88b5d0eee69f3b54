// Property-based fuzzing of every endpoint: malformed params, queries and bodies from fast-check,
// sent to one running app. No answer may be a 5xx, and a refused request writes nothing.
import fc from 'fast-check';
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import type { AnyEndpoint } from '../../src/http/endpoint.ts';

export type FuzzOptions = {
  /** Headers per endpoint (a bearer token of a role it allows) so requests get past authentication. */
  headers: (e: AnyEndpoint) => Record<string, string>;
  /** A snapshot of everything stored, compared before and after each refused request. */
  snapshot: () => string;
  runsPerEndpoint: number;
};

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '../../etc/passwd',
    '%00',
    '%E0%A4%A',
    "'; DROP TABLE cases; --",
    '<script>',
    'x'.repeat(5000),
    '-1',
    'NaN',
  ),
);

const hostileJson = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: false }),
  fc.json({ depthSize: 'small' }).map((s) => JSON.parse(s) as unknown),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })),
);

export async function fuzzEndpoints(
  app: Express,
  endpoints: readonly AnyEndpoint[],
  options: FuzzOptions,
): Promise<number> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  let sent = 0;
  try {
    for (const e of endpoints) {
      await fc.assert(
        fc.asyncProperty(hostileText, hostileText, hostileJson, async (param, query, body) => {
          const path = e.path.replace(/:([A-Za-z0-9_]+)/g, () => encodeURIComponent(param));
          const before = options.snapshot();
          const res = await fetch(
            `http://127.0.0.1:${port}${path}?q=${encodeURIComponent(query)}&${encodeURIComponent(query)}=1`,
            {
              method: e.method.toUpperCase(),
              headers: { ...options.headers(e), 'content-type': 'application/json' },
              ...(e.method === 'get' || e.method === 'delete' ? {} : { body: safeStringify(body) }),
            },
          );
          await res.arrayBuffer();
          sent += 1;
          if (res.status >= 500) throw new Error(`${e.method.toUpperCase()} ${e.path}: ${res.status}`);
          if (res.status >= 400 && options.snapshot() !== before)
            throw new Error(`${e.method.toUpperCase()} ${e.path}: refused (${res.status}) but wrote`);
        }),
        { numRuns: options.runsPerEndpoint },
      );
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return sent;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return '{';
  }
}
