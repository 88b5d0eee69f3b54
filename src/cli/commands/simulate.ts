// rotonde simulate --scenario NAME|FILE [...] | rotonde simulate calibrate [...] | rotonde simulate list
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listSimScenarios, loadSimScenario } from '../../sim-data/scenarios.ts';
import {
  applyFactors,
  unknownResources,
  withInflowPerYear,
  writeScenarioVariant,
} from '../../sim-data/variant.ts';
import type { ResourceType } from '../../simulation/index.ts';
import type { MonteCarloInput, MonteCarloResult } from '../../sim-runner/index.ts';
import { MonteCarloInputError, renderReport, runMonteCarlo } from '../../sim-runner/index.ts';
import { createProgressReporter } from '../../sim-runner/progress-bar.ts';
import {
  parseSimulateOptions,
  parseCalibrateOptions,
  type SimulateOptions,
} from '../../sim-runner/cli-options.ts';
import { calibrationRows } from '../../simulation/index.ts';
import type { Loaded } from '../files.ts';
import { printMessages, writeTextFile } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';
import { usageError } from '../args.ts';
import { dailyCsv, formatCalibration, formatKpis, formatMarginal, kpisCsv } from './simulate-format.ts';

export const usage = `Usage: rotonde simulate --scenario NAME|FILE [--days 365] [--replications 20] [--seed 1]
                        [--out DIR] [--workers N] [--baseline NAME|none] [--marginal-days N]
                        [--marginal-replications N | --no-marginal] [--lang nl|en] [--json]
                        [--inflow N] [--factors RESOURCE=F,...]
       rotonde simulate calibrate [--replications 10] [--seed calibration-2021] [--workers N] [--json]
       rotonde simulate list

--scenario    replicates the scenario (NAME in data/scenarios/sim/, or a JSON file) with the planner
              in the loop, in --workers worker threads (default: 2, or 1 on a one-core machine), and
              the baseline (default baseline-2021; --baseline none to skip) on the same seeds. A
              progress bar with ETA goes to stderr. Prints the KPI means with 95% intervals, the
              paired difference with the baseline, and the marginal value of each resource type:
              +10% of one type at a time, over --marginal-days (default: the smaller of --days
              and 90) × --marginal-replications (default 5); --no-marginal skips it.
              --out DIR writes result.json (everything), kpis.csv (one row per scenario and
              replication), daily.csv (scenario, day, series, mean, low, high) and report.html
              (self-contained: charts with 95% bands and their data tables; --lang, default en).
              --json prints the KPI summary and marginal values as JSON instead of tables.
              --inflow N sets the scenario's total inflow to N a year (split over the sources as
              in the scenario): to compare the model with another year given only its inflow.
              --factors police=0.8,lawyers=1.2 multiplies those resource types' capacities.
calibrate     runs baseline-2021 for 365 days with the planner in the loop, and prints for every
              2021 figure the target, the simulated mean, its 95% interval and whether the mean is
              within ±10%. Exits 0 when every figure is, 1 otherwise.
list          the scenarios in data/scenarios/sim/ with their descriptions.

A scenario that does not load is reported as "scenario NAME: path: message" lines (exit 1); a bad
option names the option (exit 2). Ctrl-C stops the worker threads.
`;

const CALIBRATION_SCENARIO = 'baseline-2021';
const TOLERANCE = 0.1;
const NO_PLANS = { made: 0, valid: 0, invalid: 0 };

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'calibrate') return calibrate(argv.slice(1), io);
  if (argv[0] === 'list') return list(argv.slice(1), io);
  return simulateScenario(argv, io);
}

async function simulateScenario(argv: string[], io: Io): Promise<number> {
  const options = parseSimulateOptions(argv);
  if (!options.ok) return usageError(io, options.message, usage);
  const { out, lang, json } = options.value;
  const variant = scenarioVariant(options.value);
  if (!variant.ok) return failed(io, variant.messages);
  const input = { ...options.value.input, scenario: variant.scenario };
  const result = await execute(input, io).finally(variant.cleanup);
  if (!result.ok) return failed(io, result.messages);
  if (out !== undefined) {
    const written = writeOutputs(out, result.value, lang);
    if (!written.ok) return failed(io, written.messages);
  }
  if (json) io.out(`${JSON.stringify(jsonSummary(result.value), null, 2)}\n`);
  else {
    io.out(formatKpis(result.value) + formatMarginal(result.value));
    if (out !== undefined) io.out(`\nwrote result.json, kpis.csv, daily.csv and report.html to ${out}\n`);
  }
  return EXIT.ok;
}

type Variant = { ok: true; scenario: string; cleanup: () => void } | { ok: false; messages: string[] };

