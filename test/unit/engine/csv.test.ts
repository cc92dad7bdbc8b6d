import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from '../../../src/engine/csv.ts';
import { exportFileName } from '../../../src/lib/export/fileName.ts';

/** A small RFC 4180 reader, to check that whatever we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV writer (RFC 4180)', () => {
  it('writes a header row, CRLF line ends and unformatted numbers with a dot', () => {
    const csv = toCsv(
      ['Month', 'China Mobile (%)'],
      [
        [0, 12.5],
        [1, 1234567.125],
        [2, null],
      ],
    );
    expect(csv).toBe('Month,China Mobile (%)\r\n0,12.5\r\n1,1234567.125\r\n2,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(toCsv(['plain', 'a,b', 'say "hi"', 'two\nlines', '中国移动'], [])).toBe('plain,"a,b","say ""hi""","two\nlines",中国移动\r\n');
  });

  it('writes no NaN or Infinity: a missing value is an empty field', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[NaN, Infinity, -0.25, 1e-7]])).toBe('a,b,c,d\r\n,,-0.25,1e-7\r\n');
  });

  it('reads back as the same cells for any text and numbers', () => {
    const cell = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (columns, rows) => {
          const parsed = parseCsv(toCsv(columns, rows));
          expect(parsed[0]).toEqual(columns);
          expect(parsed.length).toBe(rows.length + 1);
          rows.forEach((row, r) => expect(parsed[r + 1]).toEqual(row.map((v) => (typeof v === 'number' ? String(v) : v))));
        },
      ),
    );
  });
});

describe('export file names', () => {
  it('are <scenario>-<chart>-<seed>.<ext>', () => {
    expect(exportFileName('default', 'churn', 7, 'csv')).toBe('default-churn-7.csv');
  });
  it('replace characters that file systems reject', () => {
    expect(exportFileName('my/scenario: "v2"', 'money', 1, 'png')).toBe('my-scenario-v2-money-1.png');
    expect(exportFileName('', 'clv', 3, 'svg')).toBe('chart-clv-3.svg');
  });
});
