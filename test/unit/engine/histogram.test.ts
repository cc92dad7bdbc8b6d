/**
 * Log-spaced integer histograms and the concentration measures computed from them
 * (model.md §6: top-20 % share, Gini and the Lorenz curve without sorting). The reference is an
 * exact computation by sorting the same population.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration, intBin, intBinLowerEdge, POS_BINS, signedIntBin, SIGNED_BINS, SUB_BITS } from '../../../src/engine/histogram.ts';
import { exactConcentration, mulberry32, normalFrom } from '../../helpers/stats.ts';

const POINTS = 21;
const MAX_INT = 0x7fffffff;
/** Relative width of the widest sub-bin (the first of each octave): 2^o/32 over 2^o. */
const REL_WIDTH = 1 / (1 << SUB_BITS);

interface Measured {
  lorenz: Float64Array;
  top20: number;
  gini: number;
}

/** Histogram a population and measure it with `concentration` (positive or signed bins). */
function measure(values: readonly number[], signed = false): Measured {
  const bins = signed ? SIGNED_BINS : POS_BINS;
  const counts = new Float64Array(bins);
  const sums = new Float64Array(bins);
  for (const v of values) {
    const b = signed ? signedIntBin(v) : intBin(v);
    counts[b] += 1;
    sums[b] += v;
  }
  const lorenz = new Float64Array(POINTS);
  const { top20, gini } = concentration(counts, sums, 0, bins, POINTS, lorenz, 0);
  return { lorenz, top20, gini };
}

/** Largest gap between the histogram measures and the exact ones. */
function errors(values: readonly number[], signed = false) {
  const m = measure(values, signed);
  const e = exactConcentration(values);
  let lorenz = 0;
  for (let p = 0; p < POINTS; p++) lorenz = Math.max(lorenz, Math.abs(m.lorenz[p] - e.lorenz(p / (POINTS - 1))));
  return { lorenz, top20: Math.abs(m.top20 - e.top20), gini: Math.abs(m.gini - e.gini), m, e };
}

/** Log-normal incomes in integer fen (≥ 1 fen). */
function logNormalFen(n: number, seed: number, medianFen: number, sigma: number): number[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, () => Math.max(1, Math.round(medianFen * Math.exp(sigma * normalFrom(rnd)))));
}

// From 500 customers up: in a few dozen customers with σ 2.5 one or two bills carry half the
// revenue and the within-bin error (bounded by the 1/128 test below) can exceed 1e-3.
const populationArb = fc.record({
  n: fc.integer({ min: 500, max: 5000 }),
  seed: fc.integer(),
  medianFen: fc.integer({ min: 500, max: 50_000 }), // 5 to 500 RMB a month
  sigma: fc.double({ min: 0.3, max: 2.5, noNaN: true }),
});

