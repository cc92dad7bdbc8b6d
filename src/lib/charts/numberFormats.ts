/**
 * How the charts write numbers on axes, in tooltips and tables, per locale (formatters cached in
 * i18n); '–' for a missing value.
 */
import { formatNumber, formatPercent } from '../i18n/index.svelte.ts';

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
