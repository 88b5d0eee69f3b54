// Writes the JSON Schemas of the scenario and the plan (the documents as written in a file, i.e.
// zod's input side: fields with defaults are optional) to docs/. Run with
// `npx tsx scripts/export-json-schema.ts`; a test keeps the files equal to a fresh export.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Plan, Scenario } from '../src/domain/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SCHEMAS = {
  'scenario.schema.json': { schema: Scenario, title: 'rotonde scenario' },
  'plan.schema.json': { schema: Plan, title: 'rotonde plan' },
} as const;

export type SchemaFile = keyof typeof SCHEMAS;

/** The file text for one schema: two-space JSON with a trailing newline. */
export function schemaText(file: SchemaFile): string {
  const { schema, title } = SCHEMAS[file];
  const json = z.toJSONSchema(schema, { io: 'input' });
  return `${JSON.stringify({ ...json, title, description: 'See docs/scenario-format.md.' }, null, 2)}\n`;
}

export function schemaPath(file: SchemaFile): string {
  return join(root, 'docs', file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of Object.keys(SCHEMAS) as SchemaFile[]) {
    writeFileSync(schemaPath(file), schemaText(file));
    console.log(`wrote ${schemaPath(file)}`);
  }
}
