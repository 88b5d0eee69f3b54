// KMar escorts, rules 20 and 22 of docs/planning-rules.md (domain.md §5: at least 2 per escorted person).
import type { IsoDate } from '../domain/index.ts';
import { addDays } from '../domain/calendar.ts';
import { resolvedDepartures } from './context.ts';
import { adultsOn } from './derive.ts';
import { departureDate } from './time.ts';
import { violation } from './types.ts';
import type { CheckContext, Violation } from './types.ts';

/**
 * Rule 20 [escort.min-per-person]: an escorted case on a scheduled flight, or on a charter without its
 * own escorts, gets exactly its `escort.escorts`, at least the minimum per adult; otherwise none.
 */
export function escortCount(ctx: CheckContext): Violation[] {
  const perPerson = ctx.rules.number('escort.min-per-person');
  return resolvedDepartures(ctx).flatMap(({ departure, kase, flight }) => {
    const report = (message: string, details: Violation['details'] = {}) => [
      violation('escort.min-per-person', kase.id, `flight ${flight.id}: ${message}`, {
        flightId: flight.id,
        escorts: departure.escorts,
        ...details,
      }),
    ];
    const ownEscorts = flight.kind === 'charter' && flight.escortsIncluded;
    if (kase.escort.kind === 'none' || ownEscorts) {
      const why = ownEscorts ? 'the operation brings its own escorts' : 'the case flies unescorted';
      return departure.escorts === 0 ? [] : report(`${departure.escorts} KMar escorts, 0 expected: ${why}`);
    }
    const needed = kase.escort.escorts;
    const adults = adultsOn(kase, departureDate(flight, ctx.index), ctx.rules);
    const minimum = perPerson * Math.max(1, adults);
    const found: Violation[] = [];
    if (departure.escorts !== needed)
      found.push(...report(`${departure.escorts} escorts, the case needs exactly ${needed}`, { needed }));
    if (needed < minimum)
      found.push(
        ...report(
          `the case's ${needed} escorts are fewer than ${perPerson} × ${Math.max(1, adults)} adults = ${minimum}`,
          { minimum },
        ),
      );
    return found;
  });
}

/** Rule 22 [escort.days]: escorts busy each day of their trips ≤ the KMar pool that day (0 without an entry). */
export function escortDays(ctx: CheckContext): Violation[] {
  const busy = new Map<IsoDate, { escorts: number; flights: Set<string> }>();
  for (const { departure, flight } of resolvedDepartures(ctx)) {
    if (departure.escorts === 0) continue;
    const first = departureDate(flight, ctx.index);
    for (let day = 0; day < flight.escortDutyDays; day++) {
      const date = addDays(first, day);
      const b = busy.get(date) ?? { escorts: 0, flights: new Set<string>() };
      b.escorts += departure.escorts;
      b.flights.add(flight.id);
      busy.set(date, b);
    }
  }
  return [...busy].flatMap(([date, b]) => {
    const pool = ctx.index.escortPool.get(date) ?? 0;
    if (b.escorts <= pool) return [];
    const flights = [...b.flights].join(', ');
    return [
      violation(
        'escort.days',
        undefined,
        `${date}: ${b.escorts} KMar escorts on duty (${flights}), pool ${pool}`,
        { date, escorts: b.escorts, pool, flights },
      ),
    ];
  });
}
