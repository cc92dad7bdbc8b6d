/**
 * How an interval over replications is written in the analysis views: "mean ± half-width", the
 * range "[lo, hi]" and a sentence for screen readers, in the current language. Numbers go through
 * the caller's formatter (the charts' and key figures' locale formats), so a percentage stays a
 * percentage and money stays money. With fewer than two replications there is no interval: only
 * the mean is written.
 */
import { t } from '../i18n/index.svelte.ts';

/** What is needed of an Interval (src/engine/analysis/interval.ts) or a Band's month. */
export interface IntervalLike {
  mean: number;
  lo: number;
  hi: number;
  /** Half-width; taken as (hi − lo) / 2 when absent. */
  half?: number;
}

export type NumberFormat = (value: number) => string;

function halfOf(interval: IntervalLike): number {
  return interval.half ?? (interval.hi - interval.lo) / 2;
}

/** True when the interval has a finite width (two or more replications). */
export function hasInterval(interval: IntervalLike): boolean {
  return Number.isFinite(halfOf(interval)) && Number.isFinite(interval.lo) && Number.isFinite(interval.hi);
}

/**
 * "53.9% ± 0.4%": `half` is written with `halfFormat` (default: the mean's format, which keeps the
 * unit; a percentage's half-width reads as percentage points).
 */
export function meanHalfText(interval: IntervalLike, format: NumberFormat, halfFormat: NumberFormat = format): string {
  if (!hasInterval(interval)) return format(interval.mean);
  return t().intervalMeanHalf(format(interval.mean), halfFormat(Math.abs(halfOf(interval))));
}

/** "[53.5%, 54.3%]"; empty without an interval. */
export function rangeText(interval: IntervalLike, format: NumberFormat): string {
  return hasInterval(interval) ? t().intervalRange(format(interval.lo), format(interval.hi)) : '';
}

/** A sentence for assistive technology: "mean 53.9%, 95% interval 53.5% to 54.3%". */
export function spokenInterval(interval: IntervalLike, format: NumberFormat): string {
  if (!hasInterval(interval)) return format(interval.mean);
  return t().intervalSpoken(format(interval.mean), format(interval.lo), format(interval.hi));
}

/** Month `t` of a band (mean/lo/hi arrays) as an interval; lo/hi NaN when the band has none. */
export function bandAt(band: { mean: ArrayLike<number>; lo?: ArrayLike<number>; hi?: ArrayLike<number> }, month: number): IntervalLike {
  return { mean: band.mean[month] ?? NaN, lo: band.lo?.[month] ?? NaN, hi: band.hi?.[month] ?? NaN };
}
