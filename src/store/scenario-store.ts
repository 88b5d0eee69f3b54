// Scenarios in the database: import (validated, one transaction), export, list, delete.
import type { FieldError, Scenario } from '../domain/index.ts';
import { Scenario as ScenarioSchema, parseWith } from '../domain/index.ts';
import type { Db } from './database.ts';
import { compact, insertRow, int, optText, RowRejected, text } from './sql.ts';
import type { DbRow } from './sql.ts';
import { readSites, writeSites } from './sites-rows.ts';
import { readAvailability, writeAvailability } from './availability-rows.ts';
import {
  readCarriers,
  readEntryRequirements,
  readFlights,
  writeCarriers,
  writeEntryRequirements,
  writeFlights,
} from './flight-rows.ts';
import { readCases, writeCases } from './case-rows.ts';
import { readPinned, writePinned } from './pinned-rows.ts';
import { rejectionToError } from './rejection.ts';

export type ImportOptions = {
  /** When a scenario with the same id exists: replace it (default) or refuse the import. */
  onExisting?: 'replace' | 'refuse';
};
export type ImportResult = { ok: true; id: string; replaced: boolean } | { ok: false; errors: FieldError[] };

export type ScenarioSummary = {
  id: string;
  name: string;
  rulesVersion: string;
  now: string;
  window: { start: string; end: string };
  cases: number;
  /** When it was written to this database, UTC ISO 8601. */
  importedAt: string;
};

/**
 * Validates `input` with the Scenario schema and writes it in one transaction: all of it or, on any
 * error, nothing. An existing scenario with the same id is replaced atomically (delete and rewrite in
 * the same transaction) unless `onExisting: 'refuse'`. Database constraints are the second line: a
 * row they reject rolls everything back and comes back as an error, never as a throw.
 */
export function importScenario(db: Db, input: unknown, options: ImportOptions = {}): ImportResult {
  const parsed = parseWith(ScenarioSchema, input);
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  try {
    const write = db.transaction((): ImportResult => {
      const exists = db.prepare('SELECT 1 FROM scenarios WHERE id = ?').get(s.id) !== undefined;
      if (exists && options.onExisting === 'refuse') {
        return { ok: false, errors: [{ path: 'id', message: `scenario "${s.id}" already exists` }] };
      }
      if (exists) db.prepare('DELETE FROM scenarios WHERE id = ?').run(s.id);
      writeScenario(db, s);
      return { ok: true, id: s.id, replaced: exists };
    });
    return write.immediate();
  } catch (e) {
    if (e instanceof RowRejected) return { ok: false, errors: [rejectionToError(e)] };
    throw e;
  }
}

/** Writes parents before children: foreign keys are checked row by row. */
function writeScenario(db: Db, s: Scenario): void {
  insertRow(db, 'scenarios', {
    id: s.id,
    format_version: s.formatVersion,
    name: s.name,
    description: s.description,
    rules_version: s.rulesVersion,
    now: s.now,
    window_start: s.window.start,
    window_end: s.window.end,
  });
  writeScenarioContent(db, s);
}

/** Every row below the `scenarios` row, parents before children, lists in their order. */
export function writeScenarioContent(db: Db, s: Scenario): void {
  writeSites(db, s.id, s.sites);
  writeCarriers(db, s.id, s.carriers);
  writeEntryRequirements(db, s.id, s.entryRequirements);
  writeAvailability(db, s.id, s.availability);
  writeFlights(db, s.id, s.flights);
  writeCases(db, s.id, s.cases);
  writePinned(db, s.id, s.pinned);
}

/** The scenario as imported (defaults filled in, lists in their order), or undefined if absent. */
export function exportScenario(db: Db, id: string): Scenario | undefined {
  const read = db.transaction(() => {
    const row = db.prepare('SELECT * FROM scenarios WHERE id = ?').get(id) as DbRow | undefined;
    if (row === undefined) return undefined;
    const scenario: Scenario = compact({
      formatVersion: 1 as const,
      id: text(row, 'id'),
      name: text(row, 'name'),
      description: optText(row, 'description'),
      rulesVersion: text(row, 'rules_version'),
      now: text(row, 'now'),
      window: { start: text(row, 'window_start'), end: text(row, 'window_end') },
      sites: readSites(db, id),
      carriers: readCarriers(db, id),
      entryRequirements: readEntryRequirements(db, id),
      availability: readAvailability(db, id),
      flights: readFlights(db, id),
      cases: readCases(db, id),
      pinned: readPinned(db, id),
    });
    return scenario;
  });
  // One read transaction: a consistent snapshot even while another connection writes.
  return read.deferred();
}

export function listScenarios(db: Db): ScenarioSummary[] {
  const rows = db
    .prepare(
      `SELECT s.*, (SELECT count(*) FROM cases c WHERE c.scenario_id = s.id) AS case_count
       FROM scenarios s ORDER BY s.id`,
    )
    .all() as DbRow[];
  return rows.map((r) => ({
    id: text(r, 'id'),
    name: text(r, 'name'),
    rulesVersion: text(r, 'rules_version'),
    now: text(r, 'now'),
    window: { start: text(r, 'window_start'), end: text(r, 'window_end') },
    cases: int(r, 'case_count'),
    importedAt: text(r, 'imported_at'),
  }));
}

/** Deletes the scenario and everything in it; false when there was none with that id. */
export function deleteScenario(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM scenarios WHERE id = ?').run(id).changes > 0;
}
