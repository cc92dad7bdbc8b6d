/**
 * Confidence intervals over replications: Student's t, the quantile from @stdlib (a well-kept
 * implementation, not ours). Replications are independent runs with different seeds, so their
 * outcomes (or paired differences) are i.i.d. draws and the t interval of their mean applies.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface Interval {
  /** Number of values. */
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); NaN for fewer than two values. */
  sd: number;
  /** Half-width of the interval; NaN for fewer than two values. */
  half: number;
  lo: number;
  hi: number;
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const x of values) sum += x;
  return values.length > 0 ? sum / values.length : NaN;
}

/** Sample variance (divisor n − 1); NaN for fewer than two values. */
export function variance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let ss = 0;
  for (const x of values) ss += (x - m) * (x - m);
  return ss / (n - 1);
}

/** The two-sided t quantile for `level` (0.95 → the 97.5 % quantile) at `df` degrees of freedom. */
export function tCritical(level: number, df: number): number {
  return tQuantile(1 - (1 - level) / 2, df);
}

/** The `level` interval of the mean of `values`. */
export function meanInterval(values: readonly number[], level = 0.95): Interval {
  const n = values.length;
  const m = mean(values);
  const sd = Math.sqrt(variance(values));
  const half = n >= 2 ? tCritical(level, n - 1) * (sd / Math.sqrt(n)) : NaN;
  return { n, mean: m, sd, half, lo: m - half, hi: m + half };
}

/**
 * Half-width of the `level` interval of mean(b) − mean(a) had the two sides been run on
 * independent seeds (Welch): what pairing on common random numbers is compared against.
 */
export function unpairedHalfWidth(a: readonly number[], b: readonly number[], level = 0.95): number {
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const se2 = va + vb;
  if (!(se2 > 0)) return se2 === 0 ? 0 : NaN;
  const df = (se2 * se2) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  return tCritical(level, df) * Math.sqrt(se2);
}