describe('intBin / signedIntBin', () => {
  it('intBin is monotone non-decreasing over 0..200,000 and within [0, POS_BINS)', () => {
    expect(intBin(0)).toBe(0);
    let last = 0;
    let decreases = 0;
    for (let v = 1; v <= 200_000; v++) {
      const b = intBin(v);
      if (b < last || b >= POS_BINS) decreases++;
      last = b;
    }
    expect(decreases).toBe(0);
    expect(intBin(MAX_INT)).toBeLessThan(POS_BINS);
    expect(intBin(2 ** 40)).toBe(POS_BINS - 1); // clamped
  });

  it('intBin is monotone for any pair of integers up to 2^31 - 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_INT }), fc.integer({ min: 0, max: MAX_INT }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(intBin(lo)).toBeLessThanOrEqual(intBin(hi));
        expect(intBin(hi)).toBeLessThan(POS_BINS);
      }),
      { numRuns: 5000 },
    );
  });

  it('signedIntBin is monotone from negative to positive values and within [0, SIGNED_BINS)', () => {
    let last = signedIntBin(-100_000);
    let decreases = 0;
    for (let v = -99_999; v <= 100_000; v++) {
      const b = signedIntBin(v);
      if (b < last || b < 0 || b >= SIGNED_BINS) decreases++;
      last = b;
    }
    expect(decreases).toBe(0);
    expect(signedIntBin(-1)).toBeLessThan(signedIntBin(0));
    expect(signedIntBin(0)).toBeLessThan(signedIntBin(1));
    fc.assert(
      fc.property(fc.integer({ min: -MAX_INT, max: MAX_INT }), fc.integer({ min: -MAX_INT, max: MAX_INT }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(signedIntBin(lo)).toBeLessThanOrEqual(signedIntBin(hi));
        expect(signedIntBin(lo)).toBeGreaterThanOrEqual(0);
        expect(signedIntBin(hi)).toBeLessThan(SIGNED_BINS);
      }),
      { numRuns: 5000 },
    );
  });

  it('each integer below 64 has a bin of its own (small values are exact)', () => {
    for (let v = 1; v < 64; v++) expect(intBin(v + 1)).toBeGreaterThan(intBin(v));
  });

  it('bins are at most 1/32 wide relative to their lower edge for values ≥ 64', () => {
    // The widest bin of an octave is the first: [2^o, 2^o (1 + 1/32)). (≈ 2^(1/32) with a 1.009 factor.)
    for (let b = 6 << SUB_BITS; b < (31 << SUB_BITS) - 1; b++) {
      const lo = intBinLowerEdge(b);
      const hi = intBinLowerEdge(b + 1);
      expect(hi).toBeGreaterThan(lo);
      expect(hi / lo).toBeLessThanOrEqual(1 + REL_WIDTH);
    }
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 2 ** 30 }), (v) => {
        const b = intBin(v);
        const lo = intBinLowerEdge(b);
        const hi = intBinLowerEdge(b + 1);
        expect(lo).toBeLessThanOrEqual(v);
        expect(v).toBeLessThan(hi);
        expect((hi - lo) / lo).toBeLessThanOrEqual(REL_WIDTH);
      }),
      { numRuns: 5000 },
    );
  });

  it('intBinLowerEdge is the smallest integer of its bin', () => {
    // Every bin from value 32 up is reachable: its lower edge falls in it, the integer below
    // falls in the bin before (below 32 some sub-bins are empty, so only "an earlier bin").
    for (let b = 5 << SUB_BITS; b < 31 << SUB_BITS; b++) {
      const lo = intBinLowerEdge(b);
      expect(intBin(lo)).toBe(b);
      if (b > 5 << SUB_BITS) expect(intBin(lo - 1)).toBe(b - 1);
      else expect(intBin(lo - 1)).toBeLessThan(b);
    }
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_INT }), (v) => {
        const b = intBin(v);
        const lo = intBinLowerEdge(b);
        expect(lo).toBeLessThanOrEqual(v);
        expect(intBin(lo)).toBe(b);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('concentration() against an exact sort', () => {
  it('random log-normal incomes (n = 500…5000, σ 0.3…2.5): Lorenz points, top-20 % and Gini within 1e-3', () => {
    fc.assert(
      fc.property(populationArb, ({ n, seed, medianFen, sigma }) => {
        const err = errors(logNormalFen(n, seed, medianFen, sigma));
        expect(err.lorenz).toBeLessThan(1e-3);
        expect(err.top20).toBeLessThan(1e-3);
        expect(err.gini).toBeLessThan(1e-3);
      }),
      { numRuns: 60 },
    );
  });

  it('the calibrated 80/20 spread (σ = 1.68, n = 5000) is measured to better than 1e-4', () => {
    // model.md §6 asks for the Lorenz curve to better than 1e-4 from the histogram.
    for (const seed of [1, 2, 3]) {
      const err = errors(logNormalFen(5000, seed, 5000, 1.68));
      expect(err.lorenz).toBeLessThan(1e-4);
      expect(err.top20).toBeLessThan(1e-4);
      expect(err.gini).toBeLessThan(1e-4);
      expect(err.e.top20).toBeGreaterThan(0.7); // the population really is concentrated
    }
  });

  it('any population of positive integers stays within the bin-width bound (1/128 Lorenz, 1/64 Gini)', () => {
    // Inside one bin the histogram draws the chord of the true (convex) Lorenz curve; with values
    // at most 1/32 apart relative to each other the gap is at most 1/4 of that, times the bin's share.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 400 }), (values) => {
        const err = errors(values);
        expect(err.lorenz).toBeLessThanOrEqual(REL_WIDTH / 4 + 1e-12);
        expect(err.top20).toBeLessThanOrEqual(REL_WIDTH / 4 + 1e-12);
        expect(err.gini).toBeLessThanOrEqual(REL_WIDTH / 2 + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('Lorenz output: starts at 0, ends at 1, non-decreasing, below the diagonal', () => {
    fc.assert(
      fc.property(populationArb, ({ n, seed, medianFen, sigma }) => {
        const { lorenz, top20, gini } = measure(logNormalFen(n, seed, medianFen, sigma));
        expect(lorenz[0]).toBe(0);
        expect(lorenz[POINTS - 1]).toBe(1);
        for (let p = 1; p < POINTS; p++) {
          expect(lorenz[p]).toBeGreaterThanOrEqual(lorenz[p - 1]);
          expect(lorenz[p]).toBeLessThanOrEqual(p / (POINTS - 1) + 1e-12);
        }
        expect(top20).toBeGreaterThanOrEqual(0.2 - 1e-12);
        expect(top20).toBeLessThanOrEqual(1);
        expect(gini).toBeGreaterThanOrEqual(-1e-12);
        expect(gini).toBeLessThan(1);
      }),
      { numRuns: 40 },
    );
  });

  it('all customers equal: the equality line, top-20 % = 0.2, Gini = 0', () => {
    for (const v of [1, 63, 1000, 123_457]) {
      for (const n of [1, 5, 50, 1234]) {
        const { lorenz, top20, gini } = measure(new Array(n).fill(v));
        for (let p = 0; p < POINTS; p++) expect(lorenz[p]).toBeCloseTo(p / (POINTS - 1), 12);
        expect(top20).toBeCloseTo(0.2, 12);
        expect(gini).toBeCloseTo(0, 12);
      }
    }
  });

  it('one rich customer among equals: matches the exact values', () => {
    for (const n of [50, 101, 5000]) {
      const values = new Array(n - 1).fill(2000);
      values.push(50_000_000);
      const err = errors(values);
      expect(err.lorenz).toBeLessThan(1e-9);
      expect(err.top20).toBeLessThan(1e-9);
      expect(err.gini).toBeLessThan(1e-9);
      expect(err.m.top20).toBeGreaterThan(0.8); // the rich customer alone brings most of the total
    }
  });

  it('empty histogram: the equality line and Gini 0, no NaN', () => {
    const { lorenz, top20, gini } = measure([]);
    for (let p = 0; p < POINTS; p++) expect(lorenz[p]).toBeCloseTo(p / (POINTS - 1), 12);
    expect(gini).toBe(0);
    expect(Number.isFinite(top20)).toBe(true);
    expect(top20).toBeGreaterThanOrEqual(0);
    expect(top20).toBeLessThanOrEqual(0.2);
  });

  it('reads bins at `offset` and writes only points at `outOffset` (the engine packs operators side by side)', () => {
    const values = logNormalFen(800, 5, 3000, 1.2);
    const ref = measure(values);
    const offset = 3 * POS_BINS + 7;
    const counts = new Float64Array(offset + POS_BINS + 11).fill(999);
    const sums = new Float64Array(offset + POS_BINS + 11).fill(-5);
    counts.fill(0, offset, offset + POS_BINS);
    sums.fill(0, offset, offset + POS_BINS);
    for (const v of values) {
      counts[offset + intBin(v)] += 1;
      sums[offset + intBin(v)] += v;
    }
    const out = new Float64Array(100).fill(-7);
    const r = concentration(counts, sums, offset, POS_BINS, POINTS, out, 40);
    expect(r.top20).toBe(ref.top20);
    expect(r.gini).toBe(ref.gini);
    expect(Array.from(out.subarray(40, 40 + POINTS))).toEqual(Array.from(ref.lorenz));
    for (let i = 0; i < 100; i++) if (i < 40 || i >= 40 + POINTS) expect(out[i]).toBe(-7);
  });
  it('stride 2 reads interleaved (count, sum) pairs exactly like two separate arrays', () => {
    // The engine stores each histogram as count/sum pairs side by side (accumulator layout).
    for (const signed of [false, true]) {
      const values = logNormalFen(1500, 9, 4000, 1.5).map((v) => (signed ? v - 3000 : v));
      const bins = signed ? SIGNED_BINS : POS_BINS;
      const counts = new Float64Array(bins);
      const sums = new Float64Array(bins);
      const pairs = new Float64Array(bins * 2 + 6);
      const start = 6;
      for (const v of values) {
        const b = signed ? signedIntBin(v) : intBin(v);
        counts[b] += 1;
        sums[b] += v;
        pairs[start + 2 * b] += 1;
        pairs[start + 2 * b + 1] += v;
      }
      const a = new Float64Array(POINTS);
      const b = new Float64Array(POINTS);
      const ra = concentration(counts, sums, 0, bins, POINTS, a, 0);
      const rb = concentration(pairs.subarray(start), pairs.subarray(start + 1), 0, bins, POINTS, b, 0, 2);
      expect(rb).toEqual(ra);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });
});

describe('signed histogram (profit, some customers loss-making)', () => {
  /** Margins in fen: 60 % of a log-normal bill minus a fixed cost, so low spenders lose money. */
  function margins(n: number, seed: number, medianFen: number, sigma: number, fixedFen: number): number[] {
    return logNormalFen(n, seed, medianFen, sigma).map((rev) => Math.round(0.6 * rev - fixedFen));
  }

  it('top-20 % profit share, Lorenz points and Gini within 1e-3 of the exact values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 5000 }),
        fc.integer(),
        fc.double({ min: 0.8, max: 2.2, noNaN: true }),
        fc.integer({ min: 0, max: 1500 }),
        (n, seed, sigma, fixedFen) => {
          const values = margins(n, seed, 3000, sigma, fixedFen);
          // Shares are sums over the total: when losses nearly cancel the gains the total is close
          // to 0 and any absolute error in a bin is magnified without bound. The 1e-3 accuracy is
          // claimed where the total is at least a tenth of the gross (sum of |margin|).
          const gross = values.reduce((a, v) => a + Math.abs(v), 0);
          fc.pre(exactConcentration(values).total > 0.1 * gross);
          const err = errors(values, true);
          expect(err.top20).toBeLessThan(1e-3);
          expect(err.lorenz).toBeLessThan(1e-3);
          expect(err.gini).toBeLessThan(1e-3);
          expect(err.m.lorenz[0]).toBe(0);
          expect(err.m.lorenz[POINTS - 1]).toBe(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('with losses the Lorenz curve dips below zero and the top 20 % can bring more than all the profit', () => {
    // 70 customers losing 10 RMB, 30 earning 40 RMB: total 500 RMB; the top 20 earn 800 RMB = 160 %.
    const values = [...new Array(70).fill(-1000), ...new Array(30).fill(4000)];
    const { lorenz, top20 } = measure(values, true);
    const exact = exactConcentration(values);
    expect(top20).toBeCloseTo(exact.top20, 12);
    expect(top20).toBeCloseTo(1.6, 12);
    expect(Math.min(...lorenz)).toBeLessThan(0);
    for (let p = 0; p < POINTS; p++) expect(lorenz[p]).toBeCloseTo(exact.lorenz(p / (POINTS - 1)), 12);
  });

  it('zero-profit customers are counted in the zero bin and do not move the shares', () => {
    const values = [0, 0, 0, 0, 0, 100, 200, 300, 400, 500];
    const err = errors(values, true);
    expect(err.top20).toBeLessThan(1e-12);
    expect(err.lorenz).toBeLessThan(1e-12);
  });
});
