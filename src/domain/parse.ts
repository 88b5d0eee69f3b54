// Parsing at the boundary: a value or a list of errors, each naming the path of its field.
import type { z } from 'zod';

export type FieldError = { path: string; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Parses `input` with `schema`; never throws for bad input. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

/** `cases[3].persons[0].birthDate` style, as a person reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(document)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
