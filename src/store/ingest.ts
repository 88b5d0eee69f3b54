// Partner feeds into a stored scenario: idempotent upserts of cases, flights, availability and sites
// by external id and version; a feed contradicting another on who a person is opens a data-quality issue
// (./data-quality.ts), resolved here as a new case version.
// Each upsert is one IMMEDIATE transaction: read the scenario, apply the record in memory, validate
// the whole scenario (schema and references), rewrite its rows. Bad input writes nothing.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Case, FieldError, Scenario } from '../domain/index.ts';
import {
  Airport,
  Case as CaseSchema,
  CoaLocation,
  CoaStaff,
  DetentionCentre,
  DtvOfficer,
  DutyLawyer,
  Flight,
  Interpreter,
  Person,
  PoliceRegion,
  PoliceTeam,
  Scenario as ScenarioSchema,
  Transport,
  formatPath,
  parseWith,
} from '../domain/index.ts';
import type { Db } from './database.ts';
import { rejectionToError } from './rejection.ts';
import { exportScenario, writeScenarioContent } from './scenario-store.ts';
import { RowRejected } from './sql.ts';
import type { DbRow } from './sql.ts';
import type { DataQualityIssue } from './data-quality.ts';
import { identityConflicts, issueFromRow, openIssue } from './data-quality.ts';

export const PARTNER_SCHEMAS = {
  police: PoliceTeam,
  lawyers: DutyLawyer,
  interpreters: Interpreter,
  coaStaff: CoaStaff,
  dtvOfficers: DtvOfficer,
  transport: Transport,
} as const;
export type PartnerKind = keyof typeof PARTNER_SCHEMAS;
export const PartnerKind = z.enum([
  'police',
  'lawyers',
  'interpreters',
  'coaStaff',
  'dtvOfficers',
  'transport',
]);

export const SITE_SCHEMAS = {
  policeRegions: PoliceRegion,
  coaLocations: CoaLocation,
  detentionCentres: DetentionCentre,
  airports: Airport,
} as const;
export type SiteKind = keyof typeof SITE_SCHEMAS;
export const SiteKind = z.enum(['policeRegions', 'coaLocations', 'detentionCentres', 'airports']);

/** Who sent a record, and its version in that sender's numbering (raised by every change). */
export const Feed = z.strictObject({
  version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  source: z.string().min(1).max(64),
});
export type Feed = z.infer<typeof Feed>;

export type RecordKind = 'case' | 'flight' | 'availability' | 'site';

/** The stored version; `updatedAt` is null for a record as imported with its scenario. */
export type CurrentVersion = { version: number; source: string; updatedAt: string | null };

export type UpsertResult =
  | { kind: 'written'; created: boolean; changed: true; version: number }
  | { kind: 'unchanged'; changed: false; version: number }
  | { kind: 'stale'; conflict: 'stale'; current: CurrentVersion }
  | { kind: 'data-quality'; conflict: 'data-quality'; dataQualityIssues: DataQualityIssue[] }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'no-scenario' };

/** The source recorded for records that came with the imported scenario, not from a feed. */
export const IMPORT_SOURCE = 'import';

type Rec = Record<string, unknown>;

/** How one kind of record is found in a scenario, validated and compared. */
type Target = {
  kind: RecordKind;
  schema: z.ZodType;
  /** The list in the scenario that holds the record. */
  path: readonly [string] | readonly [string, string];
  key: (r: Rec) => string;
};

export function upsertCase(db: Db, scenarioId: string, input: unknown, feed: Feed): UpsertResult {
  // The record's own version, when given, must be the feed's: one number, not two that can drift.
  if (isRecord(input) && 'version' in input && input.version !== feed.version) {
    const message = `differs from the feed version ${String(feed.version)}`;
    return { kind: 'invalid', errors: [{ path: 'version', message }] };
  }
  const record = isRecord(input) ? { ...input, version: feed.version } : input;
  const target: Target = { kind: 'case', schema: CaseSchema, path: ['cases'], key: byId };
  return upsert(db, scenarioId, target, record, feed);
}

export function upsertFlight(db: Db, scenarioId: string, input: unknown, feed: Feed): UpsertResult {
  return upsert(
    db,
    scenarioId,
    { kind: 'flight', schema: Flight, path: ['flights'], key: byId },
    input,
    feed,
  );
}

export function upsertAvailability(
  db: Db,
  scenarioId: string,
  partner: PartnerKind,
  input: unknown,
  feed: Feed,
): UpsertResult {
  const schema = PARTNER_SCHEMAS[partner];
  const target: Target = { kind: 'availability', schema, path: ['availability', partner], key: byId };
  return upsert(db, scenarioId, target, input, feed);
}

