import type { CalibrationRow } from './calibrate.ts';

/** Two-sided 97.5% Student t quantiles for 1..30 degrees of freedom; 1.96 beyond. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Mean and 95% confidence interval of the mean (Student t); one value gives a zero-width interval. */
export function meanInterval(values: readonly number[]): { mean: number; low: number; high: number } {
  const n = values.length;
  if (n === 0) return { mean: NaN, low: NaN, high: NaN };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  const half = (T975[n - 2] ?? 1.96) * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}

/** One calibration row: the replications' mean against the target, within ±tolerance (relative). */
export function compareWithTarget(
  figure: string,
  target: number,
  values: readonly number[],
  tolerance: number,
): CalibrationRow {
  const { mean, low, high } = meanInterval(values);
  return {
    figure,
    target,
    mean,
    low,
    high,
    ci95: [low, high] as const,
    withinTolerance: Math.abs(mean - target) <= tolerance * target,
  };
}
