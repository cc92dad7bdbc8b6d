/**
 * What every chart of the chart area receives (ChartArea passes its own props on), plus the
 * helpers they share for the pinned baseline and number formats (formatters cached in i18n).
 */
import type { RunMeta } from '../../engine/api.ts';
import type { GlassTarget } from '../glassbox/target.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';
import { formatNumber, formatPercent } from '../i18n/index.svelte.ts';

export interface ChartProps {
  meta: RunMeta;
  frames: Float64Array[];
  cohorts: Float64Array[];
  months: number;
  month: number;
  baseline: RunSnapshot | null;
  onmonth: (month: number) => void;
  onpick: (target: GlassTarget) => void;
}

/** The baseline only makes sense drawn against a run with the same operators and segments. */
export function usableBaseline(meta: RunMeta, baseline: RunSnapshot | null): RunSnapshot | null {
  if (!baseline || baseline.frames.length === 0) return null;
  const b = baseline.meta;
  const same = b.operators.length === meta.operators.length && b.segments.length === meta.segments.length && b.layout.size === meta.layout.size;
  return same ? baseline : null;
}

/** Fixed decimals (tables, tooltips); '–' for a missing value. */
export function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';
}

/**
 * A value given in percent (53.9) as the locale writes a percentage ("53.9%"), like the key figures
 * and the glass box; '–' for a missing value.
 */
export function percent(value: number, digits: number): string {
  return Number.isFinite(value) ? formatPercent(value / 100, digits) : '–';
}

/** Axis ticks: as few decimals as the tick needs. */
export function tick(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 2 });
}

/** Big numbers on axes: 1.2M / 120万 per locale. */
export function compact(value: number): string {
  return formatNumber(value, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Whole numbers with grouping (customers, RMB). */
export function whole(value: number): string {
  return Number.isFinite(value) ? formatNumber(Math.round(value), { maximumFractionDigits: 0 }) : '–';
}
