// Condition 3, in detention (planning-rules.md rule 11; Vw art. 59, 59a, 94; Dublin III art. 28(3);
// AMMR art. 45(3)): detained within the limit, or an intake needed; red once the transfer deadline or
// the detention limit has passed.
import { daysBetween } from './calendar.ts';
import { condition } from './condition-common.ts';
import type { Condition, Evidence, State } from './condition-common.ts';
import { detentionLimit } from './deadlines.ts';
import type { CaseDeadlines, Deadline } from './deadlines.ts';
import type { Case } from './case.ts';
import type { IsoDate } from './primitives.ts';
import type { RuleSet } from './rules.ts';

function unverifiedNote(limit: Deadline): string {
  return limit.verified ? '' : ` Unverified rule relied on: ${limit.ruleIds.join(', ')}.`;
}

/** Red once the transfer deadline has passed; otherwise by the detention now, or the intake needed. */
export function inDetention(c: Case, on: IsoDate, d: CaseDeadlines, rules: RuleSet): Condition {
  const transfer = d.transfer;
  if (transfer.date !== null && on > transfer.date && c.regime !== 'national') {
    // Dublin III art. 29(2), AMMR art. 46: responsibility passes; practical obstacles do not pause it.
    const missed = c.regime === 'ammr' ? 'ammr.deadline-missed' : 'dublin3.deadline-missed';
    const message = `The transfer deadline ${transfer.date} has passed: responsibility passed to the Netherlands; no transfer is possible.`;
    return condition('in-detention', { light: 'red', message }, transferEvidence(c), [
      ...transfer.ruleIds,
      missed,
    ]);
  }
  return c.detention ? detainedNow(c.detention, on, d) : notDetained(c, on, transfer, rules);
}

function detainedNow(det: NonNullable<Case['detention']>, on: IsoDate, d: CaseDeadlines): Condition {
  const limit = d.detentionLimit;
  const evidence = [
    { field: 'detention.startedOn', value: det.startedOn },
    { field: 'detention.ground', value: det.ground },
    { field: 'detention.priorDays', value: det.priorDays },
  ];
  const court = det.courtNotifiedOn
    ? `court notified ${det.courtNotifiedOn}`
    : `court to be notified by ${d.courtNotification.date}`;
  const state: State =
    on < det.startedOn
      ? { light: 'amber', message: `Detention starts on ${det.startedOn}.`, greenOn: det.startedOn }
      : limit.date !== null && on > limit.date
        ? {
            light: 'red',
            message: `The detention limit ${limit.date} has passed: release, or detain on a new lawful ground.`,
          }
        : {
            light: 'green',
            message: `Detained since ${det.startedOn} (${det.ground}); last lawful day ${limit.date}; ${court}.`,
          };
  return condition('in-detention', { ...state, message: state.message + unverifiedNote(limit) }, evidence, [
    ...limit.ruleIds,
  ]);
}

/**
 * Not detained: an intake is needed; red when a detention from `on` would have no lawful day left.
 * The last day given is the earlier of the detention limit and the transfer deadline, naming the one
 * that binds, so a case manager is not shown a detention day after the transfer has become impossible.
 */
function notDetained(c: Case, on: IsoDate, transfer: Deadline, rules: RuleSet): Condition {
  const limit = detentionLimit(c, on, rules);
  const evidence = [{ field: 'detention', value: null }, ...transferEvidence(c)];
  if (limit.date === null || daysBetween(on, limit.date) <= 0) {
    const message = `Not detained, and a detention from ${on} would have no lawful day left: ${limit.explanation}`;
    return condition('in-detention', { light: 'red', message }, evidence, [...limit.ruleIds]);
  }
  const { date, why, relied } = bindingDeadline(limit.date, limit, transfer);
  const unverified = relied.filter((r) => !r.verified).flatMap((r) => r.ruleIds);
  const note = unverified.length ? ` Unverified rule relied on: ${unverified.join(', ')}.` : '';
  const message =
    `Not detained: needs a detention intake. Detained on ${on}, the last lawful day would be ` +
    `${date}${why}.${note}`;
  return condition('in-detention', { light: 'amber', message }, evidence, [
    ...new Set(relied.flatMap((r) => r.ruleIds)),
  ]);
}

/**
 * The earlier of the detention limit (on `limitDate`) and the transfer deadline: its date, which one
 * binds, and the deadlines relied on — the transfer deadline first when it binds (or ties), then the
 * detention limit. Without a transfer deadline (a national return) the detention limit alone.
 */
function bindingDeadline(
  limitDate: IsoDate,
  limit: Deadline,
  transfer: Deadline,
): { date: IsoDate; why: string; relied: Deadline[] } {
  if (transfer.date === null) return { date: limitDate, why: '', relied: [limit] };
  if (transfer.date < limitDate) {
    return {
      date: transfer.date,
      why: `, the transfer deadline, which comes before the detention limit ${limitDate}`,
      relied: [transfer, limit],
    };
  }
  if (transfer.date === limitDate) {
    return {
      date: limitDate,
      why: ', both the detention limit and the transfer deadline',
      relied: [transfer, limit],
    };
  }
  return {
    date: limitDate,
    why: `, the detention limit, which comes before the transfer deadline ${transfer.date}`,
    relied: [limit],
  };
}

function transferEvidence(c: Case): Evidence[] {
  const claim = c.transferClaim;
  if (!claim) return [];
  return [
    { field: 'transferClaim.acceptedOn', value: claim.acceptedOn },
    ...(claim.suspensiveEffectEndedOn
      ? [{ field: 'transferClaim.suspensiveEffectEndedOn', value: claim.suspensiveEffectEndedOn }]
      : []),
    ...claim.extensions.map((e, i) => ({
      field: `transferClaim.extensions[${i}].notifiedOn`,
      value: e.notifiedOn,
    })),
  ];
}
