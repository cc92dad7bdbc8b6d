import { describe, expect, it } from 'vitest';
import { at, frameLayout, opValue } from '../../../src/engine/frame.ts';
import { cohortBin, cohortGrid } from '../../../src/lib/charts/cohorts.ts';
import { operatorTotals, switchingMatrix } from '../../../src/lib/charts/flows.ts';
import { periodRange } from '../../../src/lib/charts/windows.ts';
import { seriesTable } from '../../../src/lib/charts/table.ts';
import { bandIndex, honestDomain, monthAt, nearestIndex } from '../../../src/lib/charts/scales.ts';

const layout = frameLayout(2, 1);

/** Frames for months 0..n-1 where switching from→to in month t is 10·t + 3·from + to and revenue of o is 100·t + o. */
function frames(n: number): Float64Array[] {
  return Array.from({ length: n }, (_, t) => {
    const f = new Float64Array(layout.size);
    f[at.month()] = t;
    for (let from = 0; from < 2; from++) for (let to = 0; to <= 2; to++) f[at.switching(layout, from, to)] = t === 0 ? 0 : 10 * t + 3 * from + to;
    for (let o = 0; o < 2; o++) f[at.op(layout, o, 'revenue')] = 100 * t + o;
    return f;
  });
}

describe('periods ending at the shown month', () => {
  it('this month, the last 12 months, or everything from the earliest month', () => {
    expect(periodRange('month', 20)).toEqual([20, 20]);
    expect(periodRange('last12', 20)).toEqual([9, 20]);
    expect(periodRange('last12', 5)).toEqual([1, 5]);
    expect(periodRange('toDate', 20)).toEqual([1, 20]);
    expect(periodRange('toDate', 20, 0)).toEqual([0, 20]);
  });
  it('is empty at month 0 for flows that start at month 1', () => {
    const [first, last] = periodRange('month', 0);
    expect(first).toBeGreaterThan(last);
  });
});

describe('flows summed over a period', () => {
  it('sums the per-month switching matrices, with the last column for leaving the market', () => {
    const f = frames(5);
    const matrix = switchingMatrix(f, layout, 2, 4);
    // Σ_{t=2..4} (10t + 3·from + to) = 90 + 3·(3·from + to)
    expect(matrix).toEqual([
      [90, 93, 96],
      [99, 102, 105],
    ]);
    expect(switchingMatrix(f, layout, 1, 0)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
  it('stops at the months that have arrived', () => {
    expect(switchingMatrix(frames(3), layout, 1, 10)[0][0]).toBe(10 + 20);
  });
  it('sums operator money fields over the period', () => {
    const f = frames(4);
    expect(operatorTotals(f, layout, ['revenue'], 0, 3)).toEqual([[600], [604]]);
    expect(opValue(f[3], layout, 1, 'revenue')).toBe(301);
  });
});

describe('cohort retention grid', () => {
  const months = 3;
  const stride = months + 1;
  /** cohorts[m][o*stride+j]: operator 0 starts with 100 (j=0), 20 join at month 1, 10 at month 2. */
  const alive: number[][] = [
    // j=0  j=1 j=2 j=3
    [100, 0, 0, 0],
    [90, 20, 0, 0],
    [80, 15, 10, 0],
    [75, 12, 5, 4],
  ];
  const cohorts = alive.map((row) => {
    const a = new Float64Array(2 * stride);
    row.forEach((v, j) => (a[j] = v));
    return a;
  });

  it('divides the customers still there by the cohort size at joining', () => {
    const grid = cohortGrid(cohorts, months, 0, 3, 1);
    expect(grid.ages).toEqual([0, 1, 2, 3]);
    expect(grid.sizes).toEqual([100, 20, 10, 4]);
    expect(grid.retention[0]).toEqual([1, 0.9, 0.8, 0.75]);
    expect(grid.retention[1].slice(0, 3)).toEqual([1, 0.75, 0.6]);
    expect(grid.retention[1][3]).toBeNaN(); // the month-1 cohort is not 3 months old at month 3
    expect(grid.retention[2].slice(0, 2)).toEqual([1, 0.5]);
  });

  it('shows what was known at the shown month', () => {
    const grid = cohortGrid(cohorts, months, 0, 1, 1);
    expect(grid.rowStarts).toEqual([0, 1]);
    expect(grid.retention).toEqual([
      [1, 0.9],
      [1, NaN],
    ]);
  });

  it('pools cohorts of a bin, counting only those old enough', () => {
    const grid = cohortGrid(cohorts, months, 0, 3, 2);
    expect(grid.rowStarts).toEqual([0, 2]);
    expect(grid.ages).toEqual([0, 2]);
    // ages 0: (100 + 20) / (100 + 20); age 2: (80 + 12) / (100 + 20)
    expect(grid.retention[0]).toEqual([1, 92 / 120]);
    // the month-2/3 group at age 2: only cohort 2 could be 2 months old, and it is not yet (2 + 2 > 3)
    expect(grid.retention[1][0]).toBe(1);
    expect(grid.retention[1][1]).toBeNaN();
  });

  it('reads the operator given', () => {
    const other = cohorts.map((a) => {
      const b = new Float64Array(a.length);
      b.set(a.subarray(0, stride), stride);
      return b;
    });
    expect(cohortGrid(other, months, 1, 3, 1).retention[0]).toEqual([1, 0.9, 0.8, 0.75]);
  });

  it('keeps a 240-month run to at most 37 rows and columns', () => {
    const bin = cohortBin(240);
    expect(Math.ceil(241 / bin)).toBeLessThanOrEqual(37);
    expect(cohortBin(36)).toBe(1);
  });
});

describe('chart tables', () => {
  it('have the month first, one column per series, and empty cells for missing values', () => {
    const table = seriesTable(
      'Month',
      [
        { id: 'a', name: 'A', color: '#000', values: [NaN, 1.5, 2] },
        { id: 'b', name: 'B', color: '#000', values: [3, 4, 5] },
      ],
      '%',
    );
    expect(table.columns).toEqual(['Month', 'A (%)', 'B (%)']);
    expect(table.rows).toEqual([
      [0, null, 3],
      [1, 1.5, 4],
      [2, 2, 5],
    ]);
  });
});

describe('scales and picking', () => {
  it('an honest domain includes the fixed marks and every value', () => {
    expect(honestDomain([60, 90], [50, 100])).toEqual([50, 100]);
    expect(honestDomain([60, 130, -20, NaN], [50, 100])).toEqual([-20, 130]);
  });
  it('the month under the pointer is rounded and clamped', () => {
    const invert = (px: number) => px / 10;
    expect(monthAt(34, invert, 12)).toBe(3);
    expect(monthAt(-50, invert, 12)).toBe(0);
    expect(monthAt(500, invert, 12)).toBe(12);
  });
  it('picks the nearest value or the band that contains the pointer', () => {
    expect(nearestIndex([10, 50, NaN, 90], 60)).toBe(1);
    expect(nearestIndex([NaN], 1)).toBe(-1);
    expect(
      bandIndex(
        [
          [100, 80],
          [80, 30],
          [30, 0],
        ],
        50,
      ),
    ).toBe(1);
    expect(
      bandIndex(
        [
          [100, 80],
          [80, 30],
        ],
        10,
      ),
    ).toBe(1);
  });
});
