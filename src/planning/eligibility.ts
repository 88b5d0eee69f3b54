// Whether a case may depart at all, and on a given flight: the case-level and flight-level hard
// rules of docs/planning-rules.md (12–20), each blocker named by its rule id.
import type { Case, IsoDate } from '../domain/index.ts';
import type { RuleSet } from '../domain/rules.ts';
import { addWorkingDays, addDays } from '../domain/calendar.ts';
import { detentionLimit, transferDeadline } from '../domain/deadlines.ts';
import type { CaseFacts } from './case-facts.ts';
import { adultsOn } from './case-facts.ts';
import type { FlightInfo, PlanningContext } from './context.ts';

export type Blocker = { readonly ruleId: string; readonly message: string; readonly greenOn?: IsoDate };

/** Rules that hold or fail for the case whatever the flight (removability, consent, availability). */
export function caseBlockers(ctx: PlanningContext, c: Case): Blocker[] {
  const blockers: Blocker[] = [];
  if (c.location.kind === 'unknown') {
    blockers.push({
      ruleId: 'removal.available',
      message: `whereabouts unknown (MOB) since ${c.location.since}`,
    });
  }
  for (const p of c.procedures) {
    if (p.status === 'pending' && p.suspensive) {
      blockers.push({
        ruleId: 'removal.suspensive-procedure',
        message: `${p.kind} lodged ${p.lodgedOn} is pending with suspensive effect`,
        ...(p.expectedDecisionOn ? { greenOn: p.expectedDecisionOn } : {}),
      });
    }
  }
  if (c.nonRefoulementBar)
    blockers.push({ ruleId: 'removal.non-refoulement', message: 'a non-refoulement bar applies' });
  if (c.regime === 'national' && !c.returnDecisionEnforceable) {
    blockers.push({
      ruleId: 'removal.enforceable-decision',
      message: 'the return decision is not enforceable',
    });
  }
  if (c.medical.fitToTravel !== 'fit') {
    blockers.push({
      ruleId: 'removal.medical-fitness',
      message: `fitness to travel is ${c.medical.fitToTravel}`,
    });
  }
  if (c.vulnerabilities.unaccompaniedMinor && !c.vulnerabilities.receptionConfirmed) {
    blockers.push({
      ruleId: 'removal.unaccompanied-minor-reception',
      message: 'unaccompanied minor: adequate reception in the destination is not confirmed',
    });
  }
  for (const r of ctx.requirementsOf.get(c.destinationCountry) ?? []) {
    const answer = c.consents.find((k) => k.requirementId === r.id)?.answer ?? 'unknown';
    if (r.requiresConsent && answer !== 'given') {
      blockers.push({
        ruleId: 'removal.entry-requirement-consent',
        message: `${r.country} requires "${r.description}"; consent ${answer === 'refused' ? 'refused' : 'not given'}`,
      });
    }
  }
  return blockers;
}

/** Rules that depend on the flight: window, notice, deadlines, document, transit, escorts. */
export function flightBlockers(ctx: PlanningContext, c: Case, facts: CaseFacts, f: FlightInfo): Blocker[] {
  const b: Blocker[] = [];
  const { rules, scenario } = ctx;
  if (f.date < scenario.window.start || f.date > scenario.window.end) {
    b.push({ ruleId: 'plan.window', message: `flight ${f.flight.id} is outside the planning window` });
  }
  const airline = ctx.nowMs + rules.number('notice.airline.min-hours') * ctx.hourMs;
  const person = ctx.nowMs + rules.number('notice.person.min-hours') * ctx.hourMs;
  if (f.departureMs < airline)
    b.push({ ruleId: 'notice.airline.min-hours', message: `too soon for the airline` });
  if (c.detention && f.departureMs < person)
    b.push({ ruleId: 'notice.person.min-hours', message: 'too soon to tell' });
  if (c.regime !== 'national') {
    const earliest = addWorkingDays(ctx.nowDate, rules.number('notice.receiving-state.working-days'));
    if (f.date < earliest) {
      b.push({
        ruleId: 'notice.receiving-state.working-days',
        message: `receiving state needs notice until ${earliest}`,
      });
    }
    const deadline = transferDeadlineOf(c, rules);
    if (deadline !== null && f.date > deadline) {
      b.push({ ruleId: deadlineRule(c), message: `transfer deadline ${deadline} passed` });
    }
  }
  // The document must hold on the day of departure and on arrival (a long flight lands the next day).
  const arrival = f.flight.arrival.slice(0, 10);
  b.push(...documentBlockers(c, arrival > f.date ? arrival : f.date), ...documentBlockers(c, f.date));
  b.push(...transitBlockers(ctx, f), ...escortBlockers(ctx, c, facts, f));
  if (c.detention) {
    const limit = detentionLimit(c, c.detention.startedOn, rules).date;
    if (limit !== null && f.date > limit)
      b.push({ ruleId: 'detention.limit', message: `detention limit ${limit}` });
  }
  return b;
}

