import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case, Flight, ScenarioInput } from '../../src/domain/index.ts';
import { Scenario, parseWith } from '../../src/domain/index.ts';
import { exportScenario, importScenario, openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import {
  resolveDataQualityIssue,
  upsertAvailability,
  upsertCase,
  upsertFlight,
  upsertSite,
} from '../../src/store/ingest.ts';
import type { UpsertResult } from '../../src/store/ingest.ts';
import { listDataQualityIssues, openIssueCaseIds } from '../../src/store/data-quality.ts';
import { dumpDatabase } from './dump.ts';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const small = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8')) as ScenarioInput;
const SID = 'small-seed-7';
const dir = mkdtempSync(join(tmpdir(), 'rotonde-ingest-'));
let files = 0;

/** A temporary file database holding the small scenario. */
function freshDb(): Db {
  const db = openDatabase(join(dir, `ingest-${String(files++)}.db`));
  expect(importScenario(db, small)).toMatchObject({ ok: true });
  return db;
}

function exported(db: Db) {
  const s = exportScenario(db, SID);
  if (s === undefined) throw new Error('scenario missing');
  return s;
}

const newFlight = (over: Partial<Flight> = {}): Flight =>
  ({
    id: 'F-NEW-1',
    kind: 'scheduled',
    carrier: 'TK',
    flightNumber: 'TK1952',
    departureAirport: 'AMS',
    departure: '2026-12-09T10:00',
    arrivalAirport: 'IST',
    arrival: '2026-12-09T14:30',
    destinationCountry: 'TR',
    transits: [],
    seats: 4,
    escortDutyDays: 2,
    ...over,
  }) as Flight;

/** The second case of small.json (one person, SY, in a COA location) as stored, with `over` applied. */
function storedCase(db: Db, over: (c: Case) => Case = (c) => c): Case {
  const c = exported(db).cases.find((x) => x.id === 'C-AMMR-0915');
  if (c === undefined) throw new Error('case missing');
  return over(structuredClone(c));
}

/** The same as a feed sends it: without its own `version`, which the feed's envelope gives. */
function caseOf(db: Db, over: (c: Case) => Case = (c) => c): Omit<Case, 'version'> {
  const record: Omit<Case, 'version'> & { version?: number } = storedCase(db, over);
  delete record.version;
  return record;
}

const withNationality = (nationality: string) => (c: Case) => ({
  ...c,
  persons: c.persons.map((p, i) => (i === 0 ? { ...p, nationality } : p)),
});

let db: Db;
beforeEach(() => (db = freshDb()));
afterEach(() => db.close());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('upserts by external id and version', () => {
  it('creates a new flight, appended after the imported ones', () => {
    expect(upsertFlight(db, SID, newFlight(), { version: 1, source: 'kmar' })).toEqual({
      kind: 'written',
      created: true,
      changed: true,
      version: 1,
    });
    expect(exported(db).flights.at(-1)).toEqual(newFlight());
  });

  it('the same version and payload again is a no-op that writes nothing', () => {
    upsertFlight(db, SID, newFlight(), { version: 1, source: 'kmar' });
    const before = dumpDatabase(db);
    expect(upsertFlight(db, SID, newFlight(), { version: 1, source: 'kmar' })).toEqual({
      kind: 'unchanged',
      changed: false,
      version: 1,
    });
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('a lower version, or the same version with another payload, is stale and names the current one', () => {
    upsertFlight(db, SID, newFlight(), { version: 3, source: 'kmar' });
    const before = dumpDatabase(db);
    const lower = upsertFlight(db, SID, newFlight(), { version: 2, source: 'kmar' });
    expect(lower).toMatchObject({
      kind: 'stale',
      conflict: 'stale',
      current: { version: 3, source: 'kmar' },
    });
    const same = upsertFlight(db, SID, newFlight({ seats: 9 }), { version: 3, source: 'kmar' });
    expect(same).toMatchObject({ kind: 'stale', current: { version: 3 } });
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('a higher version updates the record in place, keeping its position', () => {
    const id = 'F-2026-12-07-PC1254-SAW';
    const old = exported(db).flights[0] as Flight;
    expect(upsertFlight(db, SID, { ...old, seats: 7 }, { version: 2, source: 'kmar' })).toMatchObject({
      kind: 'written',
      created: false,
    });
    const flights = exported(db).flights;
    expect(flights[0]).toMatchObject({ id, seats: 7 });
    expect(flights).toHaveLength(small.flights.length);
  });

  it('an imported record is at version 1 (a case at its own version) from source "import"', () => {
    const old = exported(db).flights[0] as Flight;
    expect(upsertFlight(db, SID, old, { version: 1, source: 'kmar' })).toMatchObject({ kind: 'unchanged' });
    const moved = upsertCase(
      db,
      SID,
      caseOf(db, (c) => ({ ...c, nonRefoulementBar: true })),
      {
        version: 1,
        source: 'ind',
      },
    );
    expect(moved).toMatchObject({
      kind: 'stale',
      current: { version: 1, source: 'import', updatedAt: null },
    });
  });

  it('a case takes the feed version as its own, and refuses a record version that differs', () => {
    const next = caseOf(db, (c) => ({ ...c, nonRefoulementBar: true }));
    expect(upsertCase(db, SID, next, { version: 5, source: 'ind' })).toMatchObject({ kind: 'written' });
    expect(storedCase(db)).toMatchObject({ version: 5, nonRefoulementBar: true });
    expect(upsertCase(db, SID, { ...next, version: 6 }, { version: 7, source: 'ind' })).toEqual({
      kind: 'invalid',
      errors: [{ path: 'version', message: 'differs from the feed version 7' }],
    });
  });

  it('availability and sites are upserted into their own lists', () => {
    const team = { id: 'team-x', window: { from: '2026-12-08T09:00', to: '2026-12-08T13:00' }, capacity: 2 };
    const police = upsertAvailability(db, SID, 'police', { ...team, policeRegionId: 'limburg' }, feed(1));
    expect(police).toMatchObject({ kind: 'written', created: true });
    const airport = { code: 'LHR', name: 'Heathrow', country: 'GB', timeZone: 'Europe/London' };
    expect(upsertSite(db, SID, 'airports', airport, feed(1))).toMatchObject({
      kind: 'written',
      created: true,
    });
    const s = exported(db);
    expect(s.availability.police.at(-1)).toEqual({ ...team, policeRegionId: 'limburg' });
    expect(s.sites.airports.at(-1)).toEqual({ ...airport, departureAirport: false });
  });
});

const feed = (version: number, source = 'kmar') => ({ version, source });

describe('conflicting feeds', () => {
  it('a second source contradicting a nationality opens an issue instead of overwriting', () => {
    expect(upsertCase(db, SID, caseOf(db), feed(2, 'ind'))).toMatchObject({ kind: 'written' });
    const result = upsertCase(db, SID, caseOf(db, withNationality('IQ')), feed(3, 'coa'));
    expect(result).toMatchObject({
      kind: 'data-quality',
      dataQualityIssues: [
        {
          caseId: 'C-AMMR-0915',
          vNumber: '2359147995',
          field: 'nationality',
          values: { ind: 'SY', coa: 'IQ' },
          sources: ['ind', 'coa'],
        },
      ],
    });
    expect(caseOf(db).persons[0]?.nationality).toBe('SY');
    expect(listDataQualityIssues(db, SID, { open: true })).toHaveLength(1);
    expect(openIssueCaseIds(db, SID)).toEqual(new Set(['C-AMMR-0915']));
  });

  it('the same contradiction sent again reuses the open issue', () => {
    upsertCase(db, SID, caseOf(db, withNationality('IQ')), feed(2, 'coa'));
    upsertCase(db, SID, caseOf(db, withNationality('IQ')), feed(2, 'coa'));
    upsertCase(db, SID, caseOf(db, withNationality('IQ')), feed(3, 'coa'));
    expect(listDataQualityIssues(db, SID)).toHaveLength(1);
  });

  it('the same source correcting its own record is an update, not an issue', () => {
    upsertCase(db, SID, caseOf(db), feed(2, 'ind'));
    expect(upsertCase(db, SID, caseOf(db, withNationality('IQ')), feed(3, 'ind'))).toMatchObject({
      kind: 'written',
    });
    expect(listDataQualityIssues(db, SID)).toEqual([]);
  });

  it('resolving writes the chosen value as a new version and closes the issue', () => {
    upsertCase(db, SID, caseOf(db), feed(2, 'ind'));
    const conflict = upsertCase(db, SID, caseOf(db, withNationality('IQ')), feed(3, 'coa'));
    if (conflict.kind !== 'data-quality') throw new Error('expected a data-quality conflict');
    const id = conflict.dataQualityIssues[0]?.id ?? -1;
    const resolved = resolveDataQualityIssue(db, SID, id, { value: 'IQ', by: 'Admin' });
    expect(resolved).toMatchObject({
      kind: 'resolved',
      version: 3,
      issue: { id, resolution: { value: 'IQ', by: 'Admin', version: 3 } },
    });
    expect(storedCase(db)).toMatchObject({ version: 3, persons: [{ nationality: 'IQ' }] });
    expect(openIssueCaseIds(db, SID).size).toBe(0);
    expect(listDataQualityIssues(db, SID, { open: false })).toHaveLength(1);
    expect(resolveDataQualityIssue(db, SID, id, { value: 'SY', by: 'Admin' })).toMatchObject({
      kind: 'already-resolved',
    });
  });

  it('a resolution value invalid for the field is refused, naming `value`', () => {
    upsertCase(db, SID, caseOf(db, withNationality('IQ')), feed(2, 'coa'));
    const [issue] = listDataQualityIssues(db, SID);
    const before = dumpDatabase(db);
    const result = resolveDataQualityIssue(db, SID, issue?.id ?? -1, { value: 'Syria', by: 'Admin' });
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid')
      expect(new Set(result.errors.map((e) => e.path))).toEqual(new Set(['value']));
    expect(dumpDatabase(db)).toEqual(before);
    expect(resolveDataQualityIssue(db, SID, 999, { value: 'SY', by: 'Admin' })).toEqual({
      kind: 'not-found',
    });
  });
});

describe('bad input', () => {
  const cases: [string, () => UpsertResult, string][] = [
    ['an unknown field', () => upsertFlight(db, SID, { ...newFlight(), gate: 'D7' }, feed(1)), '(document)'],
    ['a wrong type', () => upsertFlight(db, SID, { ...newFlight(), seats: 'four' }, feed(1)), 'seats'],
    [
      'an unknown airport',
      () => upsertFlight(db, SID, newFlight({ arrivalAirport: 'XXX' }), feed(1)),
      'arrivalAirport',
    ],
    [
      'an unknown COA location',
      () =>
        upsertCase(
          db,
          SID,
          caseOf(db, (c) => ({ ...c, location: { kind: 'coa', coaLocationId: 'coa-x' } })),
          feed(2),
        ),
      'location.coaLocationId',
    ],
    [
      'an unknown police region',
      () =>
        upsertAvailability(
          db,
          SID,
          'lawyers',
          {
            id: 'l-x',
            window: { from: '2026-12-08T09:00', to: '2026-12-08T13:00' },
            capacity: 1,
            policeRegionId: 'x',
          },
          feed(1),
        ),
      'policeRegionId',
    ],
    [
      'an unknown police region of a COA location',
      () =>
        upsertSite(
          db,
          SID,
          'coaLocations',
          { id: 'c', name: 'C', municipality: 'M', policeRegionId: 'x' },
          feed(1),
        ),
      'policeRegionId',
    ],
    ['a version of 0', () => upsertFlight(db, SID, newFlight(), feed(0)), 'version'],
  ];

  it.each(cases)(
    '%s is refused with the field path and leaves the database unchanged',
    (_name, run, path) => {
      const before = dumpDatabase(db);
      const result = run();
      expect(result.kind).toBe('invalid');
      if (result.kind === 'invalid') expect(result.errors.map((e) => e.path)).toContain(path);
      expect(dumpDatabase(db)).toEqual(before);
    },
  );
});

type Step =
  | { op: 'flight'; id: string; version: number; seats: unknown; airport: string; extra: boolean }
  | { op: 'case'; version: number; source: string; nationality: string; sex: string }
  | { op: 'police'; version: number; capacity: number; region: string }
  | { op: 'resolve'; id: number; value: string };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('flight' as const),
    id: fc.constantFrom('F-NEW-1', 'F-NEW-2', 'F-2026-12-07-PC1254-SAW'),
    version: fc.integer({ min: 0, max: 4 }),
    seats: fc.oneof(fc.integer({ min: -1, max: 9 }), fc.constant('many')),
    airport: fc.constantFrom('IST', 'SAW', 'XXX'),
    extra: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('case' as const),
    version: fc.integer({ min: 1, max: 5 }),
    source: fc.constantFrom('ind', 'coa'),
    nationality: fc.constantFrom('SY', 'IQ', 'QQ'),
    sex: fc.constantFrom('M', 'F', '?'),
  }),
  fc.record({
    op: fc.constant('police' as const),
    version: fc.integer({ min: 1, max: 3 }),
    capacity: fc.integer({ min: 0, max: 60 }),
    region: fc.constantFrom('limburg', 'nowhere'),
  }),
  fc.record({
    op: fc.constant('resolve' as const),
    id: fc.integer({ min: 1, max: 3 }),
    value: fc.constantFrom('SY', 'IQ', 'bad'),
  }),
);

function runStep(d: Db, step: Step): string {
  const window = { from: '2026-12-08T09:00', to: '2026-12-08T13:00' };
  switch (step.op) {
    case 'flight': {
      const record = { ...newFlight({ id: step.id, arrivalAirport: step.airport }), seats: step.seats };
      return upsertFlight(d, SID, step.extra ? { ...record, gate: 1 } : record, feed(step.version)).kind;
    }
    case 'case': {
      const record = caseOf(d, (c) => ({
        ...c,
        persons: c.persons.map((p) => ({ ...p, nationality: step.nationality, sex: step.sex as 'M' })),
      }));
      return upsertCase(d, SID, record, feed(step.version, step.source)).kind;
    }
    case 'police': {
      const record = { id: 'team-x', window, capacity: step.capacity, policeRegionId: step.region };
      return upsertAvailability(d, SID, 'police', record, feed(step.version)).kind;
    }
    case 'resolve':
      return resolveDataQualityIssue(d, SID, step.id, { value: step.value, by: 'prop' }).kind;
  }
}

describe('the store under any sequence of upserts', () => {
  it('never corrupts: after every step the scenario parses, integrity holds, and a refusal writes nothing', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 8 }), (steps) => {
        const d = freshDb();
        try {
          for (const step of steps) {
            const before = dumpDatabase(d);
            const kind = runStep(d, step);
            if (kind === 'invalid' || kind === 'stale' || kind === 'unchanged' || kind === 'not-found') {
              expect(dumpDatabase(d)).toEqual(before);
            }
            expect(parseWith(Scenario, exportScenario(d, SID)).ok).toBe(true);
            expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
            expect(d.pragma('foreign_key_check')).toEqual([]);
          }
        } finally {
          d.close();
        }
      }),
      { numRuns: 30, seed, interruptAfterTimeLimit: 40_000 },
    );
  });
});
