// rotonde simulate calibrate [...] | rotonde simulate --scenario NAME|FILE [...]
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseWith } from '../../domain/parse.ts';
import type { SimulationScenario } from '../../simulation/index.ts';
import { calibrationTable, createPrng, parseScenario, simulate } from '../../simulation/index.ts';
import { SimulationScenario as ScenarioSchema } from '../../simulation/parameters.ts';
import type { CommandArgs } from '../args.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import type { Loaded } from '../files.ts';
import { formatFieldErrors, printMessages, readJsonFile, writeTextFile } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';
import type { KpiValues } from './simulate-format.ts';
import {
  dailyHeader,
  dailyRows,
  formatCalibration,
  formatKpis,
  kpisCsv,
  kpiValues,
  summariseKpis,
} from './simulate-format.ts';

export const usage = `Usage: rotonde simulate calibrate [--replications 10] [--seed S] [--json]
       rotonde simulate --scenario NAME|FILE [--days 365] [--replications 20] [--seed 1]
                        [--out DIR] [--json]

calibrate  replicates one year of the baseline-2021 scenario (data/scenarios/sim/) and prints, for
           every 2021 figure, the target, the simulated mean, its 95% interval and whether the
           mean is within ±10% of the target. Exits 0 when every figure is, 1 otherwise.
           (--seed defaults to calibration-2021.)

--scenario runs the caseload simulation of a scenario (NAME is data/scenarios/sim/NAME.json) for
           --days days, --replications times in sequence (a progress line per replication on
           stderr), and prints the KPI means with 95% intervals: independent and forced
           departures, Dublin transfers and lapses, MOB, outflow without departure, caseload at
           the end of the period. --out DIR writes kpis.json, kpis.csv (one row per replication)
           and daily.csv (day, replication, the daily series). A scenario that does not parse is
           reported as "path: message" lines, exit 1.
`;

/** The sim scenarios: data/scenarios/sim/ at the repository root (this file is src/cli/commands/). */
const SIM_DIR = fileURLToPath(new URL('../../../data/scenarios/sim/', import.meta.url));
const CALIBRATION_SCENARIO = 'baseline-2021';
const CALIBRATION_SEED = 'calibration-2021';
const TOLERANCE = 0.1;

export function run(argv: string[], io: Io): number {
  return argv[0] === 'calibrate' ? calibrate(argv.slice(1), io) : runScenario(argv, io);
}

