// Data-quality issues: two feeds disagreeing on who a person is (an identity field of the same
// V-number). An open issue holds its case out of planning until an admin chooses the value; the
// choice is written as a new case version by `resolveDataQualityIssue` (./ingest.ts).
import type { Case } from '../domain/index.ts';
import type { Db } from './database.ts';
import type { DbRow } from './sql.ts';

/** Person fields that identify someone: two feeds disagreeing on one is a data-quality issue. */
export const IDENTITY_FIELDS = ['nationality', 'birthDate', 'sex', 'familyName'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export type DataQualityIssue = {
  id: number;
  caseId: string;
  vNumber: string;
  field: IdentityField;
  /** Each source's value for the field. */
  values: Record<string, string>;
  sources: string[];
  openedAt: string;
  resolvedAt?: string;
  resolution?: { value: string; by: string; version: number };
};

export type Disagreement = {
  caseId: string;
  vNumber: string;
  field: IdentityField;
  stored: { source: string; value: string };
  incoming: { source: string; value: string };
};

/** Identity fields on which a second source contradicts the stored record, person by V-number. */
export function identityConflicts(
  stored: Case,
  incoming: Case,
  storedSource: string,
  source: string,
): Disagreement[] {
  if (storedSource === source) return [];
  const before = new Map(stored.persons.map((p) => [p.vNumber, p]));
  return incoming.persons.flatMap((p) => {
    const old = before.get(p.vNumber);
    if (old === undefined) return [];
    return IDENTITY_FIELDS.filter((f) => old[f] !== p[f]).map((field) => ({
      caseId: incoming.id,
      vNumber: p.vNumber,
      field,
      stored: { source: storedSource, value: old[field] },
      incoming: { source, value: p[field] },
    }));
  });
}

/** Opens an issue, or adds the new source's value to the open issue on the same person and field. */
export function openIssue(db: Db, scenarioId: string, d: Disagreement): DataQualityIssue {
  const open = db
    .prepare(
      `SELECT * FROM data_quality_issues
       WHERE scenario_id = ? AND case_id = ? AND v_number = ? AND field = ? AND resolved_at IS NULL`,
    )
    .get(scenarioId, d.caseId, d.vNumber, d.field) as DbRow | undefined;
  if (open !== undefined) {
    const issue = issueFromRow(open);
    const values = { ...issue.values, [d.incoming.source]: d.incoming.value };
    const sources = issue.sources.includes(d.incoming.source)
      ? issue.sources
      : [...issue.sources, d.incoming.source];
    db.prepare('UPDATE data_quality_issues SET "values" = ?, sources = ? WHERE id = ?').run(
      JSON.stringify(values),
      JSON.stringify(sources),
      issue.id,
    );
    return { ...issue, values, sources };
  }
  const values = { [d.stored.source]: d.stored.value, [d.incoming.source]: d.incoming.value };
  const row = db
    .prepare(
      `INSERT INTO data_quality_issues (scenario_id, case_id, v_number, field, "values", sources)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
    )
    .get(
      scenarioId,
      d.caseId,
      d.vNumber,
      d.field,
      JSON.stringify(values),
      JSON.stringify([d.stored.source, d.incoming.source]),
    ) as DbRow;
  return issueFromRow(row);
}

export function listDataQualityIssues(
  db: Db,
  scenarioId: string,
  filter: { open?: boolean } = {},
): DataQualityIssue[] {
  const where =
    filter.open === undefined ? '' : filter.open ? 'AND resolved_at IS NULL' : 'AND resolved_at IS NOT NULL';
  const rows = db
    .prepare(`SELECT * FROM data_quality_issues WHERE scenario_id = ? ${where} ORDER BY id`)
    .all(scenarioId) as DbRow[];
  return rows.map(issueFromRow);
}

/** Cases with an open data-quality issue: the planner leaves them out until it is resolved. */
export function openIssueCaseIds(db: Db, scenarioId: string): Set<string> {
  const ids = db
    .prepare(
      'SELECT DISTINCT case_id FROM data_quality_issues WHERE scenario_id = ? AND resolved_at IS NULL ORDER BY case_id',
    )
    .pluck()
    .all(scenarioId) as string[];
  return new Set(ids);
}

export function issueFromRow(r: DbRow): DataQualityIssue {
  const issue: DataQualityIssue = {
    id: Number(r.id),
    caseId: String(r.case_id),
    vNumber: String(r.v_number),
    field: String(r.field) as IdentityField,
    values: JSON.parse(String(r.values)) as Record<string, string>,
    sources: JSON.parse(String(r.sources)) as string[],
    openedAt: String(r.opened_at),
  };
  if (typeof r.resolved_at === 'string') issue.resolvedAt = r.resolved_at;
  if (typeof r.resolution === 'string')
    issue.resolution = JSON.parse(r.resolution) as DataQualityIssue['resolution'];
  return issue;
}
