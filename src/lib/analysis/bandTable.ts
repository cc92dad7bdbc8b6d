/**
 * The table behind a band chart: one row per month, and per series its mean and, where it has a
 * band, the 95 % low and high. What "show as table" shows and CSV export writes.
 */
import type { Cell } from '../../engine/csv.ts';
import type { ChartTable } from '../charts/table.ts';

export interface BandSeries {
  id: string;
  name: string;
  color: string;
  /** Month by month, months 0..T; NaN where there is no value. */
  mean: ArrayLike<number>;
  /** The 95 % band (both or neither). */
  lo?: ArrayLike<number>;
  hi?: ArrayLike<number>;
}

export interface BandColumnNames {
  month: string;
  mean: (name: string) => string;
  lo: (name: string) => string;
  hi: (name: string) => string;
}

export const hasBand = (s: BandSeries): s is BandSeries & { lo: ArrayLike<number>; hi: ArrayLike<number> } => s.lo !== undefined && s.hi !== undefined;

const cell = (v: number | undefined): Cell => (v !== undefined && Number.isFinite(v) ? v : null);

/** Values are raw (times `scale`, e.g. 100 for fractions shown in percent). */
export function bandTable(names: BandColumnNames, series: readonly BandSeries[], scale = 1): ChartTable {
  const columns = [names.month];
  for (const s of series) {
    if (hasBand(s)) columns.push(names.mean(s.name), names.lo(s.name), names.hi(s.name));
    else columns.push(s.name);
  }
  const months = series.reduce((n, s) => Math.max(n, s.mean.length), 0);
  const rows: Cell[][] = [];
  for (let month = 0; month < months; month++) {
    const row: Cell[] = [month];
    for (const s of series) {
      row.push(cell(s.mean[month] * scale));
      if (hasBand(s)) row.push(cell(s.lo[month] * scale), cell(s.hi[month] * scale));
    }
    rows.push(row);
  }
  return { columns, rows };
}

/** Every finite value of the means and bands (for the y domain). */
export function* bandValues(series: readonly BandSeries[], scale = 1): Generator<number> {
  for (const s of series) {
    for (const arr of [s.mean, s.lo, s.hi]) {
      if (!arr) continue;
      for (let i = 0; i < arr.length; i++) if (Number.isFinite(arr[i])) yield arr[i] * scale;
    }
  }
}
