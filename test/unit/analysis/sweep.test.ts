import { describe, expect, it } from 'vitest';
import { rangeValues, shardRange, sweepPoints } from '../../../src/engine/analysis/sweep.ts';
import { replicationSeeds } from '../../../src/engine/analysis/replications.ts';

describe('sweep grids', () => {
  it('spaces a range evenly and ends exactly at hi', () => {
    expect(rangeValues(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(rangeValues(0.1, 0.3, 3)[2]).toBe(0.3);
    expect(rangeValues(2, 9, 1)).toEqual([2]);
  });

  it('makes every combination, the first field varying slowest', () => {
    const points = sweepPoints([
      { path: 'a', values: [1, 2] },
      { path: 'b', values: [10, 20, 30] },
    ]);
    expect(points.map((p) => [p.index, p.values.a, p.values.b])).toEqual([
      [0, 1, 10],
      [1, 1, 20],
      [2, 1, 30],
      [3, 2, 10],
      [4, 2, 20],
      [5, 2, 30],
    ]);
  });

  it('cuts the points into disjoint shards that together cover them all, for any count', () => {
    for (const total of [1, 7, 100])
      for (const n of [1, 2, 3, 8, 150]) {
        const covered: number[] = [];
        for (let i = 1; i <= n; i++) {
          const [from, to] = shardRange(total, i, n);
          for (let p = from; p < to; p++) covered.push(p);
        }
        expect(covered).toEqual(Array.from({ length: total }, (_, p) => p));
      }
  });

  it('gives replications consecutive seeds, wrapping at 2^32', () => {
    expect(replicationSeeds(5, 3)).toEqual([5, 6, 7]);
    expect(replicationSeeds(2 ** 32 - 1, 2)).toEqual([2 ** 32 - 1, 0]);
  });
});
