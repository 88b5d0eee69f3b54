// The events of one partner feed, from a scenario and its published plan (domain.md §3, §5). Each
// partner gets the time, the place and what it needs to do its part — never names, birth dates,
// nationalities, V-numbers or case ids: a case appears only by its reference (case-ref.ts).
import { z } from 'zod';
import type { Case, Flight, PlannedDeparture, PlannedIntake } from '../domain/index.ts';
import { Id } from '../domain/index.ts';
import { feedContext, localMoment, localRange, personsLine } from './feed-context.ts';
import type { FeedContext, FeedSource, Interval } from './feed-context.ts';

export type { FeedSource } from './feed-context.ts';

export const FeedKind = z.enum(['police', 'lawyers', 'interpreters', 'coa', 'dvo', 'kmar']);
export type FeedKind = z.infer<typeof FeedKind>;

/** A feed: a partner kind and its key — region id, language code, COA location id, or `national` (KMar). */
export const Feed = z
  .strictObject({ kind: FeedKind, key: Id })
  .refine((f) => (f.kind === 'kmar') === (f.key === 'national'), {
    message: 'the KMar feed is "national", and only the KMar feed is',
    path: ['key'],
  });
export type Feed = z.infer<typeof Feed>;

export type PartnerEvent = {
  /** `<feed>-<case ref>-<event kind>@rotonde`: stable across republications of the plan. */
  readonly uid: string;
  readonly start: Date;
  readonly end: Date;
  /** DTSTAMP: when the feed was generated. */
  readonly stamp: Date;
  readonly summary: string;
  readonly location: string;
  readonly description: string;
};

