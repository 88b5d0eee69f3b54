// Maps a scenario onto the solver's problem: one candidate per case, one option per lawful
// (intake, flight) pattern, one resource per shared capacity (docs/planning-rules.md 9–10, 21–23).
import type { Case, Plan, Scenario } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { Candidate, Option, Problem, Use } from '../../solver/index.ts';
import { caseFacts, type CaseFacts } from './case-facts.ts';
import { buildContext, type PlanningContext } from './context.ts';
import { caseBlockers, type Blocker } from './eligibility.ts';
import { enumerateOptions, type OptionDetail } from './options.ts';
import { poolKey } from './pools.ts';
import { createRegistry, type ResourceMeta, type ResourceRegistry } from './resources.ts';
import { detentionResource, detentionBase } from './detention.ts';
import { decisionOf, isPinnedOption, pinnedOf, type Pin } from './pinned.ts';
import { objectiveWeights, type ObjectiveWeights } from './objective.ts';
import { dayWords, interpreterWords, placeName } from './wording.ts';

export type PlanningSettings = {
  /** Intakes at most this many days before their flight (longer only adds detention nights). */
  readonly maxLeadDays: number;
  /** The plan to change as little as possible (objective level 3), e.g. the published one. */
  readonly previous?: Plan;
  /** Cases held out of planning by the caller (e.g. an open data-quality issue), with the reason. */
  readonly held?: ReadonlyMap<string, Blocker>;
};

export const DEFAULT_SETTINGS: PlanningSettings = { maxLeadDays: 4 };

export type CaseEntry = {
  readonly case: Case;
  readonly facts: CaseFacts;
  /** Rules that block the case whatever the flight or slot. */
  readonly blockers: readonly Blocker[];
  /** Why options were dropped, one example per rule id. */
  readonly rejected: ReadonlyMap<string, Blocker>;
  readonly options: readonly OptionDetail[];
};

export type PlanningProblem = {
  readonly context: PlanningContext;
  readonly problem: Problem;
  readonly cases: readonly CaseEntry[];
  readonly weights: ObjectiveWeights;
  readonly transportThresholds: readonly number[];
  readonly meta: readonly ResourceMeta[];
};

export function buildProblem(
  scenario: Scenario,
  rules: RuleSet,
  settings = DEFAULT_SETTINGS,
): PlanningProblem {
  const context = buildContext(scenario, rules);
  const registry = createRegistry();
  const base = detentionBase(scenario, context);
  const weights = objectiveWeights(scenario, context);
  const thresholds = [...new Set(scenario.cases.map((c) => c.persons.length))].sort((a, b) => a - b);
  const cases: CaseEntry[] = [];
  const candidates: Candidate[] = [];
  for (const c of scenario.cases) {
    const facts = caseFacts(scenario, c, rules);
    const hold = settings.held?.get(c.id);
    const blockers = [...caseBlockers(context, c), ...(hold ? [hold] : [])];
    const enumeration =
      blockers.length > 0
        ? { options: [], rejected: new Map<string, Blocker>() }
        : enumerateOptions(context, c, facts, settings);
    const pin = pinnedOf(scenario, c.id);
    const lawful = pin
      ? enumeration.options.filter((o) => isPinnedOption(context, o, pin))
      : enumeration.options;
    const before = settings.previous ? decisionOf(settings.previous, c.id) : undefined;
    const built = lawful.map((o) => toOption(context, registry, base, thresholds, weights, facts, o, before));
    // An option that alone needs more than a capacity holds (a family of three escorted on a flight
    // whose carrier takes two) can never be taken: leaving it out tightens the model's LP bound.
    const fits = built.map((o) =>
      o.uses.every((u) => u.amount <= registry.resources[u.resource]!.capacity + 1e-9),
    );
    built.forEach((o, k) => fits[k] || noteTooBig(enumeration.rejected, registry, o));
    const options = lawful.filter((_, k) => fits[k]);
    cases.push({ case: c, facts, blockers, rejected: enumeration.rejected, options });
    candidates.push({
      key: c.id,
      pinned: pin !== undefined && options.length > 0,
      options: built.filter((_, k) => fits[k]),
    });
  }
  return {
    context,
    problem: { resources: registry.resources, candidates },
    cases,
    weights,
    transportThresholds: thresholds,
    meta: registry.meta,
  };
}

