// Hard constraints of a departure on one flight: window, notice, deadlines, document, transit and
// escorts (docs/planning-rules.md 3, 11, 15–20). Each is one named function citing its rule id.
import type { Case, IsoDate } from '../../domain/index.ts';
import type { RuleSet } from '../../domain/rules.ts';
import { addDays, addWorkingDays } from '../../domain/calendar.ts';
import { detentionLimit, transferDeadline } from '../../domain/deadlines.ts';
import { adultsOn, type CaseFacts } from '../case-facts.ts';
import type { FlightInfo, PlanningContext } from '../context.ts';
import type { Blocker } from './types.ts';

export function inPlanningWindow(
  ctx: PlanningContext,
  _c: Case,
  _facts: CaseFacts,
  f: FlightInfo,
): Blocker[] {
  const { start, end } = ctx.scenario.window;
  if (f.date >= start && f.date <= end) return [];
  return [{ ruleId: 'plan.window', message: `flight ${f.flight.id} is outside the planning window` }];
}

/** The airline's 24 hours from now; for a detained person also the 36 hours' notice from now. */
export function noticeFromNow(ctx: PlanningContext, c: Case, _facts: CaseFacts, f: FlightInfo): Blocker[] {
  const b: Blocker[] = [];
  const hours = (id: string) => ctx.nowMs + ctx.rules.number(id) * ctx.hourMs;
  if (f.departureMs < hours('notice.airline.min-hours'))
    b.push({ ruleId: 'notice.airline.min-hours', message: 'too soon for the airline' });
  if (c.detention && f.departureMs < hours('notice.person.min-hours'))
    b.push({ ruleId: 'notice.person.min-hours', message: 'too soon to tell the person' });
  return b;
}

export function receivingStateNotice(
  ctx: PlanningContext,
  c: Case,
  _facts: CaseFacts,
  f: FlightInfo,
): Blocker[] {
  if (c.regime === 'national') return [];
  const earliest = addWorkingDays(ctx.nowDate, ctx.rules.number('notice.receiving-state.working-days'));
  if (f.date >= earliest) return [];
  return [
    {
      ruleId: 'notice.receiving-state.working-days',
      message: `receiving state needs notice until ${earliest}`,
    },
  ];
}

export function beforeTransferDeadline(
  ctx: PlanningContext,
  c: Case,
  _facts: CaseFacts,
  f: FlightInfo,
): Blocker[] {
  if (c.regime === 'national') return [];
  const deadline = transferDeadlineOf(c, ctx.rules);
  if (deadline === null || f.date <= deadline) return [];
  const ruleId = c.regime === 'ammr' ? 'ammr.transfer-deadline' : 'dublin3.transfer-deadline';
  return [{ ruleId, message: `transfer deadline ${deadline} passed` }];
}

/** Valid on the day of departure and on arrival (a long flight lands the next day). */
export function validTravelDocument(
  _ctx: PlanningContext,
  c: Case,
  _facts: CaseFacts,
  f: FlightInfo,
): Blocker[] {
  const arrival = f.flight.arrival.slice(0, 10);
  const first = documentBlockers(c, f.date);
  return first.length > 0 ? first : documentBlockers(c, arrival > f.date ? arrival : f.date);
}

export function lawfulTransit(ctx: PlanningContext, _c: Case, _facts: CaseFacts, f: FlightInfo): Blocker[] {
  const b: Blocker[] = [];
  const max = ctx.rules.number('transit.max-hours') * 60;
  for (const t of f.flight.transits) {
    const minutes = (Date.parse(`${t.departure}:00Z`) - Date.parse(`${t.arrival}:00Z`)) / 60_000;
    if (minutes > max)
      b.push({ ruleId: 'transit.max-hours', message: `transit at ${t.airport} lasts ${minutes / 60} h` });
  }
  const ahead = addDays(ctx.nowDate, ctx.rules.number('transit.request.min-days'));
  if (f.flight.transits.length > 0 && f.date < ahead)
    b.push({ ruleId: 'transit.request.min-days', message: `transit must be requested by ${ahead}` });
  return b;
}

export function enoughEscorts(ctx: PlanningContext, c: Case, _facts: CaseFacts, f: FlightInfo): Blocker[] {
  const needed = escortsNeeded(c, f);
  if (needed === 0) return [];
  const adults = adultsOn(c, f.date, ctx.rules.number('person.majority-age'));
  const minimum = ctx.rules.number('escort.min-per-person') * Math.max(1, adults);
  if (needed >= minimum) return [];
  return [
    { ruleId: 'escort.min-per-person', message: `${needed} escorts planned, at least ${minimum} required` },
  ];
}

/** A case detained already departs within its detention limit. */
export function withinDetentionLimit(
  ctx: PlanningContext,
  c: Case,
  _facts: CaseFacts,
  f: FlightInfo,
): Blocker[] {
  if (!c.detention) return [];
  const limit = detentionLimit(c, c.detention.startedOn, ctx.rules).date;
  if (limit === null || f.date <= limit) return [];
  return [{ ruleId: 'detention.limit', message: `detention limit ${limit}` }];
}

/** KMar escorts the case takes on this flight (0 for DEPU, or a charter with its own escorts). */
export function escortsNeeded(c: Case, f: FlightInfo): number {
  if (c.escort.kind === 'none') return 0;
  if (f.flight.kind === 'charter' && f.flight.escortsIncluded) return 0;
  return c.escort.escorts;
}

function documentBlockers(c: Case, date: IsoDate): Blocker[] {
  const d = c.travelDocument;
  const expected =
    d.laissezPasserRequest?.state === 'requested' ? d.laissezPasserRequest.expectedOn : undefined;
  if (d.kind === 'none')
    return [
      {
        ruleId: 'travel-document.valid',
        message: 'no travel document',
        ...(expected ? { greenOn: expected } : {}),
      },
    ];
  if (d.validFrom && d.validFrom > date)
    return [
      {
        ruleId: 'travel-document.valid',
        message: `document valid from ${d.validFrom}`,
        greenOn: d.validFrom,
      },
    ];
  if (d.validUntil && d.validUntil < date)
    return [{ ruleId: 'travel-document.valid', message: `document expired ${d.validUntil}` }];
  return [];
}

const deadlineMemo = new WeakMap<RuleSet, WeakMap<Case, IsoDate | null>>();

/** The transfer deadline of a case, computed once per rule set and case. */
function transferDeadlineOf(c: Case, rules: RuleSet): IsoDate | null {
  let byCase = deadlineMemo.get(rules);
  if (!byCase) deadlineMemo.set(rules, (byCase = new WeakMap()));
  if (!byCase.has(c)) byCase.set(c, transferDeadline(c, rules).date);
  return byCase.get(c) ?? null;
}
