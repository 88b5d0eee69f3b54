// The OpenAPI 3.1 document, generated from the same endpoint declarations (and zod schemas) that
// mount the routes and parse the requests.
import { z } from 'zod';
import type { AnyEndpoint } from './endpoint.ts';

type Json = Record<string, unknown>;

export function openApiDocument(
  endpoints: readonly AnyEndpoint[],
  info: { title: string; version: string },
): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const e of endpoints) {
    const path = e.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    (paths[path] ??= {})[e.method] = operation(e);
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description: 'rotonde: plans forced-return operations. Roles per operation under x-roles.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}

function operation(e: AnyEndpoint): Json {
  const parameters = [...parametersOf(e.params, 'path'), ...parametersOf(e.query, 'query')];
  return {
    summary: e.summary,
    tags: [e.tag],
    operationId: `${e.method}${e.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    'x-roles': e.roles,
    ...(e.audit ? { 'x-audit': e.audit } : {}),
    ...(e.roles === 'public' ? { security: [] } : { security: [{ bearer: [] }] }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(e.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(e.body) } } } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(e.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.schema ? { content: { 'application/json': { schema: schemaOf(r.schema) } } } : {}),
        },
      ]),
    ),
  };
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = schemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

function schemaOf(schema: z.ZodType): Json {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete json.$schema;
  return json;
}