function toOption(
  ctx: PlanningContext,
  registry: ResourceRegistry,
  base: ReturnType<typeof detentionBase>,
  thresholds: readonly number[],
  weights: ObjectiveWeights,
  facts: CaseFacts,
  o: OptionDetail,
  previous: Pin | undefined,
): Option {
  const uses: Use[] = [];
  const changed = previous !== undefined && !isPinnedOption(ctx, o, previous, 'ignore-interpreter');
  const pool = (role: Parameters<typeof poolKey>[0], place: string, slot: number, label: string) =>
    uses.push({
      amount: 1,
      resource: registry.index(`${poolKey(role, place)}|${slot}`, () => {
        const words =
          role === 'interpreter'
            ? interpreterWords(ctx.scenario, place)
            : { resource: label, place: placeName(ctx.scenario, place) };
        return {
          family: 'intake.capacity',
          label: `${words.resource}, ${words.place}, ${slotLabel(ctx, slot)}`,
          capacity: ctx.pools.capacity(poolKey(role, place), slot),
          meta: slotMeta(ctx, words.resource, words.place, slot),
        };
      }),
    });
  const transport = (region: string, slot: number) => {
    for (const t of thresholds.filter((t) => t <= facts.persons)) {
      uses.push({
        amount: 1,
        resource: registry.index(`${poolKey('transport', region)}|${slot}|${t}`, () => ({
          family: 'intake.capacity',
          label: `DV&O transport${t > 1 ? ` (≥${t} seats)` : ''}, ${placeName(ctx.scenario, region)}, ${slotLabel(ctx, slot)}`,
          capacity: ctx.pools.capacity(poolKey('transport', region), slot, t),
          meta: slotMeta(
            ctx,
            `DV&O transport${t > 1 ? ` (≥${t} seats)` : ''}`,
            placeName(ctx.scenario, region),
            slot,
          ),
        })),
      });
    }
  };
  if (o.intake) {
    const s = o.intake.slot.index;
    pool('police', o.intake.pickupRegionId, s, 'police team');
    pool('lawyer', o.intake.hearingRegionId, s, 'duty lawyer');
    pool('dtv', o.intake.pickupRegionId, s, 'DT&V officer');
    if (facts.coaLocationId) pool('coa', facts.coaLocationId, s, 'COA staff');
    if (o.intake.interpreterPlace) pool('interpreter', o.intake.interpreterPlace, s, 'interpreter');
    transport(o.intake.pickupRegionId, s);
  }
  transport(o.centreRegionId, o.runSlot.index);
  uses.push(...detentionUses(ctx, registry, base, facts, o));
  uses.push(...flightUses(registry, facts, o));
  uses.push(...escortUses(ctx, registry, o));
  return {
    key: optionKey(o),
    uses,
    value: weights.departure * facts.persons * weights.urgency(o.caseId),
    penalty:
      o.nights * weights.night +
      (changed ? weights.change : 0) +
      o.escorts * o.flight.flight.escortDutyDays * weights.escortDay,
    departureOrder: o.flight.departureMs,
  };
}

function noteTooBig(rejected: Map<string, Blocker>, registry: ResourceRegistry, o: Option): void {
  for (const u of o.uses) {
    const r = registry.resources[u.resource]!;
    if (u.amount > r.capacity + 1e-9 && !rejected.has(r.family)) {
      rejected.set(r.family, {
        ruleId: r.family,
        message: `${r.label}: needs ${u.amount}, has ${r.capacity}`,
      });
    }
  }
}

export function optionKey(o: OptionDetail): string {
  const i = o.intake;
  return i
    ? `${o.flight.flight.id}|${i.slot.index}|${i.centreId}|${i.interpreterPlace ?? '-'}`
    : o.flight.flight.id;
}

function detentionUses(
  ctx: PlanningContext,
  registry: ResourceRegistry,
  base: ReturnType<typeof detentionBase>,
  facts: CaseFacts,
  o: OptionDetail,
): Use[] {
  const uses: Use[] = [];
  const departureDay = ctx.grid.dayOf(o.flight.date) ?? ctx.grid.dates.length;
  const from = o.intake ? o.intake.slot.day : departureDay;
  const to = o.intake ? departureDay : ctx.grid.dates.length;
  for (let day = from; day < to; day++) {
    const r = detentionResource(ctx, registry, base, o.centreId, o.wing, day, o.intake === null);
    // A new detainee takes a place each night until departure; one detained already frees its
    // place from the departure on (its stay was counted in the base occupancy).
    if (r !== null) uses.push({ resource: r, amount: o.intake ? facts.persons : -facts.persons });
  }
  return uses;
}

function flightUses(registry: ResourceRegistry, facts: CaseFacts, o: OptionDetail): Use[] {
  const f = o.flight.flight;
  const uses: Use[] = [];
  const seats = f.kind === 'scheduled' ? facts.persons + o.escorts : facts.persons;
  const capacity = f.kind === 'scheduled' ? f.seats : f.allotment;
  uses.push({
    amount: seats,
    resource: registry.index(`seats|${f.id}`, () => ({
      family: 'flight.seats',
      label: `seats on ${f.id}`,
      capacity,
      meta: { resource: 'flight seats', place: f.id, date: o.flight.date },
    })),
  });
  const carrier = o.flight.carrier;
  if (f.kind === 'scheduled' && carrier) {
    const kind = facts.escorted ? 'depa' : 'depu';
    uses.push({
      amount: facts.persons,
      resource: registry.index(`${kind}|${f.id}`, () => ({
        family: 'airline.depa-depu',
        label: `${kind.toUpperCase()} limit of ${carrier.code} on ${f.id}`,
        capacity: kind === 'depa' ? carrier.depaMax : carrier.depuMax,
        meta: { resource: `${kind.toUpperCase()} limit`, place: f.id, date: o.flight.date },
      })),
    });
  }
  return uses;
}

function escortUses(ctx: PlanningContext, registry: ResourceRegistry, o: OptionDetail): Use[] {
  if (o.escorts === 0) return [];
  const uses: Use[] = [];
  const first = Date.parse(o.flight.date);
  for (let d = 0; d < o.flight.flight.escortDutyDays; d++) {
    const date = new Date(first + d * 86_400_000).toISOString().slice(0, 10);
    uses.push({
      amount: o.escorts,
      resource: registry.index(`escort|${date}`, () => ({
        family: 'escort.days',
        label: `KMar escorts on ${date}`,
        capacity: ctx.escortsOn.get(date) ?? 0,
        meta: { resource: 'KMar escorts', place: 'national pool', date },
      })),
    });
  }
  return uses;
}

function slotMeta(ctx: PlanningContext, resource: string, place: string, slot: number) {
  const s = ctx.grid.slots[slot];
  return { resource, place, date: s?.date ?? '', ...(s ? { part: s.part } : {}) };
}

function slotLabel(ctx: PlanningContext, slot: number): string {
  const s = ctx.grid.slots[slot];
  return s ? dayWords(s.date, s.part) : `slot ${slot}`;
}
