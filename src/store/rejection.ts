// A row the database refused, as a field error: the scenario path of the list it came from.
// Schema validation runs first, so this is rare: a gap between the zod schema and the constraints
// (e.g. two airports with one code), reported rather than thrown.
import type { FieldError } from '../domain/index.ts';
import type { RowRejected } from './sql.ts';

/** Where each table's rows come from in a scenario; `[ordinal]` is appended for top-level lists. */
const TABLE_PATHS: Record<string, string> = {
  scenarios: '(document)',
  police_regions: 'sites.policeRegions',
  coa_locations: 'sites.coaLocations',
  detention_centres: 'sites.detentionCentres',
  detention_centre_wings: 'sites.detentionCentres',
  detention_centre_intake_stops: 'sites.detentionCentres',
  airports: 'sites.airports',
  carriers: 'carriers',
  entry_requirements: 'entryRequirements',
  escort_days: 'availability.escorts',
  flights: 'flights',
  flight_transits: 'flights',
  cases: 'cases',
  persons: 'cases',
  case_consents: 'cases',
  pinned_intakes: 'pinned.intakes',
  pinned_departures: 'pinned.departures',
};

/** Tables whose `ordinal` is the index in the list of TABLE_PATHS (not in a parent's sub-list). */
const TOP_LEVEL = new Set([
  'police_regions',
  'coa_locations',
  'detention_centres',
  'airports',
  'carriers',
  'entry_requirements',
  'escort_days',
  'flights',
  'cases',
  'pinned_intakes',
  'pinned_departures',
]);

export function rejectionToError(e: RowRejected): FieldError {
  const { table, row } = e;
  if (table === 'availability') {
    return { path: `availability.${String(row.partner)}[${String(row.ordinal)}]`, message: e.message };
  }
  const base = TABLE_PATHS[table] ?? table;
  const path = TOP_LEVEL.has(table) ? `${base}[${String(row.ordinal)}]` : base;
  const parent = row.centre_id ?? row.flight_id ?? row.case_id;
  const within = TOP_LEVEL.has(table) || parent === undefined ? '' : ` (in "${String(parent)}", ${table})`;
  return { path, message: `rejected by the database: ${e.message}${within}` };
}
