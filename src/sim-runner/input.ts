// The Monte Carlo input at the boundary: checked with zod, defaults filled in, errors naming the field.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { MonteCarloInput } from './types.ts';

const count = (max: number) => z.number().int().min(1).max(max);

export const MonteCarloInputSchema = z.strictObject({
  scenario: z.string().min(1),
  days: count(3660),
  replications: count(1000),
  seed: z.union([z.number().int(), z.string().min(1)]),
  baseline: z.string().min(1).nullable().optional(),
  marginal: z
    .strictObject({ days: count(3660), replications: count(1000) })
    .nullable()
    .optional(),
  workers: count(64).optional(),
});

export const DEFAULT_BASELINE = 'baseline-2021';
/** The marginal runs by default: at most 90 days, 5 replications (a +10% run per resource type). */
export const DEFAULT_MARGINAL_DAYS = 90;
export const DEFAULT_MARGINAL_REPLICATIONS = 5;

/** The input with every default made explicit. */
export type ResolvedInput = {
  readonly scenario: string;
  readonly days: number;
  readonly replications: number;
  readonly seed: number | string;
  readonly baseline: string | null;
  readonly marginal: { readonly days: number; readonly replications: number } | null;
  readonly workers: number;
};

/** A bad input: each message is "field: problem". */
export class MonteCarloInputError extends Error {
  readonly messages: readonly string[];
  constructor(messages: readonly string[]) {
    super(messages.join('\n'));
    this.name = 'MonteCarloInputError';
    this.messages = messages;
  }
}

export function resolveInput(input: MonteCarloInput): ResolvedInput {
  const parsed = MonteCarloInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new MonteCarloInputError(
      parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`),
    );
  }
  const v = parsed.data;
  return {
    scenario: v.scenario,
    days: v.days,
    replications: v.replications,
    seed: v.seed,
    baseline: v.baseline === undefined ? DEFAULT_BASELINE : v.baseline,
    marginal:
      v.marginal === undefined
        ? { days: Math.min(v.days, DEFAULT_MARGINAL_DAYS), replications: DEFAULT_MARGINAL_REPLICATIONS }
        : v.marginal,
    workers: v.workers ?? Math.min(2, availableParallelism()),
  };
}
