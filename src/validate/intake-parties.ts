// Rule 7 of docs/planning-rules.md [intake.parties]: everyone at the intake, in the right region,
// each covering the slot (domain.md §3: no intake without lawyer and, where needed, interpreter).
import type { Case, PlannedIntake, TimeWindow } from '../domain/index.ts';
import { party, resolvedIntakes } from './context.ts';
import type { PartyKind } from './context.ts';
import { hearingRegionOf, pickupRegionOf } from './derive.ts';
import { covers, slotTimes } from './time.ts';
import type { SlotTimes } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

type Problems = string[];

/** Rule 7 [intake.parties]: police, DT&V officer, transport, lawyer, COA staff and interpreter. */
export function intakeParties(ctx: CheckContext): Violation[] {
  return resolvedIntakes(ctx).flatMap(({ intake, kase }) => {
    const slot = slotTimes(ctx.rules, intake);
    const problems: Problems = [];
    const pickup = pickupRegionOf(kase, ctx.index);
    const hearing = hearingRegionOf(kase, intake.centreId, ctx.index);
    regional(ctx, 'police', intake.policeTeamId, pickup, slot, problems);
    regional(ctx, 'dtvOfficers', intake.dtvOfficerId, pickup, slot, problems);
    regional(ctx, 'transport', intake.transportId, pickup, slot, problems);
    regional(ctx, 'lawyers', intake.lawyerId, hearing, slot, problems);
    transportSeats(ctx, intake, kase, problems);
    coaStaff(ctx, intake, kase, slot, problems);
    interpreter(ctx, intake, kase, hearing, slot, problems);
    return problems.map((message) =>
      violation('intake.parties', kase.id, `intake ${intake.date} ${intake.part}: ${message}`, {
        date: intake.date,
        part: intake.part,
      }),
    );
  });
}

function regional(
  ctx: CheckContext,
  kind: Exclude<PartyKind, 'coaStaff' | 'interpreters'>,
  id: string,
  region: string | null,
  slot: SlotTimes,
  problems: Problems,
): void {
  const entry = party(ctx.scenario, kind, id);
  if (!entry) return; // an unknown id is reported by plan.references
  if (region !== null && entry.policeRegionId !== region) {
    problems.push(`${kind} ${id} serves region ${entry.policeRegionId}, the intake needs region ${region}`);
  }
  uncovered(kind, id, entry.window, slot, problems);
}

function uncovered(kind: string, id: string, window: TimeWindow, slot: SlotTimes, problems: Problems): void {
  if (!covers(window, slot)) {
    problems.push(`${kind} ${id} available ${window.from}…${window.to}, slot ${slot.start}…${slot.end}`);
  }
}

function transportSeats(ctx: CheckContext, intake: PlannedIntake, kase: Case, problems: Problems): void {
  const entry = party(ctx.scenario, 'transport', intake.transportId);
  if (entry && entry.seats < kase.persons.length) {
    problems.push(`transport ${entry.id}: ${kase.persons.length} persons, ${entry.seats} seats`);
  }
}

/** COA staff of the case's own COA location when picked up there, and none otherwise. */
function coaStaff(
  ctx: CheckContext,
  intake: PlannedIntake,
  kase: Case,
  slot: SlotTimes,
  problems: Problems,
): void {
  const loc = kase.location;
  if (loc.kind !== 'coa') {
    if (intake.coaStaffId !== null)
      problems.push(`COA staff ${intake.coaStaffId} set, pick-up is not at a COA location`);
    return;
  }
  if (intake.coaStaffId === null) {
    problems.push(`no COA staff for the pick-up at COA location ${loc.coaLocationId}`);
    return;
  }
  const entry = party(ctx.scenario, 'coaStaff', intake.coaStaffId);
  if (!entry) return;
  if (entry.coaLocationId !== loc.coaLocationId) {
    problems.push(`COA staff ${entry.id} works at ${entry.coaLocationId}, pick-up at ${loc.coaLocationId}`);
  }
  uncovered('COA staff', entry.id, entry.window, slot, problems);
}

/** An interpreter exactly when needed: a language of the principal, on site in the hearing region or remote if allowed. */
function interpreter(
  ctx: CheckContext,
  intake: PlannedIntake,
  kase: Case,
  hearing: string | null,
  slot: SlotTimes,
  problems: Problems,
): void {
  const needed = kase.interpretation.needed;
  if (!needed) {
    if (intake.interpreterId !== null) problems.push(`interpreter ${intake.interpreterId} set, none needed`);
    return;
  }
  if (intake.interpreterId === null) {
    problems.push('no interpreter, one is needed');
    return;
  }
  const entry = party(ctx.scenario, 'interpreters', intake.interpreterId);
  if (!entry) return;
  const languages = kase.persons[0]?.languages ?? [];
  if (!languages.includes(entry.language)) {
    problems.push(`interpreter ${entry.id} speaks ${entry.language}, the principal ${languages.join('/')}`);
  }
  if (entry.mode === 'remote' && !kase.interpretation.remoteAllowed) {
    problems.push(`interpreter ${entry.id} is remote, remote interpretation is not allowed for this case`);
  }
  if (entry.mode === 'on-site' && hearing !== null && entry.policeRegionId !== hearing) {
    problems.push(
      `interpreter ${entry.id} on site in region ${entry.policeRegionId ?? '?'}, hearing in ${hearing}`,
    );
  }
  uncovered('interpreter', entry.id, entry.window, slot, problems);
}