/** KMar escorts the case takes on this flight (0 for DEPU, or a charter with its own escorts). */
export function escortsNeeded(c: Case, f: FlightInfo): number {
  if (c.escort.kind === 'none') return 0;
  if (f.flight.kind === 'charter' && f.flight.escortsIncluded) return 0;
  return c.escort.escorts;
}

function deadlineRule(c: Case): string {
  return c.regime === 'ammr' ? 'ammr.transfer-deadline' : 'dublin3.transfer-deadline';
}

function documentBlockers(c: Case, date: IsoDate): Blocker[] {
  const d = c.travelDocument;
  const expected =
    d.laissezPasserRequest?.state === 'requested' ? d.laissezPasserRequest.expectedOn : undefined;
  if (d.kind === 'none') {
    return [
      {
        ruleId: 'travel-document.valid',
        message: 'no travel document',
        ...(expected ? { greenOn: expected } : {}),
      },
    ];
  }
  if (d.validFrom && d.validFrom > date) {
    return [
      {
        ruleId: 'travel-document.valid',
        message: `document valid from ${d.validFrom}`,
        greenOn: d.validFrom,
      },
    ];
  }
  if (d.validUntil && d.validUntil < date) {
    return [{ ruleId: 'travel-document.valid', message: `document expired ${d.validUntil}` }];
  }
  return [];
}

function transitBlockers(ctx: PlanningContext, f: FlightInfo): Blocker[] {
  const b: Blocker[] = [];
  const max = ctx.rules.number('transit.max-hours') * 60;
  for (const t of f.flight.transits) {
    const minutes = (Date.parse(`${t.departure}:00Z`) - Date.parse(`${t.arrival}:00Z`)) / 60_000;
    if (minutes > max)
      b.push({ ruleId: 'transit.max-hours', message: `transit at ${t.airport} lasts ${minutes / 60} h` });
  }
  const ahead = addDays(ctx.nowDate, ctx.rules.number('transit.request.min-days'));
  if (f.flight.transits.length > 0 && f.date < ahead) {
    b.push({ ruleId: 'transit.request.min-days', message: `transit must be requested by ${ahead}` });
  }
  return b;
}

function escortBlockers(ctx: PlanningContext, c: Case, _facts: CaseFacts, f: FlightInfo): Blocker[] {
  const needed = escortsNeeded(c, f);
  if (needed === 0) return [];
  const minimum =
    ctx.rules.number('escort.min-per-person') *
    Math.max(1, adultsOn(c, f.date, ctx.rules.number('person.majority-age')));
  return needed < minimum
    ? [
        {
          ruleId: 'escort.min-per-person',
          message: `${needed} escorts planned, at least ${minimum} required`,
        },
      ]
    : [];
}

const deadlineMemo = new WeakMap<RuleSet, WeakMap<Case, IsoDate | null>>();

/** The transfer deadline of a case, computed once per rule set and case. */
function transferDeadlineOf(c: Case, rules: RuleSet): IsoDate | null {
  let byCase = deadlineMemo.get(rules);
  if (!byCase) deadlineMemo.set(rules, (byCase = new WeakMap()));
  if (!byCase.has(c)) byCase.set(c, transferDeadline(c, rules).date);
  return byCase.get(c) ?? null;
}