export function upsertSite(
  db: Db,
  scenarioId: string,
  site: SiteKind,
  input: unknown,
  feed: Feed,
): UpsertResult {
  const key = site === 'airports' ? (r: Rec) => String(r.code) : byId;
  return upsert(
    db,
    scenarioId,
    { kind: 'site', schema: SITE_SCHEMAS[site], path: ['sites', site], key },
    input,
    feed,
  );
}

function upsert(db: Db, scenarioId: string, target: Target, input: unknown, feed: Feed): UpsertResult {
  const checkedFeed = parseWith(Feed, feed);
  if (!checkedFeed.ok) return { kind: 'invalid', errors: checkedFeed.errors };
  const parsed = parseWith(target.schema, input);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const record = parsed.value as Rec;
  return inTransaction(db, (): UpsertResult => {
    const scenario = exportScenario(db, scenarioId);
    if (scenario === undefined) return { kind: 'no-scenario' };
    const list = listAt(scenario, target.path);
    const key = target.key(record);
    const externalId = [...target.path.slice(1), key].join('/');
    const index = list.findIndex((r) => target.key(r) === key);
    const existing = list[index];
    const current = currentVersion(db, scenarioId, target.kind, externalId, existing);
    if (current !== undefined) {
      if (feed.version < current.version) return { kind: 'stale', conflict: 'stale', current };
      if (feed.version === current.version) {
        const same = existing !== undefined && hashOf(existing) === hashOf(record);
        if (same) return { kind: 'unchanged', changed: false, version: current.version };
        return { kind: 'stale', conflict: 'stale', current };
      }
    }
    if (target.kind === 'case' && existing !== undefined && current !== undefined) {
      const issues = identityConflicts(existing as Case, record as Case, current.source, feed.source);
      if (issues.length > 0) {
        const dataQualityIssues = issues.map((i) => openIssue(db, scenarioId, i));
        return { kind: 'data-quality', conflict: 'data-quality', dataQualityIssues };
      }
    }
    if (existing === undefined) list.push(record);
    else list[index] = record;
    const errors = validateScenario(db, scenario, [...target.path, index === -1 ? list.length - 1 : index]);
    if (errors.length > 0) return { kind: 'invalid', errors };
    writeVersion(db, scenarioId, target.kind, externalId, feed, hashOf(record));
    return { kind: 'written', created: existing === undefined, changed: true, version: feed.version };
  });
}

/**
 * Runs `write` in one IMMEDIATE transaction (the write lock taken before the read, so two feeds cannot
 * interleave); a row the database refuses rolls it all back and comes back as an error.
 * Nested transactions of the store (exportScenario) become savepoints inside it.
 */
function inTransaction<T>(db: Db, write: () => T): T | { kind: 'invalid'; errors: FieldError[] } {
  try {
    return db.transaction(write).immediate();
  } catch (e) {
    if (e instanceof RowRejected) return { kind: 'invalid' as const, errors: [rejectionToError(e)] };
    throw e;
  }
}

/**
 * Validates the changed scenario and, if valid, rewrites its rows. Errors under `recordPath` are
 * given relative to the record (`location.coaLocationId`); others by their scenario path, prefixed
 * `scenario.` (e.g. a V-number the record shares with a later case).
 */
function validateScenario(
  db: Db,
  scenario: Scenario,
  recordPath: readonly (string | number)[],
): FieldError[] {
  const result = ScenarioSchema.safeParse(scenario);
  if (result.success) {
    rewriteScenario(db, result.data);
    return [];
  }
  return result.error.issues.map((i) => {
    const within = recordPath.every((p, k) => i.path[k] === p);
    if (within) return { path: formatPath(i.path.slice(recordPath.length)), message: i.message };
    return { path: `scenario.${formatPath(i.path)}`, message: i.message };
  });
}

/** Child tables of a scenario, children first; the `scenarios` row itself is kept (and imported_at with it). */
const SCENARIO_TABLES = [
  'pinned_departures',
  'pinned_intakes',
  'case_consents',
  'persons',
  'cases',
  'flight_transits',
  'flights',
  'escort_days',
  'availability',
  'entry_requirements',
  'carriers',
  'detention_centre_intake_stops',
  'detention_centre_wings',
  'detention_centres',
  'coa_locations',
  'airports',
  'police_regions',
] as const;

/**
 * Rewrites the scenario's rows in list order. Unlike importScenario's replace, the `scenarios` row is
 * not deleted, so tables that reference only the scenario (versions, issues, plans) keep their rows.
 */
