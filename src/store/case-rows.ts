// Cases: one row each. Nested records read whole (procedures, transfer claim, travel document) are
// JSON; what a query joins or filters on (location, detention, escort need) is columns.
// Persons and consents are in person-rows.ts.
import type { Case, Detention, EscortNeed, Location } from '../domain/index.ts';
import type { Db } from './database.ts';
import type { DbRow } from './sql.ts';
import { compact, flag, insertRow, int, json, optText, rowsOf, text } from './sql.ts';
import { readConsents, readPersons, writeConsents, writePersons } from './person-rows.ts';

export function writeCases(db: Db, scenarioId: string, cases: readonly Case[]): void {
  cases.forEach((c, ordinal) => {
    insertRow(db, 'cases', { scenario_id: scenarioId, id: c.id, ordinal, ...caseColumns(c) });
    writePersons(db, scenarioId, c.id, c.persons);
    writeConsents(db, scenarioId, c.id, c.consents);
  });
}

function caseColumns(c: Case) {
  const loc = c.location;
  return {
    version: c.version,
    regime: c.regime,
    destination_country: c.destinationCountry,
    location_kind: loc.kind,
    location_coa_location_id: loc.kind === 'coa' ? loc.coaLocationId : undefined,
    location_centre_id: loc.kind === 'detention' ? loc.centreId : undefined,
    location_police_region_id: loc.kind === 'other' ? loc.policeRegionId : undefined,
    location_description: loc.kind === 'other' ? loc.description : undefined,
    location_since: loc.kind === 'unknown' ? loc.since : undefined,
    procedures: JSON.stringify(c.procedures),
    non_refoulement_bar: c.nonRefoulementBar,
    return_decision_enforceable: c.returnDecisionEnforceable,
    medical_fit_to_travel: c.medical.fitToTravel,
    medical_assessed_on: c.medical.assessedOn,
    transfer_claim: c.transferClaim === undefined ? undefined : JSON.stringify(c.transferClaim),
    detention_ground: c.detention?.ground,
    detention_started_on: c.detention?.startedOn,
    detention_centre_id: c.detention?.centreId,
    detention_wing: c.detention?.wing,
    detention_prior_days: c.detention?.priorDays,
    detention_court_notified_on: c.detention?.courtNotifiedOn,
    travel_document: JSON.stringify(c.travelDocument),
    escort_kind: c.escort.kind,
    escort_count: c.escort.kind === 'none' ? undefined : c.escort.escorts,
    unaccompanied_minor: c.vulnerabilities.unaccompaniedMinor,
    reception_confirmed: c.vulnerabilities.receptionConfirmed,
    interpretation_needed: c.interpretation.needed,
    interpretation_remote: c.interpretation.remoteAllowed,
  };
}

export function readCases(db: Db, scenarioId: string): Case[] {
  const persons = readPersons(db, scenarioId);
  const consents = readConsents(db, scenarioId);
  return rowsOf(db, 'cases', scenarioId).map((r) => {
    const id = text(r, 'id');
    return caseFromRow(r, persons.get(id) ?? [], consents.get(id) ?? []);
  });
}

function caseFromRow(r: DbRow, persons: Case['persons'], consents: Case['consents']): Case {
  return compact({
    id: text(r, 'id'),
    version: int(r, 'version'),
    persons,
    location: locationFromRow(r),
    regime: text(r, 'regime') as Case['regime'],
    destinationCountry: text(r, 'destination_country'),
    procedures: json<Case['procedures']>(r, 'procedures'),
    nonRefoulementBar: flag(r, 'non_refoulement_bar'),
    returnDecisionEnforceable: flag(r, 'return_decision_enforceable'),
    medical: compact({
      fitToTravel: text(r, 'medical_fit_to_travel') as Case['medical']['fitToTravel'],
      assessedOn: optText(r, 'medical_assessed_on'),
    }),
    transferClaim: r.transfer_claim === null ? undefined : json<Case['transferClaim']>(r, 'transfer_claim'),
    detention: r.detention_ground === null ? undefined : detentionFromRow(r),
    travelDocument: json<Case['travelDocument']>(r, 'travel_document'),
    escort: escortFromRow(r),
    consents,
    vulnerabilities: {
      unaccompaniedMinor: flag(r, 'unaccompanied_minor'),
      receptionConfirmed: flag(r, 'reception_confirmed'),
    },
    interpretation: {
      needed: flag(r, 'interpretation_needed'),
      remoteAllowed: flag(r, 'interpretation_remote'),
    },
  });
}

function locationFromRow(r: DbRow): Location {
  const kind = text(r, 'location_kind');
  if (kind === 'coa') return { kind, coaLocationId: text(r, 'location_coa_location_id') };
  if (kind === 'detention') return { kind, centreId: text(r, 'location_centre_id') };
  if (kind === 'other') {
    const description = optText(r, 'location_description');
    return compact({ kind, policeRegionId: text(r, 'location_police_region_id'), description });
  }
  return { kind: 'unknown', since: text(r, 'location_since') };
}

function detentionFromRow(r: DbRow): Detention {
  return compact({
    ground: text(r, 'detention_ground') as Detention['ground'],
    startedOn: text(r, 'detention_started_on'),
    centreId: text(r, 'detention_centre_id'),
    wing: text(r, 'detention_wing') as Detention['wing'],
    priorDays: int(r, 'detention_prior_days'),
    courtNotifiedOn: optText(r, 'detention_court_notified_on'),
  });
}

function escortFromRow(r: DbRow): EscortNeed {
  const kind = text(r, 'escort_kind');
  if (kind === 'none') return { kind };
  return { kind: kind === 'medical' ? 'medical' : 'escorted', escorts: int(r, 'escort_count') };
}
