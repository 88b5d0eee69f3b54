// Arbitrary sites, partner availability and flights for a scenario whose ids are already chosen.
import fc from 'fast-check';
import type { ScenarioInput } from '../../src/domain/index.ts';
import {
  count,
  country,
  dateRange,
  id,
  isoDate,
  language,
  name,
  oneOf,
  orderedPair,
  timeWindow,
} from './scenario-values.ts';

/** One arbitrary per key, as a tuple (an empty list gives an empty tuple). */
export const each = <K, T>(keys: readonly K[], f: (key: K) => fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.tuple(...keys.map(f));

export const centre = (centreId: string, regions: string[]) =>
  fc.record(
    {
      id: fc.constant(centreId),
      name: name(),
      municipality: name(),
      policeRegionId: oneOf(regions),
      wings: fc.array(fc.record({ wing: fc.constantFrom('men', 'women', 'families'), places: count(60) }), {
        minLength: 1,
        maxLength: 3,
      }),
      intakeStops: fc.array(
        fc.tuple(dateRange(), name()).map(([[from, to], reason]) => ({ from, to, reason })),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['id', 'name', 'municipality', 'policeRegionId', 'wings'] },
  );

export const airport = (code: string) =>
  fc.record(
    {
      code: fc.constant(code),
      name: name(),
      country: country(),
      timeZone: fc.constantFrom('Europe/Amsterdam', 'Africa/Lagos', 'Europe/Warsaw'),
      departureAirport: fc.boolean(),
    },
    { requiredKeys: ['code', 'name', 'country', 'timeZone'] },
  );

const windowed = { id: id(), window: timeWindow(), capacity: count(50, 1) };
const list = <T extends { id: string }>(entry: fc.Arbitrary<T>) =>
  fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 3 });

export function availability(
  regions: string[],
  coaLocations: string[],
): fc.Arbitrary<ScenarioInput['availability']> {
  const inRegion = fc.record({ ...windowed, policeRegionId: oneOf(regions) });
  const interpreter = fc.oneof(
    fc.record(
      {
        ...windowed,
        language: language(),
        mode: fc.constant('remote' as const),
        policeRegionId: oneOf(regions),
      },
      { requiredKeys: ['id', 'window', 'capacity', 'language', 'mode'] },
    ),
    fc.record({
      ...windowed,
      language: language(),
      mode: fc.constant('on-site' as const),
      policeRegionId: oneOf(regions),
    }),
  );
  const coaStaff =
    coaLocations.length > 0
      ? list(fc.record({ ...windowed, coaLocationId: oneOf(coaLocations) }))
      : fc.constant<ScenarioInput['availability']['coaStaff']>([]);
  return fc.record({
    police: list(inRegion),
    lawyers: list(inRegion),
    interpreters: list(interpreter),
    coaStaff,
    dtvOfficers: list(inRegion),
    transport: list(fc.record({ ...windowed, policeRegionId: oneOf(regions), seats: count(20, 1) })),
    escorts: fc.array(fc.record({ date: isoDate(), escorts: count(30) }), { maxLength: 3 }),
  });
}

const transit = orderedPair().chain(([arrival, departure]) =>
  fc.record({
    airport: fc.constantFrom('IST', 'BER', 'CDG'),
    country: country(),
    arrival: fc.constant(arrival),
    departure: fc.constant(departure),
  }),
);

export function flight(
  flightId: string,
  airports: string[],
  carriers: string[],
): fc.Arbitrary<ScenarioInput['flights'][number]> {
  const common = {
    id: fc.constant(flightId),
    departureAirport: oneOf(airports),
    departure: orderedPair().map(([d]) => d),
    arrivalAirport: oneOf(airports),
    arrival: orderedPair().map(([, a]) => a),
    destinationCountry: country(),
    transits: fc.array(transit, { maxLength: 2 }),
    escortDutyDays: count(7, 1),
  };
  const required = [
    'id',
    'departureAirport',
    'departure',
    'arrivalAirport',
    'arrival',
    'destinationCountry',
    'escortDutyDays',
  ] as const;
  const charter = fc.record(
    {
      ...common,
      kind: fc.constant('charter' as const),
      operation: name(),
      allotment: count(100),
      escortsIncluded: fc.boolean(),
    },
    { requiredKeys: [...required, 'kind', 'operation', 'allotment', 'escortsIncluded'] },
  );
  if (carriers.length === 0) return charter;
  const scheduled = fc.record(
    {
      ...common,
      kind: fc.constant('scheduled' as const),
      carrier: oneOf(carriers),
      flightNumber: fc.tuple(oneOf(carriers), count(9999, 1)).map(([c, n]) => `${c}${n}`),
      seats: count(9),
    },
    { requiredKeys: [...required, 'kind', 'carrier', 'flightNumber', 'seats'] },
  );
  return fc.oneof(scheduled, charter);
}
