// The committed JSON Schemas in docs/ are what zod exports from the domain schemas today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, schemaPath, schemaText } from '../../scripts/export-json-schema.ts';
import type { SchemaFile } from '../../scripts/export-json-schema.ts';

describe('docs JSON Schemas', () => {
  it.each(Object.keys(SCHEMAS) as SchemaFile[])('%s equals a fresh export', (file) => {
    expect(readFileSync(schemaPath(file), 'utf8')).toBe(schemaText(file));
  });

  it('describes the scenario as written in a file (defaults are optional)', () => {
    const schema = JSON.parse(schemaText('scenario.schema.json')) as { required: string[] };
    expect(schema.required).toContain('cases');
    expect(schema.required).not.toContain('pinned');
  });
});
