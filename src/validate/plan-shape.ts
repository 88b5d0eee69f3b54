// Plan shape, rules 1–4 of docs/planning-rules.md: references, intake/departure pairs, window, pins.
import type { PlannedDeparture, PlannedIntake } from '../domain/index.ts';
import { party } from './context.ts';
import type { PartyKind } from './context.ts';
import { departureDate } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

/** Rule 1 [plan.references]: each case at most once per list; every id names something in the scenario. */
export function planReferences(ctx: CheckContext): Violation[] {
  const { scenario, plan } = ctx;
  const found: Violation[] = [...planIdentity(ctx)];
  const ref = (caseId: string, what: string, id: string) =>
    found.push(violation('plan.references', caseId, `unknown ${what} "${id}"`, { [what]: id }));
  found.push(...repeated(plan.intakes, 'intakes'), ...repeated(plan.departures, 'departures'));
  for (const intake of plan.intakes) intakeReferences(ctx, intake, ref);
  for (const d of plan.departures) {
    if (!ctx.index.cases.has(d.caseId)) ref(d.caseId, 'case', d.caseId);
    if (!ctx.index.flights.has(d.flightId)) ref(d.caseId, 'flight', d.flightId);
    if (!party(scenario, 'transport', d.transportId)) ref(d.caseId, 'transport', d.transportId);
  }
  for (const e of plan.leftOut) if (!ctx.index.cases.has(e.caseId)) ref(e.caseId, 'case', e.caseId);
  return found;
}

/** The plan names the scenario and the rule set it was made for. */
function planIdentity({ scenario, plan }: CheckContext): Violation[] {
  const found: Violation[] = [];
  if (plan.scenarioId !== scenario.id) {
    const message = `plan made for scenario "${plan.scenarioId}", not "${scenario.id}"`;
    found.push(violation('plan.references', undefined, message, { planScenarioId: plan.scenarioId }));
  }
  if (plan.rulesVersion !== scenario.rulesVersion) {
    const message = `plan made under rules "${plan.rulesVersion}", the scenario names "${scenario.rulesVersion}"`;
    found.push(violation('plan.references', undefined, message, { planRulesVersion: plan.rulesVersion }));
  }
  return found;
}

type Report = (caseId: string, what: string, id: string) => void;

function intakeReferences(ctx: CheckContext, intake: PlannedIntake, ref: Report): void {
  const { index, scenario } = ctx;
  const caseId = intake.caseId;
  if (!index.cases.has(caseId)) ref(caseId, 'case', caseId);
  if (!index.centres.has(intake.centreId)) ref(caseId, 'centre', intake.centreId);
  if (!index.regions.has(intake.pickupRegionId)) ref(caseId, 'pickupRegion', intake.pickupRegionId);
  if (!index.regions.has(intake.hearingRegionId)) ref(caseId, 'hearingRegion', intake.hearingRegionId);
  const parties: [PartyKind, string | null][] = [
    ['police', intake.policeTeamId],
    ['lawyers', intake.lawyerId],
    ['interpreters', intake.interpreterId],
    ['coaStaff', intake.coaStaffId],
    ['dtvOfficers', intake.dtvOfficerId],
    ['transport', intake.transportId],
  ];
  for (const [kind, id] of parties) {
    if (id !== null && !party(scenario, kind, id)) ref(caseId, kind, id);
  }
}

function repeated(items: readonly { caseId: string }[], list: string): Violation[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.caseId, (counts.get(item.caseId) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n > 1)
    .map(([caseId, n]) =>
      violation('plan.references', caseId, `case ${caseId} appears ${n} times among ${list}, at most 1`, {
        list,
        times: n,
      }),
    );
}

/** Rule 2 [plan.intake-departure-pair]: intakes have departures; new detainees need an intake. */
export function intakeDeparturePair(ctx: CheckContext): Violation[] {
  const { index, plan } = ctx;
  const found: Violation[] = [];
  const report = (caseId: string, message: string) =>
    found.push(violation('plan.intake-departure-pair', caseId, message));
  for (const intake of plan.intakes) {
    const kase = index.cases.get(intake.caseId);
    if (kase?.detention) report(kase.id, `case ${kase.id} is detained already and needs no intake`);
    if (!index.departureOf.has(intake.caseId))
      report(intake.caseId, `intake of ${intake.caseId} without a departure`);
  }
  for (const d of plan.departures) {
    const kase = index.cases.get(d.caseId);
    if (kase && !kase.detention && !index.intakeOf.has(d.caseId)) {
      report(d.caseId, `departure of ${d.caseId}, not detained, without an intake`);
    }
  }
  return found;
}

/** Rule 3 [plan.window]: intake dates and flight departure dates lie in the planning window. */
export function planWindow(ctx: CheckContext): Violation[] {
  const { start, end } = ctx.scenario.window;
  const outside = (caseId: string, what: string, date: string, extra: Violation['details'] = {}) =>
    date < start || date > end
      ? [
          violation('plan.window', caseId, `${what} on ${date}, outside the window ${start}…${end}`, {
            date,
            ...extra,
          }),
        ]
      : [];
  const intakes = ctx.plan.intakes.flatMap((i) => outside(i.caseId, 'intake', i.date));
  const departures = ctx.plan.departures.flatMap((d) => {
    const flight = ctx.index.flights.get(d.flightId);
    if (!flight) return [];
    return outside(d.caseId, `flight ${flight.id} departs`, departureDate(flight, ctx.index), {
      flightId: flight.id,
    });
  });
  return [...intakes, ...departures];
}

/** Rule 4 [plan.pinned]: every pinned intake and departure is in the plan, field for field. */
export function planPinned(ctx: CheckContext): Violation[] {
  const { pinned } = ctx.scenario;
  return [
    ...pinned.intakes.flatMap((p) => pinnedKept('intake', p, ctx.plan.intakes)),
    ...pinned.departures.flatMap((p) => pinnedKept('departure', p, ctx.plan.departures)),
  ];
}

function pinnedKept<T extends PlannedIntake | PlannedDeparture>(
  what: string,
  pin: T,
  planned: readonly T[],
): Violation[] {
  const mine = planned.filter((p) => p.caseId === pin.caseId);
  if (mine.some((p) => changedFields(pin, p).length === 0)) return [];
  const changed = mine[0] ? changedFields(pin, mine[0]) : [];
  const message = mine[0]
    ? `pinned ${what} of ${pin.caseId} changed: ${changed.join(', ')}`
    : `pinned ${what} of ${pin.caseId} is missing`;
  return [violation('plan.pinned', pin.caseId, message, { what, changed: changed.join(',') })];
}

function changedFields<T extends PlannedIntake | PlannedDeparture>(a: T, b: T): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const field = (o: T, k: string) => (o as Record<string, unknown>)[k];
  return [...keys].filter((k) => field(a, k) !== field(b, k));
}
