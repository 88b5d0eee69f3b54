// Carriers, entry requirements, and flights (scheduled and charter, one table) with their transits.
import type { Carrier, EntryRequirement, Flight, Transit } from '../domain/index.ts';
import type { Db } from './database.ts';
import type { DbRow } from './sql.ts';
import { flag, groupBy, insertRow, int, rowsOf, text } from './sql.ts';

export function writeCarriers(db: Db, scenarioId: string, carriers: readonly Carrier[]): void {
  carriers.forEach((c, ordinal) =>
    insertRow(db, 'carriers', {
      scenario_id: scenarioId,
      code: c.code,
      ordinal,
      name: c.name,
      depa_max: c.depaMax,
      depu_max: c.depuMax,
    }),
  );
}

export function writeEntryRequirements(db: Db, scenarioId: string, items: readonly EntryRequirement[]): void {
  items.forEach((e, ordinal) =>
    insertRow(db, 'entry_requirements', {
      scenario_id: scenarioId,
      id: e.id,
      ordinal,
      country: e.country,
      kind: e.kind,
      description: e.description,
      requires_consent: e.requiresConsent,
    }),
  );
}

export function writeFlights(db: Db, scenarioId: string, flights: readonly Flight[]): void {
  flights.forEach((f, ordinal) => {
    insertRow(db, 'flights', {
      scenario_id: scenarioId,
      id: f.id,
      ordinal,
      kind: f.kind,
      departure_airport: f.departureAirport,
      departure: f.departure,
      arrival_airport: f.arrivalAirport,
      arrival: f.arrival,
      destination_country: f.destinationCountry,
      escort_duty_days: f.escortDutyDays,
      ...(f.kind === 'scheduled'
        ? { carrier: f.carrier, flight_number: f.flightNumber, seats: f.seats }
        : { operation: f.operation, allotment: f.allotment, escorts_included: f.escortsIncluded }),
    });
    f.transits.forEach((t, i) =>
      insertRow(db, 'flight_transits', {
        scenario_id: scenarioId,
        flight_id: f.id,
        ordinal: i,
        airport: t.airport,
        country: t.country,
        arrival: t.arrival,
        departure: t.departure,
      }),
    );
  });
}

export function readCarriers(db: Db, scenarioId: string): Carrier[] {
  return rowsOf(db, 'carriers', scenarioId).map((r) => ({
    code: text(r, 'code'),
    name: text(r, 'name'),
    depaMax: int(r, 'depa_max'),
    depuMax: int(r, 'depu_max'),
  }));
}

export function readEntryRequirements(db: Db, scenarioId: string): EntryRequirement[] {
  return rowsOf(db, 'entry_requirements', scenarioId).map((r) => ({
    id: text(r, 'id'),
    country: text(r, 'country'),
    kind: text(r, 'kind') as EntryRequirement['kind'],
    description: text(r, 'description'),
    requiresConsent: flag(r, 'requires_consent'),
  }));
}

export function readFlights(db: Db, scenarioId: string): Flight[] {
  const transits = groupBy(rowsOf(db, 'flight_transits', scenarioId, 'flight_id, ordinal'), 'flight_id');
  return rowsOf(db, 'flights', scenarioId).map((r) =>
    flightFromRow(r, (transits.get(text(r, 'id')) ?? []).map(transitFromRow)),
  );
}

function flightFromRow(r: DbRow, transits: Transit[]): Flight {
  const common = {
    id: text(r, 'id'),
    departureAirport: text(r, 'departure_airport'),
    departure: text(r, 'departure'),
    arrivalAirport: text(r, 'arrival_airport'),
    arrival: text(r, 'arrival'),
    destinationCountry: text(r, 'destination_country'),
    transits,
    escortDutyDays: int(r, 'escort_duty_days'),
  };
  if (text(r, 'kind') === 'scheduled') {
    const [carrier, flightNumber, seats] = [text(r, 'carrier'), text(r, 'flight_number'), int(r, 'seats')];
    return { ...common, kind: 'scheduled', carrier, flightNumber, seats };
  }
  return {
    ...common,
    kind: 'charter',
    operation: text(r, 'operation'),
    allotment: int(r, 'allotment'),
    escortsIncluded: flag(r, 'escorts_included'),
  };
}

function transitFromRow(r: DbRow): Transit {
  return {
    airport: text(r, 'airport'),
    country: text(r, 'country'),
    arrival: text(r, 'arrival'),
    departure: text(r, 'departure'),
  };
}
