// `rotonde check --plan` (the officer's answer) and `rotonde plan --unblock`, in-process, on the
// committed small scenario. Answers are judged against the scenario and the plan, not stored text.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotonde, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const scenarioFile = 'data/scenarios/small.json';
const planFile = tmp.path('plan.json');
const flights = new Set<string>(
  JSON.parse(readFileSync(scenarioFile, 'utf8')).flights.map((f: { id: string }) => f.id),
);

type PlanJson = {
  departures: { caseId: string; flightId: string }[];
  leftOut: { caseId: string; code: string; unblockedBy?: string }[];
};
let plan: PlanJson;

beforeAll(async () => {
  const ran = await rotonde('plan', '--scenario', scenarioFile, '--out', planFile, '--time-limit', '10');
  expect(ran.code).toBe(0);
  plan = JSON.parse(readFileSync(planFile, 'utf8')) as PlanJson;
});

const officerOf = async (...args: string[]) => {
  const ran = await rotonde('check', '--scenario', scenarioFile, '--json', ...args);
  expect(ran.code).toBe(0);
  return { officer: JSON.parse(ran.stdout).officer, stderr: ran.stderr };
};

describe('rotonde check: the officer answer', () => {
  it('without --plan, gives the earliest departure against an empty plan, then alternatives', async () => {
    const ran = await rotonde('check', '--scenario', scenarioFile, '--case', 'C-00001');
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(/^Deadlines\n/m);
    expect(ran.stdout).toMatch(/^Officer check against an empty plan \(all capacity free\)$/m);
    expect(ran.stdout).toMatch(
      /^ {2}earliest departure +flight \S+ to [A-Z]{2} at \d{4}-\d\d-\d\dT\d\d:\d\d; /m,
    );
    const { officer } = await officerOf('--case', 'C-00001');
    expect(officer.against).toBe('empty plan');
    expect(flights.has(officer.earliest.flightId)).toBe(true);
    expect(officer.alternatives.length).toBeLessThanOrEqual(3);
    for (const a of officer.alternatives) expect(ran.stdout).toContain(`flight ${a.flightId} `);
  });

  it('prints the blocker of a case blocked by a condition, with its rule id', async () => {
    const ran = await rotonde('check', '--scenario', scenarioFile, '--case', 'C-MOB-DZ');
    expect(ran.stdout).toMatch(/^ {2}blocked +condition\.not-met: /m);
    expect(ran.stdout).toMatch(/^ {4}rules: removal\.available/m);
    const { officer } = await officerOf('--case', 'C-MOB-DZ');
    expect(officer).toMatchObject({
      earliest: null,
      alternatives: [],
      blocked: { code: 'condition.not-met' },
    });
    expect(officer.blocked.ruleIds).toContain('removal.available');
  });

  it('with --plan, shows what the plan gave a scheduled case, without warnings', async () => {
    const departure = plan.departures[0]!;
    const { officer, stderr } = await officerOf('--case', departure.caseId, '--plan', planFile);
    expect(stderr).toBe('');
    expect(officer).toMatchObject({
      against: 'plan',
      unmatched: [],
      planned: { flightId: departure.flightId },
    });
    const text = await rotonde(
      'check',
      '--scenario',
      scenarioFile,
      '--case',
      departure.caseId,
      '--plan',
      planFile,
    );
    expect(text.stdout).toContain(`Officer check against the plan ${planFile}`);
    expect(text.stdout).toMatch(new RegExp(`^ {2}planned now +flight ${departure.flightId} `, 'm'));
  });

  it('with --plan, a case left out for capacity is blocked with the exhausted resources', async () => {
    const left = plan.leftOut.find((e) => e.code === 'capacity.exhausted');
    expect(left).toBeDefined();
    const { officer } = await officerOf('--case', left!.caseId, '--plan', planFile);
    expect(officer.earliest).toBeNull();
    expect(officer.blocked.code).toBe('capacity.exhausted');
    expect(officer.blocked.exhausted.length).toBeGreaterThan(0);
    // Against an empty plan the same case has room.
    expect((await officerOf('--case', left!.caseId)).officer.earliest).not.toBeNull();
  });

  it('warns about plan entries that match no lawful option', async () => {
    const edited = JSON.parse(readFileSync(planFile, 'utf8'));
    const moved = edited.departures[0];
    const other = [...flights].find((f) => f !== moved.flightId)!;
    moved.flightId = other;
    const file = tmp.path('unmatched.json');
    writeFileSync(file, JSON.stringify(edited));
    const { officer, stderr } = await officerOf('--case', moved.caseId, '--plan', file);
    expect(stderr).toMatch(
      /^warning: 1 plan entry with no matching lawful option, treated as not planned: /m,
    );
    expect(officer.unmatched).toEqual([moved.caseId]);
    expect(officer.planned).toBeNull();
  });

  it('reports a plan file that is missing or not a plan', async () => {
    const missing = await rotonde(
      'check',
      '--scenario',
      scenarioFile,
      '--case',
      'C-00001',
      '--plan',
      tmp.path('none.json'),
    );
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('cannot read');
    const bad = tmp.path('bad.json');
    writeFileSync(bad, JSON.stringify({ formatVersion: 1 }));
    const wrong = await rotonde('check', '--scenario', scenarioFile, '--case', 'C-00001', '--plan', bad);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/bad\.json: scenarioId: /);
  });
});

describe('rotonde plan --unblock', () => {
  it('prints one line per left-out case it can unblock, the same as the plan file says', async () => {
    const out = tmp.path('unblocked.json');
    const ran = await rotonde(
      'plan',
      '--scenario',
      scenarioFile,
      '--unblock',
      '--out',
      out,
      '--time-limit',
      '10',
    );
    expect(ran.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as PlanJson;
    const unblocked = written.leftOut.filter((e) => e.unblockedBy);
    expect(unblocked.length).toBeGreaterThan(0);
    const lines = ran.stdout.split('\n').filter((l) => l.startsWith('unblock '));
    expect(lines).toEqual(unblocked.map((e) => `unblock ${e.caseId}: ${e.unblockedBy}`));
    for (const e of unblocked)
      expect(e.unblockedBy).toMatch(/^\+\d+ .+ \(confirmed by re-solving with .+\)$/);
  });

  it('takes a list of case ids, and --json lists what it found', async () => {
    const left = plan.leftOut.find((e) => e.code === 'capacity.exhausted')!;
    const ran = await rotonde(
      'plan',
      '--scenario',
      scenarioFile,
      '--unblock',
      `${left.caseId},NO-SUCH`,
      '--json',
      '--time-limit',
      '10',
    );
    const json = JSON.parse(ran.stdout);
    for (const u of json.unblocked) expect(u.caseId).toBe(left.caseId);
    expect((await rotonde('plan', '--scenario', scenarioFile, '--unblock', ',')).code).toBe(1);
  });
});
