// Detention, rules 10 and 11 of docs/planning-rules.md: places per wing and night, and time limits.
import type { Case, IsoDate, Wing } from '../domain/index.ts';
import { addDays } from '../domain/calendar.ts';
import { detentionLimit } from '../domain/deadlines.ts';
import { resolvedDepartures } from './context.ts';
import { detentionStartOf, groundOf, isFamily, isUnaccompaniedMinorOn, placementOf } from './derive.ts';
import { durationDays } from './rule-values.ts';
import { datesBetween, departureDate } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

type Occupancy = { centreId: string; wing: Wing; night: IsoDate; persons: number; caseIds: string[] };

/**
 * Rule 10 [detention.capacity]: for each centre, wing and night of the window, persons ≤ places.
 * A night belongs to the date it starts; a person occupies the nights from the detention start up to
 * the night before the departure date; without a departure, every night to the window's end.
 */
export function detentionCapacity(ctx: CheckContext): Violation[] {
  const occupancy = new Map<string, Occupancy>();
  for (const kase of ctx.scenario.cases) {
    const intake = ctx.index.intakeOf.get(kase.id);
    const placement = placementOf(kase, intake);
    const first = detentionStartOf(kase, intake);
    if (!placement || first === null) continue;
    for (const night of nightsOf(ctx, kase, first)) {
      const key = `${placement.centreId}|${placement.wing}|${night}`;
      const o = occupancy.get(key) ?? { ...placement, night, persons: 0, caseIds: [] };
      o.persons += kase.persons.length;
      o.caseIds.push(kase.id);
      occupancy.set(key, o);
    }
  }
  return [...occupancy.values()].flatMap((o) => overFull(ctx, o));
}

function nightsOf(ctx: CheckContext, kase: Case, first: IsoDate): IsoDate[] {
  const { window } = ctx.scenario;
  const departure = ctx.index.departureOf.get(kase.id);
  const flight = departure ? ctx.index.flights.get(departure.flightId) : undefined;
  const last = flight ? addDays(departureDate(flight, ctx.index), -1) : window.end;
  const from = first > window.start ? first : window.start;
  const to = last < window.end ? last : window.end;
  return datesBetween(from, to);
}

function overFull(ctx: CheckContext, o: Occupancy): Violation[] {
  const centre = ctx.index.centres.get(o.centreId);
  if (!centre) return []; // reported by plan.references
  const places = centre.wings.find((w) => w.wing === o.wing)?.places ?? 0;
  if (o.persons <= places) return [];
  const message = `${centre.name} ${o.wing} wing, night ${o.night}: ${o.persons} persons, ${places} places`;
  const details = {
    centreId: o.centreId,
    wing: o.wing,
    night: o.night,
    persons: o.persons,
    places,
    cases: o.caseIds.join(','),
  };
  return [violation('detention.capacity', undefined, message, details)];
}

type Limit = { date: IsoDate; basis: string };

/** Rule 11 [detention.limit]: the departure date is on or before the earliest detention limit that applies. */
export function detentionLimits(ctx: CheckContext): Violation[] {
  return resolvedDepartures(ctx).flatMap(({ kase, flight }) => {
    const start = detentionStartOf(kase, ctx.index.intakeOf.get(kase.id));
    if (start === null) return []; // no intake: reported by plan.intake-departure-pair
    const date = departureDate(flight, ctx.index);
    const limits = limitsOf(ctx, kase, start);
    const broken = limits.filter((l) => date > l.date);
    if (broken.length === 0) return [];
    const earliest = broken.reduce((a, b) => (b.date < a.date ? b : a));
    const message = `departure ${date} after the detention limit ${earliest.date} (${earliest.basis}; detained from ${start})`;
    return [
      violation('detention.limit', kase.id, message, {
        departureDate: date,
        limit: earliest.date,
        basis: broken.map((l) => l.basis).join('; '),
        detentionStart: start,
      }),
    ];
  });
}

/** Every limit that applies, recomputed here and cross-checked with the deadline engine (the earliest wins). */
function limitsOf(ctx: CheckContext, kase: Case, start: IsoDate): Limit[] {
  const { rules } = ctx;
  // A limit of n days counts the day of detention as day 1: the last lawful day is start + n − 1.
  const lastDay = (id: string, less = 0): Limit => ({
    date: addDays(start, durationDays(rules, id) - less - 1),
    basis: id,
  });
  const limits: Limit[] = [];
  const ground = groundOf(kase);
  if (ground === 'return') {
    const prior = kase.detention?.priorDays ?? 0;
    limits.push(
      lastDay('detention.return.max-days', prior),
      lastDay('detention.return.absolute-max-days', prior),
    );
  }
  const claim = kase.transferClaim;
  if (ground !== 'return' && claim) {
    // Dublin III art. 28(3) / AMMR art. 45(3): within the weeks after the latest of acceptance, the end
    // of suspensive effect and the detention start (CJEU C-60/16 Khir Amayry, docs/planning-rules.md rule 11).
    const from = [claim.acceptedOn, claim.suspensiveEffectEndedOn ?? claim.acceptedOn, start].sort().at(-1)!;
    const id = ground === 'dublin-iii' ? 'detention.dublin3.max-weeks' : 'detention.ammr.max-weeks';
    limits.push({ date: addDays(from, durationDays(rules, id)), basis: id });
  }
  if (isFamily(kase)) limits.push(lastDay('detention.family.max-days'));
  if (isUnaccompaniedMinorOn(kase, start, rules))
    limits.push(lastDay('detention.unaccompanied-minor.max-days'));
  const engine = detentionLimit(kase, start, rules);
  if (engine.date !== null)
    limits.push({ date: engine.date, basis: `deadline engine: ${engine.ruleIds.join(', ')}` });
  return limits;
}
