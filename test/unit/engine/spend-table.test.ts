/**
 * Log-normal spend through a quantile table (model.md §2 "Calibration of 80/20"): the inverse
 * normal, the table's median, and that σ = 1.68 reproduces the seeds' 80/20 rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIRTH_MONTH, customerMonthKey, draw32, Purpose } from '../../../src/engine/rng.ts';
import { normalQuantile, spendFromDraw, spendQuantiles, TABLE_LENGTH } from '../../../src/engine/spendTable.ts';
import { normalCdf } from '../../helpers/stats.ts';

/** Exact top-20 % share of a sample (sorting). */
function top20Share(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let total = 0;
  let top = 0;
  const cut = Math.round(0.8 * n);
  for (let i = 0; i < n; i++) {
    total += sorted[i];
    if (i >= cut) top += sorted[i];
  }
  return top / total;
}

/** Spend of customers 0..n-1 drawn exactly as the engine does at birth. */
function engineSpends(n: number, seed: number, median: number, sigma: number): Float64Array {
  const q = spendQuantiles(median, sigma);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = spendFromDraw(q, draw32(customerMonthKey(seed, i, BIRTH_MONTH), Purpose.spend));
  return out;
}

describe('normalQuantile', () => {
  it('matches known values of the inverse standard normal CDF', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621234, 7);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963985, 7);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 7); // lower-tail branch
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306, 7); // upper-tail branch
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424309, 6);
  });

  it('is increasing, antisymmetric about 0.5, and inverts the normal CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (a, b) => {
        if (a <= b) expect(normalQuantile(a)).toBeLessThanOrEqual(normalQuantile(b));
        if (b - a > 1e-9) expect(normalQuantile(a)).toBeLessThan(normalQuantile(b));
        expect(normalQuantile(1 - a)).toBeCloseTo(-normalQuantile(a), 6);
        expect(normalCdf(normalQuantile(a))).toBeCloseTo(a, 6);
      }),
      { numRuns: 500 },
    );
  });
});

describe('spendQuantiles / spendFromDraw', () => {
  it('the middle of the table is the median, for any median and σ', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100_000, noNaN: true }), fc.double({ min: 0.05, max: 3, noNaN: true }), (median, sigma) => {
        const q = spendQuantiles(median, sigma);
        expect(q.length).toBe(TABLE_LENGTH);
        // u = 2^31 is p = 0.5 exactly, an edge of the grid.
        const mid = spendFromDraw(q, 2 ** 31);
        expect(Math.abs(mid / median - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('is the exact log-normal quantile within 0.05 % from p = 2⁻²⁴ to 1 − 2⁻²⁴, in the middle and at both ends', () => {
    for (const sigma of [0.05, 1, 1.68, 3]) {
      const q = spendQuantiles(40, sigma);
      let worst = 0;
      // Log-spaced distances from each end, so every level of the grid is crossed many times.
      for (let e = 24; e >= 1; e -= 0.0005) {
        const d = Math.floor(2 ** (32 - e));
        for (const [u, p] of [
          [d, d / 2 ** 32],
          [2 ** 32 - d, 1 - d / 2 ** 32],
        ]) {
          const exact = 40 * Math.exp(sigma * normalQuantile(p));
          worst = Math.max(worst, Math.abs(spendFromDraw(q, u) / exact - 1));
        }
      }
      expect(worst, `σ = ${sigma}`).toBeLessThan(5e-4);
    }
  });

  it('spend is positive and non-decreasing in the draw', () => {
    const q = spendQuantiles(40, 1.68);
    let last = 0;
    let bad = 0;
    for (let u = 0; u < 2 ** 32; u += 65_521) {
      const x = spendFromDraw(q, u);
      if (!(x > 0) || x < last) bad++;
      last = x;
    }
    const top = spendFromDraw(q, 2 ** 32 - 1);
    expect(bad).toBe(0);
    expect(top).toBeGreaterThanOrEqual(last);
    expect(Number.isFinite(top)).toBe(true);
  });

  it('the sample median of engine draws is the table median', () => {
    for (const sigma of [0.5, 1.68, 2.5]) {
      const xs = engineSpends(100_001, 3, 60, sigma).sort();
      // With n = 100,001 the sample median's p is within ±0.005 of 0.5 (≈ 3 sd): z within ±0.0125.
      expect(Math.abs(Math.log(xs[50_000] / 60))).toBeLessThan(0.0125 * sigma + 1e-9);
    }
  });

  it('σ = 1.68 gives the seeds’ 80/20: the top 20 % of customers bring 80 % ± 2 points of spend', () => {
    const share = top20Share(engineSpends(200_000, 1, 25, 1.68));
    expect(share).toBeGreaterThan(0.78);
    expect(share).toBeLessThan(0.82);
  });

  it('the top-20 % share follows the log-normal law 1 − Φ(z₀.₈ − σ) for other σ (tail cut included)', () => {
    for (const sigma of [0.3, 1, 2.5]) {
      const share = top20Share(engineSpends(100_000, 2, 25, sigma));
      const theory = 1 - normalCdf(normalQuantile(0.8) - sigma);
      expect(Math.abs(share - theory), `σ = ${sigma}`).toBeLessThan(0.02);
    }
  });
});