function calibrate(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, {
    options: { replications: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (!args.ok) return usageError(io, args.message, usage);
  const replications = positiveInteger(args.value, 'replications', 10);
  if (typeof replications === 'string') return usageError(io, replications, usage);
  const seed = seedOption(args.value, CALIBRATION_SEED);
  const scenario = loadSimScenario(CALIBRATION_SCENARIO);
  if (!scenario.ok) {
    printMessages(io.err, scenario.messages);
    return EXIT.failed;
  }
  const rows = calibrationTable(scenario.value.parameters, { replications, seed, tolerance: TOLERANCE });
  const allWithin = rows.every((r) => r.withinTolerance);
  if (args.value.options.json === true) {
    const json = {
      scenario: CALIBRATION_SCENARIO,
      replications,
      seed,
      tolerance: TOLERANCE,
      allWithin,
      rows,
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.out(formatCalibration(rows, { replications, seed, tolerance: TOLERANCE }));
  }
  return allWithin ? EXIT.ok : EXIT.failed;
}

function runScenario(argv: string[], io: Io): number {
  const args = parseCommandArgs(argv, {
    options: {
      scenario: { type: 'string' },
      days: { type: 'string' },
      replications: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
    required: ['scenario'],
  });
  if (!args.ok) return usageError(io, args.message, usage);
  const days = positiveInteger(args.value, 'days', 365);
  if (typeof days === 'string') return usageError(io, days, usage);
  const replications = positiveInteger(args.value, 'replications', 20);
  if (typeof replications === 'string') return usageError(io, replications, usage);
  const seed = seedOption(args.value, 1);
  const out = stringOption(args.value, 'out');
  const scenario = loadSimScenario(stringOption(args.value, 'scenario') as string);
  if (!scenario.ok) {
    printMessages(io.err, scenario.messages);
    return EXIT.failed;
  }

  const root = createPrng(seed);
  const runs: KpiValues[] = [];
  const daily: string[] = [];
  for (let r = 0; r < replications; r++) {
    const started = performance.now();
    const result = simulate(scenario.value.parameters, { days, seed: root.split(`replication-${r}`).key });
    const kpis = kpiValues(result.totals);
    runs.push(kpis);
    if (out !== undefined) {
      const first = result.daily[0];
      if (r === 0 && first !== undefined) daily.push(dailyHeader(first));
      daily.push(...dailyRows(result.daily, r + 1));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.err(
      `replication ${r + 1}/${replications}: ${days} days in ${seconds} s, caseload ${kpis.finalCaseload}\n`,
    );
  }

  const summary = summariseKpis(runs);
  const meta = { scenario: scenario.value.name, days, replications, seed };
  if (out !== undefined) {
    const written = writeOutputs(out, { ...meta, kpis: summary, replicationKpis: runs }, runs, daily);
    if (!written.ok) {
      printMessages(io.err, written.messages);
      return EXIT.failed;
    }
  }
  if (args.value.options.json === true) {
    io.out(`${JSON.stringify({ ...meta, kpis: summary }, null, 2)}\n`);
  } else {
    io.out(formatKpis(summary, meta));
    if (out !== undefined) io.out(`\nwrote kpis.json, kpis.csv and daily.csv to ${out}\n`);
  }
  return EXIT.ok;
}

function writeOutputs(dir: string, json: unknown, runs: readonly KpiValues[], daily: string[]): Loaded<void> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    return { ok: false, messages: [`cannot create ${dir}: ${(e as Error).message}`] };
  }
  const files: [string, string][] = [
    ['kpis.json', `${JSON.stringify(json, null, 2)}\n`],
    ['kpis.csv', kpisCsv(runs)],
    ['daily.csv', daily.length > 0 ? `${daily.join('\n')}\n` : ''],
  ];
  for (const [name, text] of files) {
    const written = writeTextFile(join(dir, name), text);
    if (!written.ok) return written;
  }
  return { ok: true, value: undefined };
}

/** NAME (no slash, no .json) is data/scenarios/sim/NAME.json; anything else is a file path. */
function loadSimScenario(nameOrFile: string): Loaded<SimulationScenario> {
  const isName = !nameOrFile.includes('/') && !nameOrFile.includes('\\') && !nameOrFile.endsWith('.json');
  const file = isName ? join(SIM_DIR, `${nameOrFile}.json`) : nameOrFile;
  if (isName && !existsSync(file)) {
    const known = readdirSync(SIM_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => basename(f, '.json'));
    return { ok: false, messages: [`unknown scenario "${nameOrFile}" (known: ${known.join(', ')})`] };
  }
  const json = readJsonFile(file);
  if (!json.ok) return json;
  const fields = parseWith(ScenarioSchema, json.value);
  if (!fields.ok) return { ok: false, messages: formatFieldErrors(fields.errors) };
  const parsed = parseScenario(json.value);
  if (!parsed.ok) return { ok: false, messages: [`parameters.nationalities: ${parsed.error}`] };
  return { ok: true, value: parsed.scenario };
}

function positiveInteger(args: CommandArgs, name: string, fallback: number): number | string {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  return /^\d+$/.test(text) && n >= 1 ? n : `--${name} must be a positive whole number, not "${text}"`;
}

/** A numeric seed as a number (so `--seed 1` equals the default), anything else as a string key. */
function seedOption(args: CommandArgs, fallback: number | string): number | string {
  const text = stringOption(args, 'seed');
  if (text === undefined) return fallback;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}
