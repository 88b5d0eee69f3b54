// Capacity use of a plan, per resource and day, read from the planning problem the planner solved:
// each of its shared capacities (a police team slot, a wing's places on a night, a flight's seats…)
// with how much the plan takes of it. A capacity is binding when the plan uses all of it. The gaps
// that block most cases come from the plan's explanations: the resources a left-out case found
// exhausted on every lawful option, counted per type, place and day.
import { z } from 'zod';
import type { Plan } from '../../domain/index.ts';
import { DayPart, IsoDate } from '../../domain/index.ts';
import type { PlanningProblem } from '../../planning/build-problem.ts';
import { assignmentFromPlan } from '../../planning/plan-assignment.ts';
import { usage } from '../../../solver/index.ts';

/** Partner types, as the UI groups them (a stable key; the problem's labels are for people). */
export const PartnerType = z.enum([
  'police',
  'lawyers',
  'interpreters',
  'coa',
  'dtvOfficers',
  'transport',
  'detention',
  'flights',
  'carrierLimits',
  'escorts',
  'other',
]);
export type PartnerType = z.infer<typeof PartnerType>;

const PATTERNS: readonly [RegExp, PartnerType][] = [
  [/^police team/, 'police'],
  [/^duty lawyer/, 'lawyers'],
  [/interpreter/, 'interpreters'],
  [/^COA staff/, 'coa'],
  [/^DT&V officer/, 'dtvOfficers'],
  [/^DV&O transport/, 'transport'],
  [/^detention places/, 'detention'],
  [/^flight seats/, 'flights'],
  // The carriers' limits of escorted (DEPA) and unescorted (DEPU) deportees per flight.
  [/^(DEPA|DEPU) limit/, 'carrierLimits'],
  [/^KMar escorts/, 'escorts'],
];

/** The partner type of a resource label of the planning problem ('police team' → police). */
export function partnerType(resource: string): PartnerType {
  return PATTERNS.find(([pattern]) => pattern.test(resource))?.[1] ?? 'other';
}

export const CapacityCell = z.strictObject({
  type: PartnerType,
  /** What it is, e.g. "duty lawyer", "detention places (men wing)", "flight seats". */
  resource: z.string(),
  place: z.string(),
  date: IsoDate,
  part: DayPart.optional(),
  available: z.number(),
  used: z.number(),
  binding: z.boolean(),
});
export type CapacityCell = z.infer<typeof CapacityCell>;

export const TypeDay = z.strictObject({
  type: PartnerType,
  date: IsoDate,
  available: z.number(),
  used: z.number(),
  /** Capacities of this type on this day that the plan uses in full. */
  binding: z.number().int(),
});
export type TypeDay = z.infer<typeof TypeDay>;

export const Gap = z.strictObject({
  type: PartnerType,
  resource: z.string(),
  place: z.string(),
  date: IsoDate,
  part: DayPart.optional(),
  /** Left-out cases that found this capacity exhausted. */
  cases: z.number().int(),
});
export type Gap = z.infer<typeof Gap>;

export const CapacityReport = z.strictObject({
  scenarioId: z.string(),
  source: z.union([
    z.strictObject({ kind: z.literal('job'), jobId: z.string() }),
    z.strictObject({ kind: z.literal('published'), version: z.number().int(), jobId: z.string().nullable() }),
    z.strictObject({ kind: z.literal('none') }),
  ]),
  days: z.array(IsoDate),
  cells: z.array(CapacityCell),
  byTypeDay: z.array(TypeDay),
  gaps: z.array(Gap),
  /** Cases of the plan whose intake and departure match no option of the current problem (data changed since). */
  unmatched: z.number().int(),
});
export type CapacityReport = z.infer<typeof CapacityReport>;

/** How much of each capacity of `pp` the plan uses (nothing, without a plan). */
export function capacityCells(
  pp: PlanningProblem,
  plan: Plan | undefined,
): { cells: CapacityCell[]; unmatched: number } {
  const matched = plan
    ? assignmentFromPlan(pp, plan)
    : { assignment: pp.cases.map(() => null), unmatched: [] };
  const used = usage(pp.problem, matched.assignment);
  const cells = pp.problem.resources.map((r, i): CapacityCell => {
    const meta = pp.meta[i]!;
    // A departure frees a detention place (negative use); the cell shows what the plan occupies.
    const u = Math.max(0, used[i] ?? 0);
    return {
      type: partnerType(meta.resource),
      resource: meta.resource,
      place: meta.place,
      date: meta.date,
      ...(meta.part ? { part: meta.part } : {}),
      available: r.capacity,
      used: u,
      binding: u > 0 && u >= r.capacity - 1e-9,
    };
  });
  return { cells, unmatched: matched.unmatched.length };
}

/** The cells summed per partner type and day, in type then date order. */
export function byTypeDay(cells: readonly CapacityCell[]): TypeDay[] {
  const sums = new Map<string, TypeDay>();
  for (const c of cells) {
    const key = `${c.type}|${c.date}`;
    const sum = sums.get(key) ?? { type: c.type, date: c.date, available: 0, used: 0, binding: 0 };
    sum.available += c.available;
    sum.used += c.used;
    if (c.binding) sum.binding += 1;
    sums.set(key, sum);
  }
  const order = PartnerType.options;
  return [...sums.values()].sort(
    (a, b) =>
      order.indexOf(a.type) - order.indexOf(b.type) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
}

/** The exhausted capacities of the plan's explanations, those that block most cases first. */
export function planGaps(plan: Plan | undefined, limit = 50): Gap[] {
  const gaps = new Map<string, Gap & { ids: Set<string> }>();
  for (const e of plan?.leftOut ?? []) {
    for (const x of e.exhausted) {
      const key = [x.resource, x.place, x.date, x.part ?? ''].join('|');
      const gap = gaps.get(key) ?? {
        type: partnerType(x.resource),
        resource: x.resource,
        place: x.place,
        date: x.date,
        ...(x.part ? { part: x.part } : {}),
        cases: 0,
        ids: new Set<string>(),
      };
      gap.ids.add(e.caseId);
      gap.cases = gap.ids.size;
      gaps.set(key, gap);
    }
  }
  return [...gaps.values()]
    .sort((a, b) => b.cases - a.cases || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .slice(0, limit)
    .map(({ ids: _ids, ...gap }) => gap);
}

/** The whole report for one plan (or none) of a problem. */
export function capacityReport(
  pp: PlanningProblem,
  plan: Plan | undefined,
  source: CapacityReport['source'],
): CapacityReport {
  const { cells, unmatched } = capacityCells(pp, plan);
  return {
    scenarioId: pp.context.scenario.id,
    source,
    days: [...pp.context.grid.dates],
    cells,
    byTypeDay: byTypeDay(cells),
    gaps: planGaps(plan),
    unmatched,
  };
}
