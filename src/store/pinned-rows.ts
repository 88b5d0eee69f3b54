// Decisions of a published plan that later plans keep: pinned intakes and departures.
import type { Pinned, PlannedDeparture, PlannedIntake } from '../domain/index.ts';
import type { Db } from './database.ts';
import type { DbRow } from './sql.ts';
import { insertRow, int, optText, rowsOf, text } from './sql.ts';

export function writePinned(db: Db, scenarioId: string, pinned: Pinned): void {
  pinned.intakes.forEach((p, ordinal) =>
    insertRow(db, 'pinned_intakes', {
      scenario_id: scenarioId,
      ordinal,
      case_id: p.caseId,
      date: p.date,
      part: p.part,
      pickup_region_id: p.pickupRegionId,
      hearing_region_id: p.hearingRegionId,
      centre_id: p.centreId,
      wing: p.wing,
      police_team_id: p.policeTeamId,
      lawyer_id: p.lawyerId,
      interpreter_id: p.interpreterId,
      coa_staff_id: p.coaStaffId,
      dtv_officer_id: p.dtvOfficerId,
      transport_id: p.transportId,
    }),
  );
  pinned.departures.forEach((p, ordinal) =>
    insertRow(db, 'pinned_departures', {
      scenario_id: scenarioId,
      ordinal,
      case_id: p.caseId,
      flight_id: p.flightId,
      escorts: p.escorts,
      transport_id: p.transportId,
    }),
  );
}

export function readPinned(db: Db, scenarioId: string): Pinned {
  return {
    intakes: rowsOf(db, 'pinned_intakes', scenarioId).map(intakeFromRow),
    departures: rowsOf(db, 'pinned_departures', scenarioId).map((r): PlannedDeparture => ({
      caseId: text(r, 'case_id'),
      flightId: text(r, 'flight_id'),
      escorts: int(r, 'escorts'),
      transportId: text(r, 'transport_id'),
    })),
  };
}

function intakeFromRow(r: DbRow): PlannedIntake {
  return {
    caseId: text(r, 'case_id'),
    date: text(r, 'date'),
    part: text(r, 'part') as PlannedIntake['part'],
    pickupRegionId: text(r, 'pickup_region_id'),
    hearingRegionId: text(r, 'hearing_region_id'),
    centreId: text(r, 'centre_id'),
    wing: text(r, 'wing') as PlannedIntake['wing'],
    policeTeamId: text(r, 'police_team_id'),
    lawyerId: text(r, 'lawyer_id'),
    interpreterId: optText(r, 'interpreter_id') ?? null,
    coaStaffId: optText(r, 'coa_staff_id') ?? null,
    dtvOfficerId: text(r, 'dtv_officer_id'),
    transportId: text(r, 'transport_id'),
  };
}
