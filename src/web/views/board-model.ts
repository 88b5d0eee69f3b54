// Pure view models of the planner board and the resources view: capacity as heat-map rows
// (partner type × day, coloured by the share used, binding capacities marked), a plan compared
// with the published one (who is added, removed or moved), and the resources table with filters.
import type { CapacityCell, CapacityReport, Timeline, TimelineIntake } from '../api-types.ts';

/** Colour steps of a use share: 0 nothing used … 4 (nearly) all used. */
export function shareLevel(share: number): 0 | 1 | 2 | 3 | 4 {
  if (!(share > 0)) return 0;
  if (share < 0.4) return 1;
  if (share < 0.7) return 2;
  if (share < 0.9) return 3;
  return 4;
}

export type HeatCell = {
  readonly date: string;
  readonly used: number;
  readonly available: number;
  /** used / available; null when nothing is available that day. */
  readonly share: number | null;
  readonly level: 0 | 1 | 2 | 3 | 4;
  /** Capacities of this type on this day used in full. */
  readonly binding: number;
};
export type HeatRow = { readonly key: string; readonly cells: readonly HeatCell[] };

/** One row per key (e.g. partner type) and one cell per day, summing the capacity cells. */
export function heatRows(
  days: readonly string[],
  cells: readonly CapacityCell[],
  keyOf: (c: CapacityCell) => string = (c) => c.type,
): HeatRow[] {
  const sums = new Map<string, Map<string, { used: number; available: number; binding: number }>>();
  for (const c of cells) {
    const row = sums.get(keyOf(c)) ?? new Map();
    sums.set(keyOf(c), row);
    const sum = row.get(c.date) ?? { used: 0, available: 0, binding: 0 };
    sum.used += c.used;
    sum.available += c.available;
    if (c.binding) sum.binding += 1;
    row.set(c.date, sum);
  }
  return [...sums].map(([key, row]) => ({
    key,
    cells: days.map((date) => {
      const s = row.get(date) ?? { used: 0, available: 0, binding: 0 };
      const share = s.available > 0 ? s.used / s.available : null;
      return { date, ...s, share, level: shareLevel(share ?? 0) };
    }),
  }));
}

/** The capacities a plan uses in full, by day then type. */
export function bindingCells(report: CapacityReport): CapacityCell[] {
  return report.cells
    .filter((c) => c.binding)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.type.localeCompare(b.type) || a.place.localeCompare(b.place),
    );
}

/** Where a case is in a plan: its intake day and centre (if it is taken in) and its flight. */
export type Placement = {
  readonly intakeDate: string | null;
  readonly centre: string | null;
  readonly flight: string;
  readonly departure: string;
};

export type Change = {
  readonly caseId: string;
  readonly kind: 'added' | 'removed' | 'moved';
  readonly before?: Placement;
  readonly after?: Placement;
};

export function placements(timeline: Timeline | null): Map<string, Placement> {
  const intakes = new Map<string, { date: string; centre: string }>();
  const out = new Map<string, Placement>();
  for (const day of timeline?.days ?? [])
    for (const i of day.intakes) intakes.set(i.caseId, { date: day.date, centre: i.centre.name });
  for (const day of timeline?.days ?? [])
    for (const d of day.departures) {
      const intake = intakes.get(d.caseId);
      out.set(d.caseId, {
        intakeDate: intake?.date ?? null,
        centre: intake?.centre ?? null,
        flight: d.flight.label,
        departure: d.flight.departure,
      });
    }
  return out;
}

/** What changes from the published plan to this one, case by case (sorted by case id). */
export function diffPlans(published: Timeline | null, current: Timeline): Change[] {
  const before = placements(published);
  const after = placements(current);
  const changes: Change[] = [];
  for (const [caseId, a] of after) {
    const b = before.get(caseId);
    if (!b) changes.push({ caseId, kind: 'added', after: a });
    else if (
      b.intakeDate !== a.intakeDate ||
      b.flight !== a.flight ||
      b.departure !== a.departure ||
      b.centre !== a.centre
    )
      changes.push({ caseId, kind: 'moved', before: b, after: a });
  }
  for (const [caseId, b] of before)
    if (!after.has(caseId)) changes.push({ caseId, kind: 'removed', before: b });
  return changes.sort((x, y) => x.caseId.localeCompare(y.caseId));
}

export type ResourceFilter = {
  readonly type?: string;
  /** A substring of the place, case-insensitive. */
  readonly place?: string;
  readonly from?: string;
  readonly to?: string;
};

export function filterCells(cells: readonly CapacityCell[], f: ResourceFilter): CapacityCell[] {
  const place = f.place?.trim().toLowerCase();
  return cells.filter(
    (c) =>
      (!f.type || c.type === f.type) &&
      (!place || c.place.toLowerCase().includes(place)) &&
      (!f.from || c.date >= f.from) &&
      (!f.to || c.date <= f.to),
  );
}

/** Days of the window inside the filter's range. */
export function filterDays(days: readonly string[], f: ResourceFilter): string[] {
  return days.filter((d) => (!f.from || d >= f.from) && (!f.to || d <= f.to));
}

/** The key of a resources-table row: what and where. */
export const resourceKey = (c: CapacityCell): string => `${c.resource} · ${c.place}`;

/** Partner types present in a report, in first-seen order. */
export function typesOf(cells: readonly CapacityCell[]): string[] {
  return [...new Set(cells.map((c) => c.type))];
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The partners who must be at an intake, in words: each by its kind and where it comes from
 * ("police team Noord-Nederland", "Tigrinya interpreter (remote)"); the availability id only when the
 * service sent no place. `languageName` turns an ISO 639 code into the reader's language.
 */
export function partnerWords(
  i: TimelineIntake,
  t: Translate,
  languageName: (code: string) => string,
): string[] {
  const p = i.partners;
  const at = i.partnerPlaces;
  const words = [
    t('board.police', { place: at?.policeTeam ?? p.policeTeam }),
    t('board.lawyer', { place: at?.lawyer ?? p.lawyer }),
    t('board.dtv', { place: at?.dtvOfficer ?? p.dtvOfficer }),
    t('board.transport', { place: at?.transport ?? p.transport }),
  ];
  if (p.coaStaff) words.push(t('board.coa', { place: at?.coaStaff ?? p.coaStaff }));
  if (p.interpreter) {
    const language = languageName(p.interpreter.language);
    const place = at?.interpreter;
    words.push(
      p.interpreter.mode === 'remote' || !place
        ? t('board.interpreterRemote', { language })
        : t('board.interpreter', { language, place }),
    );
  }
  return words;
}

/** The kind of reason a case was left out, in the reader's language; undefined for an unknown code. */
export function reasonKind(code: string, t: Translate): string | undefined {
  const key = `board.code.${code}`;
  const text = t(key);
  return text === key ? undefined : text;
}
