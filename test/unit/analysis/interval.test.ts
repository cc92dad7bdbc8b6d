import { describe, expect, it } from 'vitest';
import { mean, meanInterval, tCritical, unpairedHalfWidth, variance } from '../../../src/engine/analysis/interval.ts';

describe('Student t intervals over replications', () => {
  it('uses the t quantiles of the tables', () => {
    // Two-sided 95 % critical values: df 1 → 12.706, df 4 → 2.776, df 9 → 2.262, df 30 → 2.042.
    expect(tCritical(0.95, 1)).toBeCloseTo(12.7062, 3);
    expect(tCritical(0.95, 4)).toBeCloseTo(2.7764, 3);
    expect(tCritical(0.95, 9)).toBeCloseTo(2.2622, 3);
    expect(tCritical(0.95, 30)).toBeCloseTo(2.0423, 3);
    expect(tCritical(0.9, 9)).toBeCloseTo(1.8331, 3);
  });

  it('gives the textbook interval of a small sample', () => {
    // 5, 7, 8, 9, 11: mean 8, sd √5, half-width 2.776 × √5 / √5 = 2.776.
    const i = meanInterval([5, 7, 8, 9, 11]);
    expect(i.n).toBe(5);
    expect(i.mean).toBe(8);
    expect(i.sd).toBeCloseTo(Math.sqrt(5), 12);
    expect(i.half).toBeCloseTo(2.7764, 3);
    expect(i.lo).toBeCloseTo(8 - 2.7764, 3);
    expect(i.hi).toBeCloseTo(8 + 2.7764, 3);
  });

  it('has no width with one value, and zero width for equal values', () => {
    const one = meanInterval([3]);
    expect(one.mean).toBe(3);
    expect(one.half).toBeNaN();
    const same = meanInterval([2, 2, 2]);
    expect(same.half).toBe(0);
    expect([same.lo, same.hi]).toEqual([2, 2]);
  });

  it('computes mean and sample variance', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 12);
    expect(variance([1])).toBeNaN();
    expect(mean([])).toBeNaN();
  });

  it('gives the Welch half-width for two independent samples', () => {
    // Equal sizes and variances: se = √(2 s² / n), df = 2n − 2.
    const a = [1, 2, 3, 4, 5];
    const b = [3, 4, 5, 6, 7];
    expect(unpairedHalfWidth(a, b)).toBeCloseTo(tCritical(0.95, 8) * Math.sqrt((2 * 2.5) / 5), 10);
  });
});
