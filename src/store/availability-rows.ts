// Partner availability: the six windowed partner types share the `availability` table (column
// `partner`); KMar escort days have their own.
import type { Availability, Interpreter } from '../domain/index.ts';
import type { Db } from './database.ts';
import type { DbRow, Row } from './sql.ts';
import { compact, insertRow, int, optText, rowsOf, text } from './sql.ts';

type Partner = Exclude<keyof Availability, 'escorts'>;
const PARTNERS = ['police', 'lawyers', 'interpreters', 'coaStaff', 'dtvOfficers', 'transport'] as const;

export function writeAvailability(db: Db, scenarioId: string, availability: Availability): void {
  for (const partner of PARTNERS) {
    availability[partner].forEach((entry, ordinal) => {
      const row: Row = {
        scenario_id: scenarioId,
        partner,
        id: entry.id,
        ordinal,
        window_from: entry.window.from,
        window_to: entry.window.to,
        capacity: entry.capacity,
        police_region_id: 'policeRegionId' in entry ? entry.policeRegionId : undefined,
        coa_location_id: 'coaLocationId' in entry ? entry.coaLocationId : undefined,
        language: 'language' in entry ? entry.language : undefined,
        mode: 'mode' in entry ? entry.mode : undefined,
        seats: 'seats' in entry ? entry.seats : undefined,
      };
      insertRow(db, 'availability', row);
    });
  }
  availability.escorts.forEach((e, ordinal) =>
    insertRow(db, 'escort_days', { scenario_id: scenarioId, ordinal, date: e.date, escorts: e.escorts }),
  );
}

export function readAvailability(db: Db, scenarioId: string): Availability {
  const rows = rowsOf(db, 'availability', scenarioId, 'partner, ordinal');
  const of = (partner: Partner) => rows.filter((r) => r.partner === partner);
  const inRegion = (r: DbRow) => ({ ...windowed(r), policeRegionId: text(r, 'police_region_id') });
  return {
    police: of('police').map(inRegion),
    lawyers: of('lawyers').map(inRegion),
    interpreters: of('interpreters').map(interpreterFromRow),
    coaStaff: of('coaStaff').map((r) => ({ ...windowed(r), coaLocationId: text(r, 'coa_location_id') })),
    dtvOfficers: of('dtvOfficers').map(inRegion),
    transport: of('transport').map((r) => ({ ...inRegion(r), seats: int(r, 'seats') })),
    escorts: rowsOf(db, 'escort_days', scenarioId).map((r) => ({
      date: text(r, 'date'),
      escorts: int(r, 'escorts'),
    })),
  };
}

function windowed(r: DbRow) {
  return {
    id: text(r, 'id'),
    window: { from: text(r, 'window_from'), to: text(r, 'window_to') },
    capacity: int(r, 'capacity'),
  };
}

function interpreterFromRow(r: DbRow): Interpreter {
  return compact({
    ...windowed(r),
    language: text(r, 'language'),
    mode: text(r, 'mode') as Interpreter['mode'],
    policeRegionId: optText(r, 'police_region_id'),
  });
}
