// After solving, concrete partners for every chosen option: the pools guarantee that enough
// entries cover each slot; here each intake and airport run gets named entries. Pinned decisions
// keep their own partners. Transport goes largest group first to the smallest vehicle that fits.
import type { PlannedDeparture, PlannedIntake, Scenario } from '../domain/index.ts';
import type { PlanningContext } from './context.ts';
import type { OptionDetail } from './options.ts';
import { poolKey, type PoolEntry, type Role } from './pools.ts';

export type Assigned = { intakes: PlannedIntake[]; departures: PlannedDeparture[]; problems: string[] };

type Demand = { caseId: string; kind: 'intake' | 'run'; region: string; slot: number; need: number };

export function assignPartners(ctx: PlanningContext, chosen: readonly OptionDetail[]): Assigned {
  const left = new Map<string, number>();
  const take = (role: Role, place: string, slot: number, fixed?: string | null): string | null => {
    const entries = ctx.pools.entries(poolKey(role, place), slot);
    const pick = fixed
      ? entries.find((e) => e.id === fixed)
      : entries.find((e) => remaining(left, e, slot) > 0);
    if (!pick) return null;
    left.set(`${pick.id}|${slot}`, remaining(left, pick, slot) - 1);
    return pick.id;
  };
  const pins = pinsByCase(ctx.scenario);
  const problems: string[] = [];
  const ordered = [...chosen].sort(
    (a, b) => Number(pins.has(b.caseId)) - Number(pins.has(a.caseId)) || cmp(a.caseId, b.caseId),
  );
  const transport = assignTransport(ctx, ordered, pins, left, problems);
  const intakes: PlannedIntake[] = [];
  const departures: PlannedDeparture[] = [];
  for (const o of ordered) {
    const pin = pins.get(o.caseId);
    if (o.intake) {
      const i = o.intake;
      const s = i.slot.index;
      const need = (what: string, id: string | null) =>
        id ?? (problems.push(`${o.caseId}: no ${what} left`), '');
      const facts = ctx.scenario.cases.find((c) => c.id === o.caseId)!;
      const coaId = facts.location.kind === 'coa' ? facts.location.coaLocationId : null;
      intakes.push({
        caseId: o.caseId,
        date: i.slot.date,
        part: i.slot.part,
        pickupRegionId: i.pickupRegionId,
        hearingRegionId: i.hearingRegionId,
        centreId: i.centreId,
        wing: o.wing,
        policeTeamId: need('police team', take('police', i.pickupRegionId, s, pin?.intake?.policeTeamId)),
        lawyerId: need('lawyer', take('lawyer', i.hearingRegionId, s, pin?.intake?.lawyerId)),
        interpreterId: i.interpreterPlace
          ? need('interpreter', take('interpreter', i.interpreterPlace, s, pin?.intake?.interpreterId))
          : null,
        coaStaffId: coaId ? need('COA staff', take('coa', coaId, s, pin?.intake?.coaStaffId)) : null,
        dtvOfficerId: need('DT&V officer', take('dtv', i.pickupRegionId, s, pin?.intake?.dtvOfficerId)),
        transportId: transport.get(`${o.caseId}|intake`) ?? '',
      });
    }
    departures.push({
      caseId: o.caseId,
      flightId: o.flight.flight.id,
      escorts: o.escorts,
      transportId: transport.get(`${o.caseId}|run`) ?? '',
    });
  }
  return { intakes, departures, problems };
}

function assignTransport(
  ctx: PlanningContext,
  ordered: readonly OptionDetail[],
  pins: ReturnType<typeof pinsByCase>,
  left: Map<string, number>,
  problems: string[],
): Map<string, string> {
  const demands: Demand[] = [];
  for (const o of ordered) {
    const need = ctx.scenario.cases.find((c) => c.id === o.caseId)?.persons.length ?? 1;
    if (o.intake)
      demands.push({
        caseId: o.caseId,
        kind: 'intake',
        region: o.intake.pickupRegionId,
        slot: o.intake.slot.index,
        need,
      });
    demands.push({ caseId: o.caseId, kind: 'run', region: o.centreRegionId, slot: o.runSlot.index, need });
  }
  const fixed = (d: Demand) => {
    const pin = pins.get(d.caseId);
    return d.kind === 'intake' ? pin?.intake?.transportId : pin?.departure?.transportId;
  };
  demands.sort(
    (a, b) => Number(!!fixed(b)) - Number(!!fixed(a)) || b.need - a.need || cmp(a.caseId, b.caseId),
  );
  const result = new Map<string, string>();
  for (const d of demands) {
    const entries = ctx.pools.entries(poolKey('transport', d.region), d.slot);
    const wanted = fixed(d);
    const fits = entries
      .filter((e) => (wanted ? e.id === wanted : e.seats >= d.need && remaining(left, e, d.slot) > 0))
      .sort((a, b) => a.seats - b.seats || cmp(a.id, b.id));
    const pick = fits[0];
    if (!pick) {
      problems.push(`${d.caseId}: no DV&O vehicle for the ${d.kind === 'run' ? 'airport run' : 'intake'}`);
      continue;
    }
    left.set(`${pick.id}|${d.slot}`, remaining(left, pick, d.slot) - 1);
    result.set(`${d.caseId}|${d.kind}`, pick.id);
  }
  return result;
}

function remaining(left: Map<string, number>, e: PoolEntry, slot: number): number {
  return left.get(`${e.id}|${slot}`) ?? e.capacity;
}

function pinsByCase(scenario: Scenario) {
  const pins = new Map<string, { intake?: PlannedIntake; departure?: PlannedDeparture }>();
  for (const intake of scenario.pinned.intakes)
    pins.set(intake.caseId, { ...pins.get(intake.caseId), intake });
  for (const departure of scenario.pinned.departures)
    pins.set(departure.caseId, { ...pins.get(departure.caseId), departure });
  return pins;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
