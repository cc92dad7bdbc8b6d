/**
 * CSV of a table, for chart exports, the result file and sweeps (RFC 4180, quoting by d3-dsv): a
 * header row, CRLF line ends (what spreadsheets on every platform expect). Numbers are written
 * unformatted with '.' decimals, so spreadsheets in any locale read them as numbers; a missing or
 * non-finite value is an empty field.
 */
import { csvFormatRow } from 'd3-dsv';

export type Cell = string | number | null;

function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  let text = `${csvFormatRow(columns.map(cellText))}\r\n`;
  for (const row of rows) text += `${csvFormatRow(row.map(cellText))}\r\n`;
  return text;
}
