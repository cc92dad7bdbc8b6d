/**
 * CSV of a chart's table (RFC 4180): a header row, CRLF line ends, fields quoted only when they
 * hold a comma, a quote or a line break (quotes doubled). Numbers are written unformatted with '.'
 * decimals, so spreadsheets in any locale read them as numbers; a missing value is an empty field.
 */
export type Cell = string | number | null;

export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}
