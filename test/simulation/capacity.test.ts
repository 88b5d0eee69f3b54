import { describe, expect, it } from 'vitest';
import type { PlannerParameters } from '../../src/simulation/planner-parameters.ts';
import { capacityCalendar } from '../../src/simulation/capacity.ts';
import { dateOf } from '../../src/simulation/sim-dates.ts';
import { baselineScenario } from './baseline.ts';

const planner = baselineScenario().parameters.planner;
const withFactor = (
  changes: Partial<PlannerParameters['shortfall']>,
  more: Partial<PlannerParameters> = {},
) => ({
  ...planner,
  ...more,
  shortfall: { ...planner.shortfall, ...changes },
});
const sum = (days: number, p: PlannerParameters, key: 'escorts' | 'flights' | 'lawyers') => {
  const calendar = capacityCalendar(p, 'capacity-test');
  let n = 0;
  for (let d = 0; d < days; d++) n += calendar.day(d).units[key];
  return n;
};

describe('the capacity calendar', () => {
  it('gives the same entries for the same day, re-dated to that day with the day in their ids', () => {
    const a = capacityCalendar(planner, 's').day(9);
    const b = capacityCalendar(planner, 's').day(9);
    expect(b).toEqual(a);
    const date = dateOf(9);
    expect(a.flights.length).toBeGreaterThan(0);
    expect(a.flights.every((f) => f.departure.startsWith(date) && f.id.includes('.d9'))).toBe(true);
    expect(a.availability.police.every((w) => w.window.from.startsWith(date) && w.id.endsWith('.d9'))).toBe(
      true,
    );
    expect(a.availability.escorts).toEqual([{ date, escorts: a.units.escorts }]);
  });

  it('repeats the template weekly: a Monday has the flights of a Monday', () => {
    const calendar = capacityCalendar(
      withFactor({}, { disruptions: { ...planner.disruptions, flightCancellation: 0 } }),
      's',
    );
    const numbers = (d: number) =>
      calendar.day(d).flights.map((f) => (f.kind === 'scheduled' ? f.flightNumber : f.operation));
    // week 0 and week 2 both use template week 0 (flights are not thinned at factor 1)
    expect(numbers(14)).toEqual(numbers(0));
  });

  it('scales a resource by its factor on average, and drops it at 0', () => {
    const days = 56;
    const full = sum(days, planner, 'escorts');
    const less = sum(days, withFactor({ escorts: 0.5 }), 'escorts');
    // stochastic rounding per day: the mean of 56 days is within a few escort-days of half
    expect(Math.abs(less - full / 2)).toBeLessThan(0.05 * full);
    expect(sum(days, withFactor({ lawyers: 0 }), 'lawyers')).toBe(0);
    expect(sum(days, withFactor({ flights: 0 }), 'flights')).toBe(0);
  });

  it('cuts flights to a region only', () => {
    const cut = withFactor(
      {},
      { flightCuts: [{ region: 'Maghreb', countries: ['MA', 'DZ', 'TN'], factor: 0 }] },
    );
    const calendar = capacityCalendar(cut, 's');
    const countries = Array.from({ length: 14 }, (_, d) =>
      calendar.day(d).flights.map((f) => f.destinationCountry),
    ).flat();
    expect(countries.some((c) => ['MA', 'DZ', 'TN'].includes(c))).toBe(false);
    expect(countries.length).toBeGreaterThan(0);
  });

  it('gives each wing its share of the reference maximum places', () => {
    const calendar = capacityCalendar(planner, 's');
    const rotterdam = calendar.placesByCentre.get('dc-rotterdam') ?? 0;
    expect(rotterdam).toBe(Math.round(640 * planner.capacity.detentionPlaces * planner.detentionPlaceShare));
  });
});
