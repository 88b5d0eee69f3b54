// Sites of a scenario: police regions, COA locations, detention centres (wings, intake stops), airports.
import type { Airport, DetentionCentre, IntakeStop, Sites, WingCapacity } from '../domain/index.ts';
import type { Db } from './database.ts';
import type { DbRow } from './sql.ts';
import { flag, groupBy, insertRow, int, rowsOf, text } from './sql.ts';

export function writeSites(db: Db, scenarioId: string, sites: Sites): void {
  const base = (ordinal: number) => ({ scenario_id: scenarioId, ordinal });
  sites.policeRegions.forEach((r, i) =>
    insertRow(db, 'police_regions', { ...base(i), id: r.id, name: r.name }),
  );
  sites.coaLocations.forEach((c, i) =>
    insertRow(db, 'coa_locations', {
      ...base(i),
      id: c.id,
      name: c.name,
      municipality: c.municipality,
      police_region_id: c.policeRegionId,
    }),
  );
  sites.detentionCentres.forEach((c, i) => writeCentre(db, scenarioId, c, i));
  sites.airports.forEach((a, i) =>
    insertRow(db, 'airports', {
      ...base(i),
      code: a.code,
      name: a.name,
      country: a.country,
      time_zone: a.timeZone,
      departure_airport: a.departureAirport,
    }),
  );
}

function writeCentre(db: Db, scenarioId: string, c: DetentionCentre, ordinal: number): void {
  insertRow(db, 'detention_centres', {
    scenario_id: scenarioId,
    id: c.id,
    ordinal,
    name: c.name,
    municipality: c.municipality,
    police_region_id: c.policeRegionId,
  });
  const child = (i: number) => ({ scenario_id: scenarioId, centre_id: c.id, ordinal: i });
  c.wings.forEach((w, i) =>
    insertRow(db, 'detention_centre_wings', { ...child(i), wing: w.wing, places: w.places }),
  );
  c.intakeStops.forEach((s, i) =>
    insertRow(db, 'detention_centre_intake_stops', {
      ...child(i),
      date_from: s.from,
      date_to: s.to,
      reason: s.reason,
    }),
  );
}

export function readSites(db: Db, scenarioId: string): Sites {
  const wings = groupBy(rowsOf(db, 'detention_centre_wings', scenarioId, 'centre_id, ordinal'), 'centre_id');
  const stops = groupBy(
    rowsOf(db, 'detention_centre_intake_stops', scenarioId, 'centre_id, ordinal'),
    'centre_id',
  );
  return {
    policeRegions: rowsOf(db, 'police_regions', scenarioId).map((r) => ({
      id: text(r, 'id'),
      name: text(r, 'name'),
    })),
    coaLocations: rowsOf(db, 'coa_locations', scenarioId).map((r) => ({
      id: text(r, 'id'),
      name: text(r, 'name'),
      municipality: text(r, 'municipality'),
      policeRegionId: text(r, 'police_region_id'),
    })),
    detentionCentres: rowsOf(db, 'detention_centres', scenarioId).map((r) => {
      const id = text(r, 'id');
      return centreFromRow(r, wings.get(id) ?? [], stops.get(id) ?? []);
    }),
    airports: rowsOf(db, 'airports', scenarioId).map(airportFromRow),
  };
}

function centreFromRow(r: DbRow, wings: DbRow[], stops: DbRow[]): DetentionCentre {
  return {
    id: text(r, 'id'),
    name: text(r, 'name'),
    municipality: text(r, 'municipality'),
    policeRegionId: text(r, 'police_region_id'),
    wings: wings.map((w): WingCapacity => ({
      wing: text(w, 'wing') as WingCapacity['wing'],
      places: int(w, 'places'),
    })),
    intakeStops: stops.map((s): IntakeStop => ({
      from: text(s, 'date_from'),
      to: text(s, 'date_to'),
      reason: text(s, 'reason'),
    })),
  };
}

function airportFromRow(r: DbRow): Airport {
  return {
    code: text(r, 'code'),
    name: text(r, 'name'),
    country: text(r, 'country'),
    timeZone: text(r, 'time_zone'),
    departureAirport: flag(r, 'departure_airport'),
  };
}
