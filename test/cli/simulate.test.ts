import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandEntry } from '../../src/cli/command.ts';
import { runCli } from '../../src/cli/dispatch.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { COMMANDS } from '../../src/cli/registry.ts';
import { TARGETS_2021 } from '../../src/simulation/index.ts';
import type { Ran } from './helpers.ts';
import { tempDir } from './helpers.ts';

// The command under its registered name, whether or not the registry lists it yet.
const commands: CommandEntry[] = [
  ...COMMANDS.filter((c) => c.name !== 'simulate'),
  {
    name: 'simulate',
    summary: 'caseload simulation',
    load: () => import('../../src/cli/commands/simulate.ts'),
  },
];

async function rotonde(...argv: string[]): Promise<Ran> {
  const io = memoryIo();
  const code = await runCli(argv, io, commands);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const baseline = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL('../../data/scenarios/sim/baseline-2021.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('rotonde simulate calibrate', () => {
  it('prints every 2021 figure with target, mean, interval and verdict, and exits 0 on the baseline', async () => {
    const ran = await rotonde('simulate', 'calibrate', '--replications', '3');
    expect(ran.stderr).toBe('');
    const lines = ran.stdout.split('\n');
    expect(
      lines.some((l) => /^figure\s+target\s+simulated mean\s+95% interval\s+within tolerance$/.test(l)),
    ).toBe(true);
    for (const t of TARGETS_2021) {
      const line = lines.find((l) => l.startsWith(`${t.figure}  `));
      expect(line, t.figure).toBeDefined();
      expect(line).toContain(t.target.toLocaleString('en-US'));
      expect(line).toMatch(/\d – [\d,]+\s+(yes|no)$/);
    }
    expect(ran.stdout).toContain(`${TARGETS_2021.length} of ${TARGETS_2021.length} figures within tolerance`);
    expect(ran.code).toBe(0);
  }, 30_000);

  it('gives the rows as JSON with an exit code that agrees with them', async () => {
    const ran = await rotonde('simulate', 'calibrate', '--replications', '2', '--seed', 'other', '--json');
    const json = JSON.parse(ran.stdout) as {
      seed: string;
      replications: number;
      allWithin: boolean;
      rows: { figure: string; withinTolerance: boolean; ci95: number[] }[];
    };
    expect(json).toMatchObject({ seed: 'other', replications: 2 });
    expect(json.rows.map((r) => r.figure)).toEqual(TARGETS_2021.map((t) => t.figure));
    expect(json.allWithin).toBe(json.rows.every((r) => r.withinTolerance));
    expect(ran.code).toBe(json.allWithin ? 0 : 1);
  }, 30_000);

  it('rejects a replication count that is not a positive whole number (exit 2)', async () => {
    const ran = await rotonde('simulate', 'calibrate', '--replications', '0');
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('--replications must be a positive whole number');
  });
});

describe('rotonde simulate --scenario', () => {
  it('prints KPI means, a progress line per replication, and writes the three files with --out', async () => {
    const out = tmp.path('run');
    const ran = await rotonde(
      'simulate',
      ...['--scenario', 'baseline-2021', '--days', '20', '--replications', '3', '--seed', '7', '--out', out],
    );
    expect(ran.code).toBe(0);
    expect(ran.stderr.trimEnd().split('\n')).toHaveLength(3);
    expect(ran.stderr).toMatch(/^replication 1\/3: 20 days in /);
    for (const label of [
      'independent departures',
      'forced departures',
      'Dublin transfers',
      'Dublin lapses',
      'departed, destination unknown (MOB)',
      'outflow without departure',
      'caseload at end of period',
    ])
      expect(ran.stdout).toContain(label);

    const kpisCsv = readFileSync(`${out}/kpis.csv`, 'utf8').trimEnd().split('\n');
    expect(kpisCsv[0]).toBe(
      'replication,independentDepartures,forcedDepartures,dublinTransfers,dublinLapses,mob,outflowWithoutDeparture,finalCaseload',
    );
    expect(kpisCsv).toHaveLength(1 + 3);
    expect(kpisCsv.slice(1).map((l) => l.split(',')[0])).toEqual(['1', '2', '3']);

    const daily = readFileSync(`${out}/daily.csv`, 'utf8').trimEnd().split('\n');
    const header = daily[0]?.split(',') ?? [];
    expect(header.slice(0, 2)).toEqual(['day', 'replication']);
    expect(header).toEqual(expect.arrayContaining(['caseload', 'inflow.ind', 'outflow.mob', 'dublinLapsed']));
    expect(daily).toHaveLength(1 + 20 * 3);
    expect(daily.slice(1).every((l) => l.split(',').length === header.length)).toBe(true);
    expect(daily[1]?.startsWith('0,1,')).toBe(true);
    expect(daily.at(-1)?.startsWith('19,3,')).toBe(true);

    const kpis = JSON.parse(readFileSync(`${out}/kpis.json`, 'utf8')) as {
      scenario: string;
      kpis: { key: string; mean: number; ci95: number[] }[];
      replicationKpis: unknown[];
    };
    expect(kpis.scenario).toBe('baseline-2021');
    expect(kpis.kpis).toHaveLength(7);
    expect(kpis.replicationKpis).toHaveLength(3);
    const caseload = kpis.kpis.find((k) => k.key === 'finalCaseload');
    const finals = kpisCsv.slice(1).map((l) => Number(l.split(',').at(-1)));
    expect(caseload?.mean).toBeCloseTo(finals.reduce((a, b) => a + b, 0) / 3, 6);
  }, 30_000);

  it('is reproducible for a seed (same file, same numbers)', async () => {
    const file = tmp.path('copy.json');
    writeFileSync(file, JSON.stringify(baseline()));
    const a = await rotonde('simulate', '--scenario', file, '--days', '10', '--replications', '2', '--json');
    const b = await rotonde(
      'simulate',
      '--scenario',
      'baseline-2021',
      '--days',
      '10',
      '--replications',
      '2',
      '--json',
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('reports a broken scenario file as "path: message" lines and exits 1', async () => {
    const s = baseline();
    const params = s.parameters as Record<string, unknown>;
    (params.inflowPerYear as Record<string, unknown>).ind = 'many';
    delete params.familyShare;
    const file = tmp.path('broken.json');
    writeFileSync(file, JSON.stringify(s));
    const ran = await rotonde('simulate', '--scenario', file, '--replications', '1');
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    const lines = ran.stderr.split('\n');
    expect(lines).toContain('parameters.inflowPerYear.ind: Invalid input: expected number, received string');
    expect(lines).toContain('parameters.familyShare: Invalid input: expected number, received undefined');
  });

  it('reports nationality shares that do not sum to 1 and an unknown scenario name, exit 1', async () => {
    const s = baseline();
    const groups = (s.parameters as { nationalities: { share: number }[] }).nationalities;
    groups[0]!.share = 0.9;
    const file = tmp.path('shares.json');
    writeFileSync(file, JSON.stringify(s));
    const shares = await rotonde('simulate', '--scenario', file);
    expect(shares.code).toBe(1);
    expect(shares.stderr).toMatch(/^parameters\.nationalities: nationality shares sum to/);

    const unknown = await rotonde('simulate', '--scenario', 'no-such-scenario');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown scenario "no-such-scenario" (known: baseline-2021)');
  });

  it('needs --scenario (exit 2 with the usage)', async () => {
    const ran = await rotonde('simulate');
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('missing --scenario');
    expect(ran.stderr).toContain('rotonde simulate calibrate');
  });
});
