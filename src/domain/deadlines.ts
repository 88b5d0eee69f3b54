// The deadline engine (domain.md §4–§6, docs/planning-rules.md rules 11, 17, 18): transfer deadlines,
// detention limits, court notification and the earliest lawful departure. Every number comes from the
// rule set; every result names the rules relied on and whether all of them are verified.
import {
  addDays,
  addEuMonths,
  addHours,
  addWorkingDays,
  dateOf,
  earlierDate,
  laterDate,
  localToDateTime,
  nextWorkingDay,
  startOfDay,
} from './calendar.ts';
import type { Case, DetentionGround, Person, Regime, TransferClaim } from './case.ts';
import type { IsoDate, LocalDateTime } from './primitives.ts';
import type { RuleSet } from './rules.ts';

export type Deadline = {
  /** Null when the deadline does not apply (e.g. no transfer deadline for a national return). */
  readonly date: IsoDate | null;
  readonly ruleIds: string[];
  /** False when any rule relied on is unverified (domain.md [U]). */
  readonly verified: boolean;
  readonly explanation: string;
};

export type EarliestDeparture = {
  readonly at: LocalDateTime;
  readonly ruleIds: string[];
  readonly verified: boolean;
  readonly explanation: string;
};

export type CaseDeadlines = {
  readonly transfer: Deadline;
  /** The detention start used: `detention.startedOn`, or `now`'s date for a case not detained. */
  readonly detentionStart: IsoDate;
  readonly detained: boolean;
  readonly detentionLimit: Deadline;
  readonly courtNotification: Deadline;
  readonly earliestDeparture: EarliestDeparture;
  /** The earliest of the transfer deadline and the detention limit. */
  readonly mustHappenBy: Deadline;
};

const REGIME_NAME = { 'dublin-iii': 'Dublin III', ammr: 'AMMR' } as const;
const RULE_PREFIX = { 'dublin-iii': 'dublin3', ammr: 'ammr' } as const;

/** Builds a result, marking it unverified (and saying so) when any rule relied on is unverified. */
function result(date: IsoDate | null, ruleIds: string[], rules: RuleSet, explanation: string): Deadline {
  const ids = [...new Set(ruleIds)];
  const unverified = ids.filter((id) => !rules.isVerified(id));
  const note = unverified.length
    ? ` Relies on unverified rule(s) ${unverified.join(', ')} (conservative value; confirm before relying on it).`
    : '';
  return { date, ruleIds: ids, verified: unverified.length === 0, explanation: explanation + note };
}

/** The transfer clock runs from the later of acceptance and the end of suspensive effect (art. 29(1)). */
function transferBasis(claim: TransferClaim): { date: IsoDate; what: string } {
  const ended = claim.suspensiveEffectEndedOn;
  if (ended !== undefined && ended > claim.acceptedOn) {
    return { date: ended, what: 'the end of suspensive effect of the appeal' };
  }
  return { date: claim.acceptedOn, what: `the ${claim.acceptance} acceptance` };
}

/**
 * The last day a Dublin III / AMMR transfer may take place (Dublin III art. 29, AMMR art. 46,
 * Reg. 2024/1359 art. 12). Null for a national return. An extension counts only when the responsible
 * state was informed on or before the unextended deadline; the longest valid one applies and never
 * shortens the deadline. No shift to a next working day: the EU period includes weekends and holidays,
 * and not shifting is the conservative reading.
 */
