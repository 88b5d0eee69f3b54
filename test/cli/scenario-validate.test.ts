import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { rotonde, tempDir, writeScenario } from './helpers.ts';
import type { Json } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('rotonde scenario validate', () => {
  it('says ok with the size of a valid scenario and exits 0', async () => {
    const ran = await rotonde('scenario', 'validate', writeScenario(tmp.path('ok.json')));
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(/^ok: fixture-1: 4 cases \(5 persons\), 2 flights, /);
  });

  const broken: [string, (s: Json) => void, string][] = [
    [
      'wrong type',
      (s) => (s.sites.detentionCentres[0].wings[0].places = 'forty'),
      'sites.detentionCentres[0].wings[0].places: Invalid input: expected number, received string',
    ],
    ['unknown field', (s) => (s.cases[3].nickname = 'x'), 'cases[3]: Unrecognized key: "nickname"'],
    [
      'dangling reference',
      (s) => (s.cases[1].location.coaLocationId = 'coa-nowhere'),
      'cases[1].location.coaLocationId: unknown COA location "coa-nowhere"',
    ],
    [
      'impossible date',
      (s) => (s.cases[3].persons[0].birthDate = '1990-02-30'),
      'cases[3].persons[0].birthDate: not a calendar date',
    ],
  ];
  it.each(broken)('prints a %s as "path: message" and exits 1', async (_, edit, line) => {
    const ran = await rotonde('scenario', 'validate', writeScenario(tmp.path('bad.json'), edit));
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.split('\n')).toContain(line);
  });

  it('prints every error, not only the first', async () => {
    const file = writeScenario(tmp.path('two.json'), (s) => {
      s.cases[0].regime = 'mystery';
      s.flights[1].allotment = -1;
    });
    const ran = await rotonde('scenario', 'validate', file);
    expect(ran.stderr).toMatch(/^cases\[0\]\.regime: /m);
    expect(ran.stderr).toMatch(/^flights\[1\]\.allotment: /m);
  });

  it('reports an unreadable file', async () => {
    const ran = await rotonde('scenario', 'validate', tmp.path('missing.json'));
    expect(ran).toMatchObject({ code: 1, stdout: '' });
    expect(ran.stderr).toMatch(/^cannot read .*missing\.json: ENOENT/);
  });

  it('reports bad JSON', async () => {
    writeFileSync(tmp.path('bad-json.json'), '{ "id": ');
    const ran = await rotonde('scenario', 'validate', tmp.path('bad-json.json'));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/bad-json\.json is not valid JSON: /);
  });

  it('exits 2 with the usage when FILE is missing, 0 with --help', async () => {
    const missing = await rotonde('scenario', 'validate');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: missing FILE\n\nUsage: rotonde scenario validate FILE/);
    const help = await rotonde('scenario', 'validate', '--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: rotonde scenario validate FILE/);
  });
});
