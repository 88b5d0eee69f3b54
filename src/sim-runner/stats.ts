// Means and 95% confidence intervals over replications (Student t), and paired differences.
import type { Interval } from './types.ts';

/**
 * Two-sided 95% Student t quantiles t(0.975, df) for df = 1 … 30 (standard tables, e.g. NIST/SEMATECH
 * e-Handbook 1.3.6.7.2). Beyond 30 the table steps to 40, 60 and 120, then the normal 1.960.
 */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
] as const;

/** t(0.975, df), conservative between table rows (the quantile of the next smaller tabulated df). */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new Error(`degrees of freedom must be a positive integer, not ${df}`);
  if (df <= 30) return T975[df - 1] as number;
  if (df < 40) return 2.042;
  if (df < 60) return 2.021;
  if (df < 120) return 2.0;
  return df < 1000 ? 1.98 : 1.96;
}

/**
 * The mean and its 95% confidence interval: mean ± t(0.975, n−1)·s/√n with s the sample standard
 * deviation. One value, or identical values, give a zero-width interval.
 */
export function meanInterval(values: readonly number[]): Interval {
  const n = values.length;
  if (n === 0) throw new Error('an interval needs at least one value');
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean };
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}

/**
 * The interval of the mean difference `after[i] − before[i]` over paired replications (the same seeds:
 * common random numbers, so the noise both runs share cancels).
 */
export function pairedDifference(before: readonly number[], after: readonly number[]): Interval {
  if (before.length !== after.length) {
    throw new Error(`paired samples differ in length (${before.length} and ${after.length})`);
  }
  return meanInterval(after.map((a, i) => a - (before[i] as number)));
}