/** The scenario as named, or changed by --inflow and --factors (written to a temporary file). */
function scenarioVariant(options: SimulateOptions): Variant {
  const { input, inflow, factors } = options;
  if (inflow === undefined && factors.size === 0)
    return { ok: true, scenario: input.scenario, cleanup: () => {} };
  const unknown = unknownResources(factors.keys(), '--factors');
  if (unknown.length > 0) return { ok: false, messages: unknown };
  const loaded = loadSimScenario(input.scenario);
  if (!loaded.ok)
    return { ok: false, messages: loaded.messages.map((m) => `scenario ${input.scenario}: ${m}`) };
  let scenario = applyFactors(loaded.value, factors as ReadonlyMap<ResourceType, number>);
  if (factors.size > 0) {
    const changes = [...factors].map(([r, f]) => `${r} ×${f}`).join(', ');
    scenario = { ...scenario, description: `${scenario.description} Capacity factors: ${changes}.` };
  }
  if (inflow !== undefined) scenario = withInflowPerYear(scenario, inflow);
  const { file, cleanup } = writeScenarioVariant(scenario);
  return { ok: true, scenario: file, cleanup };
}

async function calibrate(argv: string[], io: Io): Promise<number> {
  const options = parseCalibrateOptions(argv);
  if (!options.ok) return usageError(io, options.message, usage);
  const { replications, seed, workers, json } = options.value;
  const input: MonteCarloInput = {
    scenario: CALIBRATION_SCENARIO,
    days: 365,
    replications,
    seed,
    baseline: null,
    marginal: null,
    ...(workers === undefined ? {} : { workers }),
  };
  const result = await execute(input, io);
  if (!result.ok) return failed(io, result.messages);
  // calibrationRows reads each replication's KPIs, which is what the summary keeps of it.
  const outcomes = result.value.scenario.replications.map((kpis) => ({ kpis, series: {}, plans: NO_PLANS }));
  const rows = calibrationRows(outcomes, TOLERANCE);
  const plans = result.value.scenario.plans ?? NO_PLANS;
  const allWithin = rows.every((r) => r.withinTolerance);
  if (json) {
    const body = {
      scenario: CALIBRATION_SCENARIO,
      replications,
      seed,
      tolerance: TOLERANCE,
      allWithin,
      rows,
    };
    io.out(`${JSON.stringify(body, null, 2)}\n`);
  } else io.out(formatCalibration(rows, { replications, seed, tolerance: TOLERANCE, plans }));
  return allWithin ? EXIT.ok : EXIT.failed;
}

function list(argv: string[], io: Io): number {
  if (argv.length > 0) return usageError(io, `unexpected argument "${argv[0]}"`, usage);
  const scenarios = listSimScenarios();
  const width = Math.max(0, ...scenarios.map((s) => s.name.length));
  io.out(scenarios.map((s) => `${s.name.padEnd(width)}  ${s.description}\n`).join(''));
  return EXIT.ok;
}

/** Runs the Monte Carlo with a progress bar on stderr; Ctrl-C aborts it (and its workers). */
async function execute(input: MonteCarloInput, io: Io): Promise<Loaded<MonteCarloResult>> {
  const progress = createProgressReporter({
    write: io.err,
    tty: io.colour && process.stderr.isTTY === true,
    now: () => performance.now(),
  });
  const controller = new AbortController();
  const interrupt = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', interrupt);
  try {
    return {
      ok: true,
      value: await runMonteCarlo(input, { onProgress: progress.update, signal: controller.signal }),
    };
  } catch (e) {
    if (e instanceof MonteCarloInputError) return { ok: false, messages: [...e.messages] };
    return { ok: false, messages: [e instanceof Error ? e.message : String(e)] };
  } finally {
    process.off('SIGINT', interrupt);
    progress.finish();
  }
}

function writeOutputs(dir: string, result: MonteCarloResult, lang: 'en' | 'nl'): Loaded<void> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    return { ok: false, messages: [`--out: cannot create ${dir}: ${(e as Error).message}`] };
  }
  const files: [string, string][] = [
    ['result.json', `${JSON.stringify(result, null, 2)}\n`],
    ['kpis.csv', kpisCsv(result)],
    ['daily.csv', dailyCsv(result)],
    ['report.html', renderReport(result, lang)],
  ];
  for (const [name, text] of files) {
    const written = writeTextFile(join(dir, name), text);
    if (!written.ok) return written;
  }
  return { ok: true, value: undefined };
}

/** What --json prints: everything but the daily series (those are in result.json and daily.csv). */
function jsonSummary(result: MonteCarloResult) {
  const brief = (s: MonteCarloResult['scenario']) => ({
    name: s.name,
    description: s.description,
    kpis: s.kpis,
    replications: s.replications,
  });
  return {
    input: result.input,
    generatedAt: result.generatedAt,
    scenario: brief(result.scenario),
    baseline: result.baseline ? brief(result.baseline) : null,
    marginal: result.marginal,
  };
}

function failed(io: Io, messages: readonly string[]): number {
  printMessages(io.err, messages);
  return EXIT.failed;
}