function rewriteScenario(db: Db, s: Scenario): void {
  for (const table of SCENARIO_TABLES) db.prepare(`DELETE FROM ${table} WHERE scenario_id = ?`).run(s.id);
  writeScenarioContent(db, s);
}

function currentVersion(
  db: Db,
  scenarioId: string,
  kind: RecordKind,
  externalId: string,
  existing: Rec | undefined,
): CurrentVersion | undefined {
  const row = db
    .prepare(
      'SELECT version, source, updated_at FROM record_versions WHERE scenario_id = ? AND kind = ? AND external_id = ?',
    )
    .get(scenarioId, kind, externalId) as { version: number; source: string; updated_at: string } | undefined;
  if (row !== undefined) return { version: row.version, source: row.source, updatedAt: row.updated_at };
  if (existing === undefined) return undefined;
  // Imported with the scenario: a case carries its version, other records start at 1.
  const version = typeof existing.version === 'number' ? existing.version : 1;
  return { version, source: IMPORT_SOURCE, updatedAt: null };
}

function writeVersion(
  db: Db,
  scenarioId: string,
  kind: RecordKind,
  externalId: string,
  feed: Feed,
  hash: string,
) {
  db.prepare(
    `INSERT INTO record_versions (scenario_id, kind, external_id, version, source, payload_hash)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (scenario_id, kind, external_id) DO UPDATE SET
       version = excluded.version, source = excluded.source, payload_hash = excluded.payload_hash,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(scenarioId, kind, externalId, feed.version, feed.source, hash);
}

export type ResolveResult =
  | { kind: 'resolved'; issue: DataQualityIssue; version: number }
  | { kind: 'already-resolved'; issue: DataQualityIssue }
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: FieldError[] };

/**
 * Resolves an open issue with the chosen `value`: writes it into the person as a new version of the
 * case (source `resolution:<by>`) and closes the issue, in one transaction.
 */
export function resolveDataQualityIssue(
  db: Db,
  scenarioId: string,
  id: number,
  choice: { value: string; by: string },
): ResolveResult {
  return inTransaction(db, (): ResolveResult => {
    const row = db
      .prepare('SELECT * FROM data_quality_issues WHERE id = ? AND scenario_id = ?')
      .get(id, scenarioId) as DbRow | undefined;
    if (row === undefined) return { kind: 'not-found' };
    const issue = issueFromRow(row);
    if (issue.resolvedAt !== undefined) return { kind: 'already-resolved', issue };
    const value = parseWith(Person.shape[issue.field], choice.value);
    if (!value.ok) return { kind: 'invalid', errors: value.errors.map((e) => ({ ...e, path: 'value' })) };
    const scenario = exportScenario(db, scenarioId);
    const index = scenario?.cases.findIndex((c) => c.id === issue.caseId) ?? -1;
    const stored = scenario?.cases[index];
    const person = stored?.persons.find((p) => p.vNumber === issue.vNumber);
    if (scenario === undefined || stored === undefined || person === undefined) {
      const message = `person ${issue.vNumber} is no longer in case "${issue.caseId}"`;
      return { kind: 'invalid', errors: [{ path: 'value', message }] };
    }
    const current = currentVersion(db, scenarioId, 'case', stored.id, stored);
    const version = (current?.version ?? stored.version) + 1;
    const persons = stored.persons.map((p) => (p === person ? { ...p, [issue.field]: value.value } : p));
    const updated: Case = { ...stored, version, persons };
    scenario.cases[index] = updated;
    const errors = validateScenario(db, scenario, ['cases', index]);
    if (errors.length > 0) return { kind: 'invalid', errors };
    const feed = { version, source: `resolution:${choice.by}` };
    writeVersion(db, scenarioId, 'case', stored.id, feed, hashOf(updated));
    const resolution = { value: value.value, by: choice.by, version };
    const closed = db
      .prepare(
        `UPDATE data_quality_issues SET resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), resolution = ?
         WHERE id = ? RETURNING *`,
      )
      .get(JSON.stringify(resolution), id) as DbRow;
    return { kind: 'resolved', issue: issueFromRow(closed), version };
  });
}

// ---- small helpers ----

function byId(r: Rec): string {
  return String(r.id);
}

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function listAt(s: Scenario, path: Target['path']): Rec[] {
  const [first, second] = path;
  const holder = (s as unknown as Record<string, unknown>)[first];
  const list = second === undefined ? holder : (holder as Record<string, unknown>)[second];
  return list as Rec[];
}

/** SHA-256 of the record's JSON with keys sorted: equal records hash equal whatever their key order. */
function hashOf(record: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(record)))
    .digest('hex');
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (!isRecord(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => [k, canonical(v[k])]),
  );
}