export function transferDeadline(c: Case, rules: RuleSet): Deadline {
  const claim = c.transferClaim;
  if (c.regime === 'national' || !claim) {
    return result(null, [], rules, 'A national return has no transfer deadline.');
  }
  const prefix = RULE_PREFIX[c.regime];
  const basis = transferBasis(claim);
  const crisis = c.regime === 'ammr' && claim.crisisDeclared;
  const baseId = crisis ? 'ammr.crisis.transfer-deadline' : `${prefix}.transfer-deadline`;
  const months = rules.number(baseId);
  const unextended = addEuMonths(basis.date, months);
  const lines = [
    `${REGIME_NAME[c.regime]}${crisis ? ' in a declared crisis' : ''}: ${months} months from ${basis.date} ` +
      `(${basis.what}) end on ${unextended}, counted the EU way (the day of the event not counted; ` +
      `weekends and holidays included).`,
  ];
  if (c.regime === 'dublin-iii' && claim.crisisDeclared) {
    lines.push('The declared crisis is ignored: Reg. 2024/1359 art. 12 applies to AMMR transfers only.');
  }
  let best = { date: unextended, ruleIds: [baseId] };
  for (const ext of claim.extensions) {
    const extId = `${prefix}.extension.${ext.kind}`;
    if (ext.notifiedOn > unextended) {
      lines.push(
        `The ${ext.kind} extension does not count: the responsible state was informed on ` +
          `${ext.notifiedOn}, after the deadline of ${unextended}.`,
      );
      continue;
    }
    const extMonths = rules.number(extId);
    const extended = addEuMonths(basis.date, extMonths);
    lines.push(
      `The ${ext.kind} extension (informed ${ext.notifiedOn}) allows ${extMonths} months: ${extended}.`,
    );
    if (extended > best.date) best = { date: extended, ruleIds: [baseId, extId] };
  }
  lines.push(`Transfer deadline ${best.date}; not moved to a next working day (conservative).`);
  return result(best.date, best.ruleIds, rules, lines.join(' '));
}

/** A detention limit that applies, with the rules behind it. */
type Limit = { date: IsoDate; ruleIds: string[]; why: string };

/** The detention ground: the existing detention's, else the regime's (planning-rules.md, derived facts). */
export function detentionGround(c: Case): DetentionGround {
  return c.detention?.ground ?? groundOfRegime(c.regime);
}

function groundOfRegime(regime: Regime): DetentionGround {
  return regime === 'national' ? 'return' : regime;
}

/**
 * A minor on `date`: the birthday of `person.majority-age` (18) is after `date`; a 29 February
 * birthday falls on 28 February in other years.
 */
export function isMinorOn(person: Person, date: IsoDate, rules: RuleSet): boolean {
  return addEuMonths(person.birthDate, rules.number('person.majority-age') * 12) > date;
}

/**
 * Return detention (Vw art. 59, Return Directive art. 15(5)-(6)): `detention.return.max-days` less the
 * days already spent in this return procedure, and never past `detention.return.absolute-max-days`
 * cumulative; never fewer than 0 days.
 */
function returnLimit(c: Case, start: IsoDate, rules: RuleSet): Limit {
  const prior = c.detention?.priorDays ?? 0;
  const max = rules.number('detention.return.max-days');
  const absolute = rules.number('detention.return.absolute-max-days');
  const days = Math.max(0, Math.min(max - prior, absolute - prior));
  return {
    date: addDays(start, days - 1),
    ruleIds: ['detention.return.max-days', 'detention.return.absolute-max-days'],
    why: `return detention ${max} days less ${prior} prior days (at most ${absolute} cumulative): ${days} days`,
  };
}

/**
 * Transfer detention (Dublin III art. 28(3), Vw art. 59a; AMMR art. 45(3)): the transfer within
 * `detention.<regime>.max-weeks` of the later of acceptance and the end of suspensive effect — or,
 * when detention starts after that, of the detention start (CJEU C-60/16 Khir Amayry, 13 Sept 2017:
 * the six weeks run from the detention start where detention begins after acceptance).
 */
