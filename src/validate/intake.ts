// Intake, rules 5, 6, 8 and 9 of docs/planning-rules.md (rule 7, the parties, in intake-parties.ts).
import type { DayPart, IsoDate } from '../domain/index.ts';
import { party, resolvedDepartures, resolvedIntakes } from './context.ts';
import type { PartyKind } from './context.ts';
import { hearingRegionOf, pickupRegionOf, wingOf } from './derive.ts';
import { slotTimes } from './time.ts';
import { airportRunSlot } from './transport.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

/** Rule 5 [removal.available]: whereabouts known (not MOB) and not detained already. */
export function intakeCaseAvailable(ctx: CheckContext): Violation[] {
  return resolvedIntakes(ctx).flatMap(({ kase }) => {
    const kind = kase.location.kind;
    if (kind === 'unknown') {
      const since = kase.location.since;
      return [
        violation(
          'removal.available',
          kase.id,
          `case ${kase.id} is MOB since ${since}: cannot be picked up`,
          { since },
        ),
      ];
    }
    if (kind === 'detention') {
      return [violation('removal.available', kase.id, `case ${kase.id} is detained already: no intake`)];
    }
    return [];
  });
}

/** Rule 6 [plan.window]: the intake slot starts after the scenario's `now`. */
export function intakeAfterNow(ctx: CheckContext): Violation[] {
  const now = ctx.scenario.now;
  return ctx.plan.intakes.flatMap((intake) => {
    const { start } = slotTimes(ctx.rules, intake);
    if (start > now) return [];
    return [
      violation('plan.window', intake.caseId, `intake slot starts ${start}, not after now (${now})`, {
        slotStart: start,
        now,
      }),
    ];
  });
}

/** Rule 8 [intake.parties]: the plan's pick-up and hearing regions are the derived ones. */
export function intakeRegions(ctx: CheckContext): Violation[] {
  return resolvedIntakes(ctx).flatMap(({ intake, kase }) => {
    const pickup = pickupRegionOf(kase, ctx.index);
    const hearing = hearingRegionOf(kase, intake.centreId, ctx.index);
    const found: Violation[] = [];
    if (pickup !== null && intake.pickupRegionId !== pickup) {
      found.push(
        violation('intake.parties', kase.id, `pick-up region ${intake.pickupRegionId}, derived ${pickup}`, {
          planned: intake.pickupRegionId,
          derived: pickup,
        }),
      );
    }
    if (hearing !== null && intake.hearingRegionId !== hearing) {
      found.push(
        violation('intake.parties', kase.id, `hearing region ${intake.hearingRegionId}, derived ${hearing}`, {
          planned: intake.hearingRegionId,
          derived: hearing,
        }),
      );
    }
    return found;
  });
}

/** Rule 8 [detention.capacity]: the derived wing, a centre that has it, and no intake stop that day. */
export function intakePlacement(ctx: CheckContext): Violation[] {
  return resolvedIntakes(ctx).flatMap(({ intake, kase }) => {
    const found: Violation[] = [];
    const report = (message: string) =>
      found.push(
        violation('detention.capacity', kase.id, message, {
          centreId: intake.centreId,
          wing: intake.wing,
          date: intake.date,
        }),
      );
    const wing = wingOf(kase, intake.date, ctx.rules);
    if (intake.wing !== wing) report(`wing ${intake.wing}, the case belongs in the ${wing} wing`);
    const centre = ctx.index.centres.get(intake.centreId);
    if (!centre) return found;
    if (!centre.wings.some((w) => w.wing === intake.wing))
      report(`${centre.name} has no ${intake.wing} wing`);
    for (const stop of centre.intakeStops) {
      if (stop.from <= intake.date && intake.date <= stop.to) {
        report(
          `${centre.name} takes no intakes ${stop.from}…${stop.to} (${stop.reason}), intake on ${intake.date}`,
        );
      }
    }
    return found;
  });
}

type Use = { kind: PartyKind; id: string; date: IsoDate; part: DayPart; caseIds: string[] };

/** Rule 9 [intake.capacity]: per availability entry and slot, its uses (transport: plus airport runs) ≤ capacity. */
export function intakeCapacity(ctx: CheckContext): Violation[] {
  const uses = new Map<string, Use>();
  const use = (kind: PartyKind, id: string | null, date: IsoDate, part: DayPart, caseId: string) => {
    if (id === null) return;
    const key = `${kind}|${id}|${date}|${part}`;
    const entry = uses.get(key) ?? { kind, id, date, part, caseIds: [] };
    entry.caseIds.push(caseId);
    uses.set(key, entry);
  };
  for (const i of ctx.plan.intakes) {
    use('police', i.policeTeamId, i.date, i.part, i.caseId);
    use('lawyers', i.lawyerId, i.date, i.part, i.caseId);
    use('interpreters', i.interpreterId, i.date, i.part, i.caseId);
    use('coaStaff', i.coaStaffId, i.date, i.part, i.caseId);
    use('dtvOfficers', i.dtvOfficerId, i.date, i.part, i.caseId);
    use('transport', i.transportId, i.date, i.part, i.caseId);
  }
  for (const { departure, flight } of resolvedDepartures(ctx)) {
    const run = airportRunSlot(ctx, flight);
    use('transport', departure.transportId, run.date, run.part, departure.caseId);
  }
  return [...uses.values()].flatMap((u) => overUsed(ctx, u));
}

function overUsed(ctx: CheckContext, u: Use): Violation[] {
  const entry = party(ctx.scenario, u.kind, u.id);
  if (!entry || u.caseIds.length <= entry.capacity) return [];
  const message = `${u.kind} ${u.id}, ${u.date} ${u.part}: ${u.caseIds.length} uses (${u.caseIds.join(', ')}), capacity ${entry.capacity}`;
  return [
    violation('intake.capacity', undefined, message, {
      kind: u.kind,
      id: u.id,
      date: u.date,
      part: u.part,
      uses: u.caseIds.length,
      capacity: entry.capacity,
    }),
  ];
}
