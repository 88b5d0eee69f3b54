// Departure notice and transfer deadlines, rules 17 and 18 of docs/planning-rules.md (domain.md §5, §6).
import { DateTime } from 'luxon';
import { addWorkingDays } from '../domain/calendar.ts';
import { transferDeadline } from '../domain/deadlines.ts';
import { resolvedDepartures } from './context.ts';
import { isTransfer } from './derive.ts';
import { hours } from './rule-values.ts';
import { amsterdam, departureDate, show, slotTimes, takeOff } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

/**
 * Rule 17 [notice.person.min-hours, notice.airline.min-hours, notice.receiving-state.working-days]:
 * the person is told at the intake at the latest, so notice runs from the later of now and the slot start.
 */
export function noticePeriods(ctx: CheckContext): Violation[] {
  const now = amsterdam(ctx.scenario.now);
  const personHours = hours(ctx.rules, 'notice.person.min-hours');
  const airlineHours = hours(ctx.rules, 'notice.airline.min-hours');
  return resolvedDepartures(ctx).flatMap(({ kase, flight }) => {
    const departs = takeOff(flight, ctx.index);
    const intake = ctx.index.intakeOf.get(kase.id);
    const slotStart = intake ? amsterdam(slotTimes(ctx.rules, intake).start) : now;
    const toldAt = DateTime.max(now, slotStart);
    const found: Violation[] = [];
    const short = (ruleId: string, from: DateTime, min: number, who: string) => {
      const got = departs.diff(from, 'hours').hours;
      if (got >= min) return;
      const gap = got < 0 ? `${round(-got)} h before` : `${round(got)} h after`;
      const message = `flight ${flight.id} departs ${show(departs)}, ${gap} ${who} is told (${show(from)}), at least ${min} h after`;
      found.push(
        violation(ruleId, kase.id, message, { flightId: flight.id, hours: round(got), minHours: min }),
      );
    };
    short('notice.person.min-hours', toldAt, personHours, 'the person');
    short('notice.airline.min-hours', now, airlineHours, 'the airline');
    found.push(...receivingStateNotice(ctx, kase.id, isTransfer(kase), departureDate(flight, ctx.index)));
    return found;
  });
}

function receivingStateNotice(
  ctx: CheckContext,
  caseId: string,
  transfer: boolean,
  date: string,
): Violation[] {
  if (!transfer) return [];
  const days = ctx.rules.number('notice.receiving-state.working-days');
  const today = ctx.scenario.now.slice(0, 10);
  const earliest = addWorkingDays(today, days);
  if (date >= earliest) return [];
  const message = `transfer on ${date}: the receiving state needs ${days} working days' notice from ${today}, so ${earliest} at the earliest`;
  return [
    violation('notice.receiving-state.working-days', caseId, message, {
      departureDate: date,
      earliest,
      workingDays: days,
    }),
  ];
}

/** Rule 18 [dublin3.transfer-deadline / ammr.transfer-deadline]: a transfer leaves by its deadline. */
export function transferDeadlines(ctx: CheckContext): Violation[] {
  return resolvedDepartures(ctx).flatMap(({ kase, flight }) => {
    if (!isTransfer(kase)) return [];
    const ruleId = kase.regime === 'ammr' ? 'ammr.transfer-deadline' : 'dublin3.transfer-deadline';
    const date = departureDate(flight, ctx.index);
    const deadline = transferDeadline(kase, ctx.rules);
    if (deadline.date !== null && date <= deadline.date) return [];
    // No deadline from the engine means none could be established: fail closed.
    const message =
      deadline.date === null
        ? `transfer on ${date}: no transfer deadline could be established (${deadline.explanation})`
        : `transfer on ${date}, after the transfer deadline ${deadline.date} (${deadline.explanation})`;
    return [
      violation(ruleId, kase.id, message, {
        departureDate: date,
        deadline: deadline.date ?? 'none',
        verified: deadline.verified,
      }),
    ];
  });
}

function round(h: number): number {
  return Math.round(h * 10) / 10;
}
