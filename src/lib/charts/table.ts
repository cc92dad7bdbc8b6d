/**
 * The table behind every chart: what "show as table" displays and what CSV export writes, so the
 * two always hold the same numbers. Values stay raw numbers here; the view formats them.
 */
import type { Cell } from '../../engine/csv.ts';
import type { Series } from './series.ts';

export interface ChartTable {
  columns: string[];
  rows: Cell[][];
}

/** One row per month (month first), one column per series. */
export function seriesTable(monthLabel: string, series: Series[], unit = ''): ChartTable {
  const months = series.reduce((n, s) => Math.max(n, s.values.length), 0);
  const rows: Cell[][] = [];
  for (let month = 0; month < months; month++) {
    const row: Cell[] = [month];
    for (const s of series) {
      const v = s.values[month];
      row.push(Number.isFinite(v) ? v : null);
    }
    rows.push(row);
  }
  return { columns: [monthLabel, ...series.map((s) => (unit ? `${s.name} (${unit})` : s.name))], rows };
}

/**
 * How a chart's table shows a cell: the first `labelColumns` columns as they are (months, names),
 * numbers through `number`, and a missing number as a dash.
 */
export function cellFormat(labelColumns: number, number: (value: number, column: number) => string): (value: Cell, column: number) => string {
  return (value, column) => (column < labelColumns ? String(value ?? '') : typeof value === 'number' ? number(value, column) : '–');
}
