// Persons of a case, keyed by V-number (one row per person per scenario), and the case's consents.
// Both are personal data: their keys (scenario_id, v_number) and (scenario_id, case_id) are what an
// access-control or audit table will reference.
import type { Consent, Person } from '../domain/index.ts';
import type { Db } from './database.ts';
import { groupBy, insertRow, json, rowsOf, text } from './sql.ts';

export function writePersons(db: Db, scenarioId: string, caseId: string, persons: readonly Person[]): void {
  persons.forEach((p, ordinal) =>
    insertRow(db, 'persons', {
      scenario_id: scenarioId,
      v_number: p.vNumber,
      case_id: caseId,
      ordinal,
      given_names: p.givenNames,
      family_name: p.familyName,
      sex: p.sex,
      birth_date: p.birthDate,
      nationality: p.nationality,
      languages: JSON.stringify(p.languages),
    }),
  );
}

export function writeConsents(
  db: Db,
  scenarioId: string,
  caseId: string,
  consents: readonly Consent[],
): void {
  consents.forEach((k, ordinal) =>
    insertRow(db, 'case_consents', {
      scenario_id: scenarioId,
      case_id: caseId,
      ordinal,
      requirement_id: k.requirementId,
      answer: k.answer,
    }),
  );
}

/** Persons of every case of the scenario, by case id, principal first. */
export function readPersons(db: Db, scenarioId: string): Map<string, Person[]> {
  const rows = rowsOf(db, 'persons', scenarioId, 'case_id, ordinal');
  const persons = new Map<string, Person[]>();
  for (const [caseId, group] of groupBy(rows, 'case_id')) {
    persons.set(
      caseId,
      group.map((r) => ({
        vNumber: text(r, 'v_number'),
        givenNames: text(r, 'given_names'),
        familyName: text(r, 'family_name'),
        sex: text(r, 'sex') as Person['sex'],
        birthDate: text(r, 'birth_date'),
        nationality: text(r, 'nationality'),
        languages: json<string[]>(r, 'languages'),
      })),
    );
  }
  return persons;
}

export function readConsents(db: Db, scenarioId: string): Map<string, Consent[]> {
  const rows = rowsOf(db, 'case_consents', scenarioId, 'case_id, ordinal');
  const consents = new Map<string, Consent[]>();
  for (const [caseId, group] of groupBy(rows, 'case_id')) {
    consents.set(
      caseId,
      group.map((r) => ({
        requirementId: text(r, 'requirement_id'),
        answer: text(r, 'answer') as Consent['answer'],
      })),
    );
  }
  return consents;
}