/** The events of `feed`, in time order. */
export function partnerEvents(source: FeedSource, feed: Feed): PartnerEvent[] {
  const ctx = feedContext(source);
  const intakes = source.plan.intakes.flatMap((intake) => {
    const kase = ctx.cases.get(intake.caseId);
    return kase ? [{ intake, kase }] : [];
  });
  const departures = source.plan.departures.flatMap((departure) => {
    const kase = ctx.cases.get(departure.caseId);
    const flight = ctx.flights.get(departure.flightId);
    return kase && flight ? [{ departure, kase, flight }] : [];
  });
  const make = (
    caseId: string,
    kind: string,
    at: Interval,
    text: Omit<PartnerEvent, 'uid' | 'start' | 'end' | 'stamp'>,
  ) => ({
    uid: `${feed.kind}-${feed.key}-${ctx.ref(caseId)}-${kind}@rotonde`,
    start: at.start,
    end: at.end,
    stamp: ctx.stamp,
    ...text,
  });
  const events: PartnerEvent[] = [];
  for (const { intake, kase } of intakes) {
    for (const [kind, text] of intakeEvents(ctx, feed, intake, kase))
      events.push(make(kase.id, kind, ctx.slot(intake.date, intake.part), text));
  }
  for (const { departure, kase, flight } of departures) {
    for (const [kind, at, text] of departureEvents(ctx, feed, departure, kase, flight))
      events.push(make(kase.id, kind, at, text));
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}

type EventText = { summary: string; location: string; description: string };

/** The intake as each partner sees it; empty when the feed has no part in it. */
function intakeEvents(
  ctx: FeedContext,
  feed: Feed,
  intake: PlannedIntake,
  kase: Case,
): [string, EventText][] {
  const ref = ctx.ref(kase.id);
  const when = localRange(ctx.slot(intake.date, intake.part));
  const pickup = ctx.pickupPlace(kase, intake);
  const hearing = ctx.hearingPlace(kase, intake);
  const persons = personsLine(kase, intake.date);
  const interpreter = intake.interpreterId ? ctx.interpreters.get(intake.interpreterId) : undefined;
  const lines = (...xs: string[]) => [`Case: ${ref}`, `Time: ${when}`, ...xs].join('\n');
  switch (feed.kind) {
    case 'police':
      if (intake.pickupRegionId !== feed.key) return [];
      return [
        [
          'intake',
          {
            summary: `Intake ${ref}: pick-up`,
            location: pickup,
            description: lines(
              `Pick-up: ${pickup}`,
              `Hearing: ${hearing}`,
              persons,
              `Team: ${ctx.label(intake.policeTeamId)}`,
            ),
          },
        ],
      ];
    case 'lawyers': {
      if (intake.hearingRegionId !== feed.key) return [];
      const language = interpreter
        ? `Language: ${interpreter.language}, interpreter ${interpreter.mode === 'remote' ? 'remote (phone/video)' : 'on site'}`
        : 'Language: Dutch or English, no interpreter';
      return [
        [
          'hearing',
          {
            summary: `Hearing ${ref}`,
            location: hearing,
            description: lines(
              `Hearing: ${hearing}`,
              language,
              persons,
              `Lawyer: ${ctx.label(intake.lawyerId)}`,
            ),
          },
        ],
      ];
    }
    case 'interpreters': {
      if (!interpreter || interpreter.language !== feed.key) return [];
      const remote = interpreter.mode === 'remote';
      return [
        [
          'hearing',
          {
            summary: `Interpreting ${feed.key} ${ref}${remote ? ' (remote)' : ''}`,
            location: remote ? `Remote (phone/video), hearing at ${hearing}` : hearing,
            description: lines(
              `Hearing: ${hearing}`,
              `Mode: ${remote ? 'remote (phone/video)' : 'on site'}`,
              `Interpreter: ${ctx.label(interpreter.id)}`,
            ),
          },
        ],
      ];
    }
    case 'coa':
      if (kase.location.kind !== 'coa' || kase.location.coaLocationId !== feed.key) return [];
      return [
        [
          'pickup',
          {
            summary: `Pick-up ${ref}`,
            location: pickup,
            description: lines(
              `Pick-up: ${pickup}`,
              persons,
              ...(intake.coaStaffId ? [`COA staff: ${ctx.label(intake.coaStaffId)}`] : []),
            ),
          },
        ],
      ];
    case 'dvo': {
      const vehicle = ctx.transports.get(intake.transportId);
      if ((vehicle?.policeRegionId ?? intake.pickupRegionId) !== feed.key) return [];
      const to = ctx.centreName(intake.centreId);
      return [
        [
          'intake-transport',
          {
            summary: `Intake transport ${ref}`,
            location: pickup,
            description: lines(
              `From: ${pickup}`,
              `Via hearing: ${hearing}`,
              `To: ${to}`,
              persons,
              `Transport: ${ctx.label(intake.transportId)}`,
            ),
          },
        ],
      ];
    }
    case 'kmar':
      return [];
  }
}

/** The departure as DV&O (airport run) and KMar (escorted flight) see it. */
function departureEvents(
  ctx: FeedContext,
  feed: Feed,
  departure: PlannedDeparture,
  kase: Case,
  flight: Flight,
): [string, Interval, EventText][] {
  const ref = ctx.ref(kase.id);
  const date = flight.departure.slice(0, 10);
  const persons = personsLine(kase, date);
  const number = flight.kind === 'scheduled' ? flight.flightNumber : `charter ${flight.operation}`;
  const airport = ctx.airportName(flight.departureAirport);
  const takeOff = localMoment(ctx.takeOff(flight));
  if (feed.kind === 'dvo') {
    const vehicle = ctx.transports.get(departure.transportId);
    if (vehicle?.policeRegionId !== feed.key) return [];
    const centreId = ctx.intakeOf.get(kase.id)?.centreId ?? kase.detention?.centreId;
    const from = centreId ? ctx.centreName(centreId) : 'detention centre (from DT&V)';
    const run = ctx.airportRun(flight);
    const at = ctx.slot(run.date, run.part);
    const text = [
      `Case: ${ref}`,
      `Time: ${localRange(at)}`,
      `From: ${from}`,
      `To: ${airport}`,
      `Flight: ${number}, departs ${takeOff}`,
      persons,
      `Transport: ${ctx.label(departure.transportId)}`,
    ];
    return [
      ['airport-run', at, { summary: `Airport run ${ref}`, location: from, description: text.join('\n') }],
    ];
  }
  if (feed.kind === 'kmar' && departure.escorts > 0) {
    const landing = ctx.landing(flight);
    const at = {
      start: ctx.takeOff(flight),
      end: landing > ctx.takeOff(flight) ? landing : ctx.takeOff(flight),
    };
    const text = [
      `Case: ${ref}`,
      `Flight: ${number}, departs ${takeOff}`,
      `From: ${airport}`,
      `To: ${ctx.airportName(flight.arrivalAirport)}`,
      `Escorts: ${departure.escorts}`,
      `Duty days: ${flight.escortDutyDays}`,
      persons,
    ];
    return [
      [
        'departure',
        at,
        {
          summary: `Escort ${number} ${ref} (${departure.escorts} escorts)`,
          location: airport,
          description: text.join('\n'),
        },
      ],
    ];
  }
  return [];
}