function transferDetentionLimit(
  c: Case,
  ground: 'dublin-iii' | 'ammr',
  start: IsoDate,
  rules: RuleSet,
): Limit {
  const id = ground === 'dublin-iii' ? 'detention.dublin3.max-weeks' : 'detention.ammr.max-weeks';
  const weeks = rules.number(id);
  const claimBasis = c.transferClaim ? transferBasis(c.transferClaim) : undefined;
  const basis =
    claimBasis && claimBasis.date >= start
      ? claimBasis
      : { date: start, what: 'the detention start, after acceptance' };
  return {
    date: addDays(basis.date, weeks * 7),
    ruleIds: [id],
    why: `${REGIME_NAME[ground]} transfer detention: ${weeks} weeks from ${basis.date} (${basis.what})`,
  };
}

/** Families (more than one person, or a minor on the start date) and unaccompanied minors (Vw art. 59/59a). */
function vulnerableLimit(c: Case, start: IsoDate, rules: RuleSet): Limit | undefined {
  if (c.vulnerabilities.unaccompaniedMinor) {
    const days = rules.number('detention.unaccompanied-minor.max-days');
    return {
      date: addDays(start, days - 1),
      ruleIds: ['detention.unaccompanied-minor.max-days'],
      why: `unaccompanied minor: ${days} days`,
    };
  }
  if (c.persons.length > 1 || c.persons.some((p) => isMinorOn(p, start, rules))) {
    const days = rules.number('detention.family.max-days');
    return {
      date: addDays(start, days - 1),
      ruleIds: ['detention.family.max-days'],
      why: `family: ${days} days`,
    };
  }
  return undefined;
}

/**
 * The last lawful day in detention (docs/planning-rules.md rule 11): the earliest of the limit of the
 * ground and, for a family or an unaccompanied minor, the 14-day limit. Day counting for limits in
 * days (return 180/540, family and unaccompanied minor 14): the day of the intake is day 1, so the
 * last lawful day is start + N − 1 and the person is detained on at most N calendar days — the
 * stricter of the two readings, chosen because this limit protects liberty. Limits in weeks
 * (Dublin III, AMMR) run from an event, the day of the event not counted (Reg. 1182/71 art. 3):
 * start + 7·weeks.
 * The result is never before the start: a limit already passed gives the start day itself.
 */
export function detentionLimit(c: Case, detentionStart: IsoDate, rules: RuleSet): Deadline {
  const ground = detentionGround(c);
  const limits = [
    ground === 'return'
      ? returnLimit(c, detentionStart, rules)
      : transferDetentionLimit(c, ground, detentionStart, rules),
  ];
  const vulnerable = vulnerableLimit(c, detentionStart, rules);
  if (vulnerable) limits.push(vulnerable);
  const earliest = limits.map((l) => l.date).reduce(earlierDate);
  const date = laterDate(earliest, detentionStart);
  const clamped =
    date !== earliest ? ` That limit (${earliest}) lies before the start: no detention beyond it.` : '';
  const parts = limits.map((l) => `${l.why} → ${l.date}`).join('; ');
  const inDays = ground === 'return' || vulnerable !== undefined;
  const counting = inDays ? ' (a limit of N days counts the start as day 1)' : '';
  return result(
    date,
    limits.flatMap((l) => l.ruleIds),
    rules,
    `Detention from ${detentionStart} on ground "${ground}": last lawful day ${date}, the earliest of ${parts}` +
      `${counting}.${clamped}`,
  );
}

/** The court must be notified by the 28th day after the detention decision, moved to a working day (Vw art. 94). */
export function courtNotificationDate(detentionStart: IsoDate, rules: RuleSet): Deadline {
  const days = rules.number('detention.court-notification-days');
  const raw = addDays(detentionStart, days);
  const date = nextWorkingDay(raw);
  const moved =
    date !== raw ? `, a weekend day or public holiday, moved to the next working day ${date}` : '';
  return result(
    date,
    ['detention.court-notification-days', 'calendar.next-working-day'],
    rules,
    `Court notification by day ${days} after the detention decision of ${detentionStart}: ${raw}${moved}.`,
  );
}

