import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Scenario, parseWith } from '../../src/domain/index.ts';
import type { ScenarioInput } from '../../src/domain/index.ts';
import {
  deleteScenario,
  exportScenario,
  importScenario,
  listScenarios,
  openDatabase,
} from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import { scenarioArb } from '../arbitraries/scenario.ts';
import { dumpDatabase, scenarioTables } from './dump.ts';
import { fixtureScenario } from './fixture.ts';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

function parsed(input: ScenarioInput): Scenario {
  const result = parseWith(Scenario, input);
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

let db: Db;
beforeEach(() => (db = openDatabase(':memory:')));
afterEach(() => db.close());

describe('scenario round trip', () => {
  it('exports the hand-built fixture exactly as parsed, defaults filled in', () => {
    expect(importScenario(db, fixtureScenario())).toEqual({ ok: true, id: 'fixture-1', replaced: false });
    expect(exportScenario(db, 'fixture-1')).toStrictEqual(parsed(fixtureScenario()));
  });

  it('the fixture puts rows in every table', () => {
    importScenario(db, fixtureScenario());
    const tables = new Set(scenarioTables(db));
    const empty = Object.entries(dumpDatabase(db)).filter(([t, rows]) => tables.has(t) && rows.length === 0);
    expect(empty.map(([t]) => t)).toEqual([]);
    expect(scenarioTables(db).length).toBeGreaterThan(15);
  });

  it('export(import(s)) deep-equals the parsed s for any valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb(), (input) => {
        const s = parsed(input);
        const fresh = openDatabase(':memory:');
        try {
          expect(importScenario(fresh, input)).toMatchObject({ ok: true, id: s.id });
          expect(exportScenario(fresh, s.id)).toStrictEqual(s);
        } finally {
          fresh.close();
        }
      }),
      { numRuns: 50, seed, interruptAfterTimeLimit: 30_000 },
    );
  });

  it('re-importing an id replaces the scenario, keeping nothing of the old one', () => {
    importScenario(db, fixtureScenario());
    const smaller: ScenarioInput = { ...fixtureScenario(), name: 'smaller', cases: [], pinned: undefined };
    expect(importScenario(db, smaller)).toEqual({ ok: true, id: 'fixture-1', replaced: true });
    expect(exportScenario(db, 'fixture-1')).toStrictEqual(parsed(smaller));
    expect(db.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(0);
  });

  it("refuses to replace with onExisting: 'refuse', writing nothing", () => {
    importScenario(db, fixtureScenario());
    const before = dumpDatabase(db);
    const result = importScenario(db, { ...fixtureScenario(), name: 'other' }, { onExisting: 'refuse' });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'id', message: 'scenario "fixture-1" already exists' }],
    });
    expect(dumpDatabase(db)).toEqual(before);
  });
});

describe('listing and deleting', () => {
  it('lists scenarios by id with their case counts', () => {
    importScenario(db, { ...fixtureScenario(), id: 'b' });
    importScenario(db, { ...fixtureScenario(), id: 'a', cases: [], pinned: undefined });
    const list = listScenarios(db);
    expect(list.map((s) => [s.id, s.cases])).toEqual([
      ['a', 0],
      ['b', 4],
    ]);
    expect(list[0]).toMatchObject({
      rulesVersion: 'nl-2026-07',
      window: { start: '2026-09-01', end: '2026-09-21' },
    });
  });

  it('delete removes every row of the scenario and only those', () => {
    importScenario(db, { ...fixtureScenario(), id: 'keep' });
    const before = dumpDatabase(db);
    importScenario(db, { ...fixtureScenario(), id: 'drop', cases: fixtureScenario().cases.map(renumber) });
    expect(deleteScenario(db, 'drop')).toBe(true);
    expect(deleteScenario(db, 'drop')).toBe(false);
    expect(dumpDatabase(db)).toEqual(before);
    expect(exportScenario(db, 'drop')).toBeUndefined();
  });

  it('two scenarios may hold the same person (V-numbers are unique per scenario)', () => {
    expect(importScenario(db, { ...fixtureScenario(), id: 'one' }).ok).toBe(true);
    expect(importScenario(db, { ...fixtureScenario(), id: 'two' }).ok).toBe(true);
  });
});

function renumber(c: ScenarioInput['cases'][number]): ScenarioInput['cases'][number] {
  return { ...c, persons: c.persons.map((p) => ({ ...p, vNumber: `2${p.vNumber.slice(1)}` })) };
}
