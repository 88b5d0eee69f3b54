import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportScenario, importScenario, openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import { dumpDatabase, scenarioTables } from './dump.ts';
import { fixtureScenario } from './fixture.ts';
import type { Json } from './fixture.ts';

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
  // Something already there, so "nothing written" also means "nothing lost".
  importScenario(db, { ...fixtureScenario(), id: 'existing' });
});
afterEach(() => db.close());

/** The fixture with one change made by `edit` to a JSON copy. */
function broken(edit: (s: Json) => void): unknown {
  const s = structuredClone(fixtureScenario()) as Json;
  s.id = 'existing';
  edit(s);
  return s;
}

describe('a bad scenario is rejected and leaves the database exactly as before', () => {
  const cases: [string, (s: Json) => void, string][] = [
    ['unknown field', (s) => (s.cases[1].nickname = 'x'), 'cases[1]'],
    [
      'dangling reference',
      (s) => (s.cases[0].consents[0].requirementId = 'nope'),
      'cases[0].consents[0].requirementId',
    ],
    [
      'wrong type',
      (s) => (s.sites.detentionCentres[0].wings[0].places = '40'),
      'sites.detentionCentres[0].wings[0].places',
    ],
    [
      'impossible date',
      (s) => (s.cases[2].persons[0].birthDate = '2026-02-30'),
      'cases[2].persons[0].birthDate',
    ],
    ['not an object', (s) => Object.keys(s).forEach((k) => delete s[k]), 'formatVersion'],
  ];
  it.each(cases)('%s', (_, edit, path) => {
    const before = dumpDatabase(db);
    const result = importScenario(db, broken(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
    expect(dumpDatabase(db)).toEqual(before);
  });
});

describe('a failure in the middle of the write rolls everything back', () => {
  it('on whichever table the database refuses a row', () => {
    const tables = scenarioTables(db);
    for (const table of tables) {
      const before = dumpDatabase(db);
      db.exec(
        `CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.${table} BEGIN SELECT RAISE(ABORT, 'injected'); END`,
      );
      const result = importScenario(db, { ...fixtureScenario(), id: 'existing', name: 'replacement' });
      db.exec('DROP TRIGGER temp.refuse');
      expect(result, table).toMatchObject({
        ok: false,
        errors: [{ message: expect.stringMatching(/injected/) }],
      });
      expect(dumpDatabase(db), table).toEqual(before);
    }
    expect(exportScenario(db, 'existing')?.name).toBe(fixtureScenario().name);
  });

  it('when two airports share a code (the schema and the constraints both refuse it)', () => {
    const before = dumpDatabase(db);
    const input = broken((s) => s.sites.airports.push({ ...s.sites.airports[1], name: 'Lagos again' }));
    const result = importScenario(db, input);
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'sites.airports[3].code' }] });
    expect(dumpDatabase(db)).toEqual(before);
  });
});
