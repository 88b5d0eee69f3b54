import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario, parseWith } from '../../src/domain/index.ts';
import { fixtureScenario } from '../store/fixture.ts';
import { rotonde, tempDir, writeScenario } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const parsedFixture = () => {
  const p = parseWith(Scenario, fixtureScenario());
  if (!p.ok) throw new Error('fixture invalid');
  return p.value;
};

describe('rotonde db', () => {
  it('import then export gives back the scenario with defaults filled in', async () => {
    const db = tmp.path('round.db');
    const imported = await rotonde('db', 'import', '--db', db, writeScenario(tmp.path('s.json')));
    expect(imported).toMatchObject({ code: 0, stdout: `imported scenario fixture-1 in ${db}\n` });
    const exported = await rotonde('db', 'export', '--db', db, '--id', 'fixture-1');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toStrictEqual(parsedFixture());
  });

  it('export --out writes the file', async () => {
    const db = tmp.path('out.db');
    await rotonde('db', 'import', '--db', db, writeScenario(tmp.path('s.json')));
    const out = tmp.path('exported.json');
    expect((await rotonde('db', 'export', '--db', db, '--id', 'fixture-1', '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toStrictEqual(parsedFixture());
  });

  it('lists what is stored; re-import replaces unless --refuse-existing', async () => {
    const db = tmp.path('list.db');
    const file = writeScenario(tmp.path('s.json'));
    await rotonde('db', 'import', '--db', db, file);
    expect((await rotonde('db', 'import', '--db', db, file)).stdout).toMatch(/^replaced scenario fixture-1/);
    const refused = await rotonde('db', 'import', '--db', db, '--refuse-existing', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('id: scenario "fixture-1" already exists');
    const list = await rotonde('db', 'list', '--db', db);
    expect(list.stdout).toMatch(
      /^id +cases +window +rules +name\nfixture-1 +4 +2026-09-01\.\.2026-09-21 +nl-2026-07 /,
    );
    const json = await rotonde('db', 'list', '--db', db, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject([{ id: 'fixture-1', cases: 4 }]);
  });

  it('refuses an invalid scenario with field paths, storing nothing', async () => {
    const db = tmp.path('invalid.db');
    const file = writeScenario(tmp.path('bad.json'), (s) => (s.pinned.departures[0].flightId = 'ghost'));
    const ran = await rotonde('db', 'import', '--db', db, file);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('pinned.departures[0].flightId: unknown flight "ghost"');
    expect((await rotonde('db', 'list', '--db', db)).stdout).toMatch(/^no scenarios in /);
  });

  it('reports an unknown id and a missing database file', async () => {
    const db = tmp.path('ids.db');
    await rotonde('db', 'import', '--db', db, writeScenario(tmp.path('s.json')));
    const unknown = await rotonde('db', 'export', '--db', db, '--id', 'nope');
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toMatch(/^no scenario "nope" in /);
    const missing = await rotonde('db', 'list', '--db', tmp.path('never-made.db'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^no database at .*never-made\.db/);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await rotonde('db', 'import', 'x.json')).code).toBe(2);
    expect((await rotonde('db', 'export', '--db', 'x.db', '--bogus')).stderr).toMatch(
      /^error: Unknown option '--bogus'/,
    );
    expect((await rotonde('db', 'frobnicate')).stderr).toMatch(/^error: unknown command "db frobnicate"/);
  });
});
