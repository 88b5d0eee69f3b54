// The options of `rotonde simulate` and `rotonde simulate calibrate`: parsed, checked, each error
// naming its option.
import { parseCommandArgs, stringOption, type CommandArgs } from '../cli/args.ts';
import { DEFAULT_MARGINAL_DAYS, DEFAULT_MARGINAL_REPLICATIONS } from './input.ts';
import type { MonteCarloInput } from './types.ts';

export type SimulateOptions = {
  readonly input: MonteCarloInput;
  /** --inflow: the scenario's total inflow a year, split over the sources in its proportions */
  readonly inflow: number | undefined;
  /** --factors: resource type → capacity factor (checked against the resource types by the caller) */
  readonly factors: ReadonlyMap<string, number>;
  readonly out: string | undefined;
  readonly lang: 'en' | 'nl';
  readonly json: boolean;
};
export type CalibrateOptions = {
  readonly replications: number;
  readonly seed: number | string;
  readonly workers: number | undefined;
  readonly json: boolean;
};
type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MAX_DAYS = 3660;
const MAX_REPLICATIONS = 1000;
const MAX_WORKERS = 64;
const MAX_INFLOW = 1_000_000;
export const CALIBRATION_SEED = 'calibration-2021';

class OptionError extends Error {}

export function parseSimulateOptions(argv: string[]): Parsed<SimulateOptions> {
  const args = parseCommandArgs(argv, {
    options: {
      scenario: { type: 'string' },
      days: { type: 'string' },
      replications: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      workers: { type: 'string' },
      baseline: { type: 'string' },
      'marginal-days': { type: 'string' },
      'marginal-replications': { type: 'string' },
      'no-marginal': { type: 'boolean' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      inflow: { type: 'string' },
      factors: { type: 'string' },
    },
    required: ['scenario'],
  });
  if (!args.ok) return args;
  return guarded(() => simulateOptions(args.value));
}

function simulateOptions(args: CommandArgs): SimulateOptions {
  const days = count(args, 'days', 365, MAX_DAYS);
  const replications = count(args, 'replications', 20, MAX_REPLICATIONS);
  const noMarginal = args.options['no-marginal'] === true;
  if (noMarginal && (has(args, 'marginal-days') || has(args, 'marginal-replications'))) {
    throw new OptionError('--no-marginal cannot be combined with --marginal-days or --marginal-replications');
  }
  const marginal = noMarginal
    ? null
    : {
        days: count(args, 'marginal-days', Math.min(days, DEFAULT_MARGINAL_DAYS), MAX_DAYS),
        replications: count(args, 'marginal-replications', DEFAULT_MARGINAL_REPLICATIONS, MAX_REPLICATIONS),
      };
  const baseline = stringOption(args, 'baseline');
  const workers = optionalCount(args, 'workers', MAX_WORKERS);
  const lang = stringOption(args, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'nl') throw new OptionError(`--lang must be nl or en, not "${lang}"`);
  const input: MonteCarloInput = {
    scenario: stringOption(args, 'scenario') as string,
    days,
    replications,
    seed: seed(args, 1),
    baseline: baseline === 'none' ? null : (baseline ?? 'baseline-2021'),
    marginal,
    ...(workers === undefined ? {} : { workers }),
  };
  return {
    input,
    out: stringOption(args, 'out'),
    lang,
    json: args.options.json === true,
    inflow: has(args, 'inflow') ? count(args, 'inflow', 1, MAX_INFLOW) : undefined,
    factors: factorsOption(stringOption(args, 'factors')),
  };
}

/** `police=0.8,lawyers=0.7`: each factor a number from 0 to 10. */
function factorsOption(text: string | undefined): Map<string, number> {
  const factors = new Map<string, number>();
  if (text === undefined) return factors;
  for (const part of text.split(',')) {
    const [name, value, ...rest] = part.split('=').map((s) => s.trim());
    const n = Number(value);
    if (
      !name ||
      value === undefined ||
      value === '' ||
      rest.length > 0 ||
      !Number.isFinite(n) ||
      n < 0 ||
      n > 10
    ) {
      throw new OptionError(
        `--factors must be RESOURCE=FACTOR pairs with factors from 0 to 10, not "${part}"`,
      );
    }
    factors.set(name, n);
  }
  return factors;
}

export function parseCalibrateOptions(argv: string[]): Parsed<CalibrateOptions> {
  const args = parseCommandArgs(argv, {
    options: {
      replications: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!args.ok) return args;
  return guarded(() => ({
    replications: count(args.value, 'replications', 10, MAX_REPLICATIONS),
    seed: seed(args.value, CALIBRATION_SEED),
    workers: optionalCount(args.value, 'workers', MAX_WORKERS),
    json: args.value.options.json === true,
  }));
}

function guarded<T>(parse: () => T): Parsed<T> {
  try {
    return { ok: true, value: parse() };
  } catch (e) {
    if (e instanceof OptionError) return { ok: false, message: e.message };
    throw e;
  }
}

const has = (args: CommandArgs, name: string) => stringOption(args, name) !== undefined;

function optionalCount(args: CommandArgs, name: string, max: number): number | undefined {
  return has(args, name) ? count(args, name, 1, max) : undefined;
}

/** A whole number from 1 to max. */
function count(args: CommandArgs, name: string, fallback: number, max: number): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > max) {
    throw new OptionError(`--${name} must be a whole number from 1 to ${max}, not "${text}"`);
  }
  return n;
}

/** A numeric seed as a number (so `--seed 1` equals the default), anything else as a string key. */
function seed(args: CommandArgs, fallback: number | string): number | string {
  const text = stringOption(args, 'seed');
  if (text === undefined) return fallback;
  if (text.trim() === '') throw new OptionError('--seed must not be empty');
  return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
}