/**
 * The earliest lawful take-off (planning-rules.md rule 17, domain.md §5): the airline has
 * `notice.airline.min-hours` from `now`; the person `notice.person.min-hours` from the later of `now` and
 * `noticeFrom` (when they are told); a Dublin / AMMR receiving state `notice.receiving-state.working-days`
 * Dutch working days after `now`'s date (from the start of that day). Hours are real hours.
 */
export function earliestDeparture(
  args: { now: LocalDateTime; noticeFrom?: LocalDateTime; regime: Regime },
  rules: RuleSet,
): EarliestDeparture {
  const { now, regime } = args;
  const told = args.noticeFrom !== undefined ? latest([now, args.noticeFrom]) : now;
  const airlineH = rules.number('notice.airline.min-hours');
  const personH = rules.number('notice.person.min-hours');
  const candidates: { at: LocalDateTime; id: string; why: string }[] = [
    {
      at: addHours(now, airlineH),
      id: 'notice.airline.min-hours',
      why: `airline ${airlineH} h after ${now}`,
    },
    {
      at: addHours(told, personH),
      id: 'notice.person.min-hours',
      why: `person told ${personH} h ahead from ${told}`,
    },
  ];
  if (regime !== 'national') {
    const days = rules.number('notice.receiving-state.working-days');
    const day = addWorkingDays(dateOf(now), days);
    candidates.push({
      at: startOfDay(day),
      id: 'notice.receiving-state.working-days',
      why: `receiving state told ${days} working days ahead: from ${day}`,
    });
  }
  const at = latest(candidates.map((c) => c.at));
  const d = result(
    dateOf(at),
    candidates.map((c) => c.id),
    rules,
    `Earliest take-off ${at}: the latest of ${candidates.map((c) => `${c.why} → ${c.at}`).join('; ')}.`,
  );
  return { at, ruleIds: d.ruleIds, verified: d.verified, explanation: d.explanation };
}

/** The latest of local Amsterdam date-times, compared as instants (safe across DST changes). */
function latest(times: LocalDateTime[]): LocalDateTime {
  return times.reduce((a, b) => (localToDateTime(b).toMillis() > localToDateTime(a).toMillis() ? b : a));
}

/** The earlier of two deadlines; a null date does not limit. Ties keep the rules of both. */
function earlierDeadline(a: Deadline, b: Deadline, rules: RuleSet): Deadline {
  if (a.date === null || b.date === null) {
    const only = a.date === null ? b : a;
    return { ...only, explanation: `Must happen by ${only.date}: ${only.explanation}` };
  }
  const date = earlierDate(a.date, b.date);
  const ids = [...(a.date === date ? a.ruleIds : []), ...(b.date === date ? b.ruleIds : [])];
  return result(
    date,
    ids,
    rules,
    `Must happen by ${date}: the earlier of the transfer deadline (${a.date}) and the detention limit (${b.date}).`,
  );
}

/**
 * All deadlines of a case at `now`: the detention limit and court notification from its detention
 * start, or as if detained on `now`'s date when not detained yet.
 */
export function caseDeadlines(c: Case, now: LocalDateTime, rules: RuleSet): CaseDeadlines {
  const detained = c.detention !== undefined;
  const detentionStart = c.detention?.startedOn ?? dateOf(now);
  const transfer = transferDeadline(c, rules);
  const limit = detentionLimit(c, detentionStart, rules);
  const asIf = detained ? '' : `Not detained: as if detained on ${detentionStart}. `;
  const detentionLimitResult = { ...limit, explanation: asIf + limit.explanation };
  return {
    transfer,
    detentionStart,
    detained,
    detentionLimit: detentionLimitResult,
    courtNotification: courtNotificationDate(detentionStart, rules),
    earliestDeparture: earliestDeparture({ now, regime: c.regime }, rules),
    mustHappenBy: earlierDeadline(transfer, detentionLimitResult, rules),
  };
}
