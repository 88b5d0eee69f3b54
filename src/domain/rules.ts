// The legal and operational rules as versioned data (docs/style.md, docs/planning-rules.md): every
// number the planner relies on is read here from data/rules/<version>.json, with its legal basis,
// source, verified flag and effective dates. A rule id may have several versions whose effective
// periods do not overlap; `rule(id, on)` picks the one in force on a date.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { IsoDate } from './primitives.ts';
import { parseWith } from './parse.ts';
import type { Parsed } from './parse.ts';

/** Where rule set files live: data/rules/ at the repository root (this file is src/domain/rules.ts). */
export const RULES_DIR = fileURLToPath(new URL('../../data/rules/', import.meta.url));

/** A rule id of docs/planning-rules.md: lower-case words joined by "." and "-". */
export const RuleId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'expected a rule id like "dublin3.transfer-deadline"');

export const RuleUnit = z.enum([
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'working-days',
  'count',
  'time-range',
  'date',
  /** A hard constraint without a number: `value` is true while it is in force. */
  'flag',
  /** The number lives in scenario data (e.g. centre places, carrier limits): `value` names the field. */
  'reference',
]);
export type RuleUnit = z.infer<typeof RuleUnit>;

const NUMERIC_UNITS: readonly RuleUnit[] = [
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'working-days',
  'count',
];
const TIME_RANGE = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

export const Rule = z
  .strictObject({
    id: RuleId,
    value: z.union([z.number(), z.boolean(), z.string()]),
    unit: RuleUnit,
    /** The article relied on, e.g. "Dublin III art. 29(1)". */
    legalBasis: z.string().min(1),
    /** Where the value comes from, e.g. "domain.md §6 [C], Dublin III art. 29(1)". */
    source: z.string().min(1),
    /** False for a value not confirmed in a public source (domain.md [U]): explanations must say so. */
    verified: z.boolean(),
    effectiveFrom: IsoDate,
    /** Last day in force; null while in force. */
    effectiveTo: IsoDate.nullable(),
    description: z.string().min(1),
  })
  .superRefine((r, ctx) => {
    if (r.effectiveTo !== null && r.effectiveTo < r.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'must not be before effectiveFrom' });
    }
    const problem = valueProblem(r.unit, r.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });
export type Rule = z.infer<typeof Rule>;

/** Whether `value` fits `unit`; a message when it does not. */
function valueProblem(unit: RuleUnit, value: Rule['value']): string | undefined {
  if (NUMERIC_UNITS.includes(unit)) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? undefined
      : `a rule in ${unit} needs a number ≥ 0`;
  }
  if (unit === 'flag') return typeof value === 'boolean' ? undefined : 'a flag needs true or false';
  if (unit === 'date') {
    return IsoDate.safeParse(value).success ? undefined : 'a date rule needs a date YYYY-MM-DD';
  }
  if (unit === 'time-range') {
    return typeof value === 'string' && TIME_RANGE.test(value) ? undefined : 'expected "HH:mm-HH:mm"';
  }
  return typeof value === 'string' && value.length > 0 ? undefined : 'a reference names a data field';
}

export const RuleSetFile = z
  .strictObject({
    /** The version id, equal to the file name without ".json", e.g. "nl-2026-07". */
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected a version id like "nl-2026-07"'),
    description: z.string().min(1),
    effectiveFrom: IsoDate,
    rules: z.array(Rule).min(1),
  })
  .superRefine((file, ctx) => {
    file.rules.forEach((r, i) => {
      const j = file.rules.findIndex((other, k) => k < i && other.id === r.id && overlap(other, r));
      if (j >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `duplicate rule id "${r.id}": its effective period overlaps rules[${j}]`,
        });
      }
    });
  });
export type RuleSetFile = z.infer<typeof RuleSetFile>;

function overlap(a: Rule, b: Rule): boolean {
  const endA = a.effectiveTo ?? '9999-12-31';
  const endB = b.effectiveTo ?? '9999-12-31';
  return a.effectiveFrom <= endB && b.effectiveFrom <= endA;
}

export type RuleSet = {
  readonly version: string;
  readonly description: string;
  readonly effectiveFrom: IsoDate;
  /** Per id, the version in force on the rule set's effectiveFrom (else the latest one). */
  readonly rules: ReadonlyMap<string, Rule>;
  /** The version of `id` in force on `on` (default: the one in `rules`); throws for an unknown id. */
  rule(id: string, on?: IsoDate): Rule;
  /** `rule(id, on).value` as a number; throws when the rule is not numeric. */
  number(id: string, on?: IsoDate): number;
  /** Whether the rule (its default version) is verified; throws for an unknown id. */
  isVerified(id: string): boolean;
};

/** Validates a rule set document and builds the lookup; never throws for bad input. */
export function parseRuleSet(json: unknown): Parsed<RuleSet> {
  const parsed = parseWith(RuleSetFile, json);
  return parsed.ok ? { ok: true, value: buildRuleSet(parsed.value) } : parsed;
}

function buildRuleSet(file: RuleSetFile): RuleSet {
  const versions = new Map<string, Rule[]>();
  for (const r of file.rules) versions.set(r.id, [...(versions.get(r.id) ?? []), r]);
  const current = new Map<string, Rule>();
  for (const [id, list] of versions) current.set(id, defaultVersion(list, file.effectiveFrom));

  const rule = (id: string, on?: IsoDate): Rule => {
    const list = versions.get(id);
    if (!list) throw new Error(`rule set ${file.id}: unknown rule id "${id}"`);
    if (on === undefined) return current.get(id) as Rule;
    const found = list.find((r) => inForce(r, on));
    if (!found) throw new Error(`rule set ${file.id}: rule "${id}" has no version in force on ${on}`);
    return found;
  };
  const number = (id: string, on?: IsoDate): number => {
    const r = rule(id, on);
    if (typeof r.value !== 'number') throw new Error(`rule set ${file.id}: rule "${id}" is not a number`);
    return r.value;
  };
  return {
    version: file.id,
    description: file.description,
    effectiveFrom: file.effectiveFrom,
    rules: current,
    rule,
    number,
    isVerified: (id) => rule(id).verified,
  };
}

function inForce(r: Rule, on: IsoDate): boolean {
  return r.effectiveFrom <= on && (r.effectiveTo === null || on <= r.effectiveTo);
}

function defaultVersion(list: readonly Rule[], on: IsoDate): Rule {
  const latest = [...list].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return list.find((r) => inForce(r, on)) ?? (latest[0] as Rule);
}

/** Reads and validates data/rules/<version>.json (or `<dir>/<version>.json`); throws a clear Error. */
export function loadRuleSet(version: string, dir: string = RULES_DIR): RuleSet {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(version)) {
    throw new Error(`rule set version "${version}" is not a valid version id (e.g. "nl-2026-07")`);
  }
  const file = join(dir, `${version}.json`);
  const parsed = parseRuleSet(readJson(file));
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');
    throw new Error(`invalid rule set ${file}:\n${lines}`);
  }
  if (parsed.value.version !== version) {
    throw new Error(`invalid rule set ${file}:\n  id: "${parsed.value.version}" differs from the file name`);
  }
  return parsed.value;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`rule set ${file} cannot be read: ${(e as Error).message}`, { cause: e });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`rule set ${file} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** The versions available in `dir` (data/rules/ unless given), sorted. */
export function listRuleSets(dir: string = RULES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}
