import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ran } from './helpers.ts';
import { rotonde, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const baseline = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL('../../data/scenarios/sim/baseline-2021.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

const usageFailure = (ran: Ran, message: string) => {
  expect(ran.code).toBe(2);
  expect(ran.stdout).toBe('');
  expect(ran.stderr).toContain(`error: ${message}`);
  expect(ran.stderr).toContain('Usage: rotonde simulate');
};

describe('rotonde simulate: options', () => {
  it('needs --scenario', async () => {
    usageFailure(await rotonde('simulate'), 'missing --scenario');
  });

  it.each([
    [['--days', '0'], '--days must be a whole number from 1 to 3660, not "0"'],
    [['--replications', 'many'], '--replications must be a whole number from 1 to 1000, not "many"'],
    [['--workers', '0'], '--workers must be a whole number from 1 to 64, not "0"'],
    [['--marginal-days', '2.5'], '--marginal-days must be a whole number from 1 to 3660, not "2.5"'],
    [['--lang', 'fr'], '--lang must be nl or en, not "fr"'],
    [['--no-marginal', '--marginal-replications', '3'], '--no-marginal cannot be combined with'],
    [['--seed', ''], '--seed must not be empty'],
    [['--inflow', 'lots'], '--inflow must be a whole number from 1 to 1000000, not "lots"'],
    [
      ['--factors', 'lawyers'],
      '--factors must be RESOURCE=FACTOR pairs with factors from 0 to 10, not "lawyers"',
    ],
    [['--factors', 'lawyers=11'], '--factors must be RESOURCE=FACTOR pairs'],
  ])('names the option in the error: %j', async (args, message) => {
    usageFailure(await rotonde('simulate', '--scenario', 'baseline-2021', ...args), message);
  });

  it('names the option of calibrate in the error', async () => {
    usageFailure(await rotonde('simulate', 'calibrate', '--replications', '0'), '--replications must be');
    usageFailure(await rotonde('simulate', 'calibrate', '--days', '3'), "Unknown option '--days'");
  });

  it('reports an unknown scenario and a broken scenario file by name and field (exit 1)', async () => {
    const unknown = await rotonde('simulate', '--scenario', 'no-such-scenario', '--no-marginal');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no scenario "no-such-scenario" (known: ');
    expect(unknown.stderr).toContain('baseline-2021');

    const s = baseline();
    (s.parameters as Record<string, unknown>).familyShare = 'many';
    const file = tmp.path('broken.json');
    writeFileSync(file, JSON.stringify(s));
    const broken = await rotonde('simulate', '--scenario', file, '--no-marginal');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json: .*parameters\.familyShare/);

    const badBaseline = await rotonde('simulate', '--scenario', 'baseline-2021', '--baseline', 'nope');
    expect(badBaseline.code).toBe(1);
    expect(badBaseline.stderr).toContain('baseline: scenario: no scenario "nope"');
  });
});

describe('rotonde simulate --inflow and --factors', () => {
  it('refuses a factor for something that is not a resource type, naming it (exit 1)', async () => {
    const ran = await rotonde('simulate', '--scenario', 'baseline-2021', '--factors', 'unicorns=2');
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('--factors.unicorns: not a resource type');
  });

  it("runs another year's inflow: the simulated inflow follows it, the rest of the scenario stays", async () => {
    const run = async (...extra: string[]) => {
      const ran = await rotonde(
        'simulate',
        ...['--scenario', 'baseline-2021', '--days', '30', '--replications', '2', '--baseline', 'none'],
        ...['--no-marginal', '--json', '--workers', '1', ...extra],
      );
      expect(ran.code).toBe(0);
      return JSON.parse(ran.stdout) as { scenario: { name: string; kpis: Record<string, { mean: number }> } };
    };
    const base = await run();
    const doubled = await run('--inflow', String(13840 * 2), '--factors', 'lawyers=1');
    expect(doubled.scenario.name).toBe('baseline-2021 (lawyers ×1), inflow 27680');
    const ratio = (doubled.scenario.kpis.inflow?.mean ?? 0) / (base.scenario.kpis.inflow?.mean ?? 1);
    // 30 days of Poisson arrivals at ~38 a day: the doubled run's mean is within a few percent of twice.
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  }, 120_000);
});

describe('rotonde simulate list', () => {
  it('lists the scenarios with their descriptions', async () => {
    const ran = await rotonde('simulate', 'list');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^baseline-2021 +The DT&V caseload of 2021/m);
  });
});

describe('rotonde simulate --json', () => {
  it('prints the KPI summary as JSON, without the daily series', async () => {
    const ran = await rotonde(
      'simulate',
      ...['--scenario', 'baseline-2021', '--days', '2', '--replications', '2', '--baseline', 'none'],
      ...['--no-marginal', '--json', '--workers', '1'],
    );
    expect(ran.code).toBe(0);
    const json = JSON.parse(ran.stdout) as {
      input: { days: number; baseline: null; marginal: null; workers: number };
      scenario: {
        name: string;
        kpis: Record<string, { mean: number; low: number; high: number }>;
        series?: unknown;
      };
      baseline: null;
      marginal: unknown[];
    };
    expect(json.input).toMatchObject({ days: 2, baseline: null, marginal: null, workers: 1 });
    expect(json.scenario.name).toBe('baseline-2021');
    expect(json.scenario.kpis.departures?.low).toBeLessThanOrEqual(
      json.scenario.kpis.departures?.mean ?? NaN,
    );
    expect(json.scenario.series).toBeUndefined();
    expect(json.baseline).toBeNull();
    expect(json.marginal).toEqual([]);
  }, 60_000);
});

describe('rotonde simulate --scenario … --out', () => {
  it('prints the KPI and marginal tables with progress on stderr, and writes the four files', async () => {
    const out = tmp.path('run');
    const file = tmp.path('copy.json');
    writeFileSync(file, JSON.stringify({ ...baseline(), name: 'copy', description: 'a <b>copy</b>' }));
    const ran = await rotonde(
      'simulate',
      ...['--scenario', file, '--days', '3', '--replications', '2', '--seed', '7', '--out', out],
      ...['--marginal-days', '1', '--marginal-replications', '1', '--workers', '2', '--lang', 'nl'],
    );
    expect(ran.stderr).toMatch(/^progress \d+% \(/m);
    expect(ran.stderr).toMatch(/^progress 100% /m);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^KPI +copy +baseline-2021 +difference$/m);
    expect(ran.stdout).toMatch(/^demonstrable departures +[\d.,]+ \(/m);
    expect(ran.stdout).toMatch(/^resource \(\+10%\) +added units +extra departures/m);
    expect(ran.stdout).toContain('wrote result.json, kpis.csv, daily.csv and report.html');

    const result = JSON.parse(readFileSync(`${out}/result.json`, 'utf8')) as {
      scenario: { name: string; series: Record<string, unknown[]> };
      baseline: { name: string };
      marginal: { resource: string }[];
      kpiMetrics: { key: string }[];
    };
    expect(result.scenario.name).toBe('copy');
    expect(result.baseline.name).toBe('baseline-2021');
    expect(result.marginal.length).toBeGreaterThan(0);
    expect(Object.values(result.scenario.series).every((days) => days.length === 3)).toBe(true);

    const kpis = readFileSync(`${out}/kpis.csv`, 'utf8').trimEnd().split('\n');
    expect(kpis[0]).toBe(['scenario', 'replication', ...result.kpiMetrics.map((k) => k.key)].join(','));
    expect(kpis.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'copy,1',
      'copy,2',
      'baseline-2021,1',
      'baseline-2021,2',
    ]);

    const daily = readFileSync(`${out}/daily.csv`, 'utf8').trimEnd().split('\n');
    expect(daily[0]).toBe('scenario,day,series,mean,low,high');
    expect(daily.some((l) => /^copy,3,caseload,[\d.]+,[-\d.]+,[\d.]+$/.test(l))).toBe(true);
    expect(daily.filter((l) => l.startsWith('baseline-2021,1,')).length).toBeGreaterThan(3);

    const html = readFileSync(`${out}/report.html`, 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('a &lt;b&gt;copy&lt;/b&gt;');
    expect(html).not.toMatch(/<script|(src|href)=["']?https?:/i);
  }, 60_000);
});
