// Data-quality issues as the data-quality view shows them: when two sources disagree on who a person
// is (nationality, birth date, name), the case is held out of planning until an admin chooses the
// right value. Pure: parsing the answer, the choices to offer, the order to show.
import { z } from 'zod';

export const DataQualityIssue = z.object({
  id: z.number(),
  caseId: z.string(),
  vNumber: z.string(),
  field: z.string(),
  /** Each source's value for the field. */
  values: z.record(z.string(), z.string()),
  sources: z.array(z.string()),
  openedAt: z.string(),
  resolvedAt: z.string().optional(),
  resolution: z.object({ value: z.string(), by: z.string(), version: z.number() }).optional(),
});
export type DataQualityIssue = z.infer<typeof DataQualityIssue>;

export const DataQualityIssues = z.object({ issues: z.array(DataQualityIssue) });

/** The distinct values the sources gave, each with the sources that gave it, in source order. */
export function choices(issue: DataQualityIssue): { value: string; sources: string[] }[] {
  const bySource = Object.entries(issue.values);
  const values = [...new Set(bySource.map(([, v]) => v))];
  return values.map((value) => ({
    value,
    sources: bySource.filter(([, v]) => v === value).map(([s]) => s),
  }));
}

/** Open issues first (oldest first: longest held), then resolved ones, newest resolution first. */
export function ordered(issues: readonly DataQualityIssue[]): DataQualityIssue[] {
  const open = issues.filter((i) => !i.resolution).sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  const closed = issues
    .filter((i) => i.resolution)
    .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  return [...open, ...closed];
}
