/**
 * Log-spaced histograms for concentration metrics without sorting (model.md §6).
 *
 * Values are integers (money in fen); a value's bin comes from its leading bit (the octave) and
 * the next five bits, so bins are at most 1/32 ≈ 3.1 % wide (relative to their lower edge) and finding one takes a few
 * integer operations: no log in the per-customer loop.
 * Bins hold a count and a sum; the Lorenz curve, top-20 % share and Gini are then computed
 * from the bins in order, assuming equal values inside a bin (the error this leaves is far
 * below 1e-3; see test/unit/engine/histogram.test.ts).
 */

export const SUB_BITS = 5;
/** Bins for positive integers: 31 octaves × 32 sub-bins, plus room to clamp. */
export const POS_BINS = 32 << SUB_BITS;
/** Signed histogram: negative bins (mirrored), one zero bin, positive bins, ascending in value. */
export const SIGNED_BINS = 2 * POS_BINS + 1;

/**
 * Bin of a positive integer (money in fen, scaled scores): the octave is 31 - clz32(v) and the
 * next SUB_BITS bits below the leading one pick the sub-bin. Integer operations only. v < 1 → 0.
 */
export function intBin(v: number): number {
  if (v < 1) return 0;
  if (v > 0x7fffffff) return POS_BINS - 1;
  const lz = Math.clz32(v);
  return ((31 - lz) << SUB_BITS) | (((v << lz) << 1) >>> (32 - SUB_BITS));
}

/** Bin of any integer in a signed histogram, ascending in value. */
export function signedIntBin(v: number): number {
  if (v > 0) return POS_BINS + 1 + intBin(v);
  if (v < 0) return POS_BINS - 1 - intBin(-v);
  return POS_BINS;
}

/** Smallest integer that falls into a positive bin (for tests and reporting). */
export function intBinLowerEdge(bin: number): number {
  const octave = bin >> SUB_BITS;
  const sub = bin & ((1 << SUB_BITS) - 1);
  return 2 ** octave + Math.floor((sub * 2 ** octave) / (1 << SUB_BITS));
}

/**
 * Concentration of a histogram given as counts and sums in ascending bin order
 * (`counts[offset + i*stride]`, `sums[offset + i*stride]`, i < bins; stride 2 reads one array of
 * interleaved count/sum pairs).
 * Writes `points` Lorenz y-values at x = 0, 1/(points-1), …, 1 into `out[outOffset..]`
 * and returns { top20, gini }. An empty or zero-total histogram gives the equality line.
 */
export function concentration(
  counts: ArrayLike<number>,
  sums: ArrayLike<number>,
  offset: number,
  bins: number,
  points: number,
  out: Float64Array,
  outOffset: number,
  stride = 1,
): { top20: number; gini: number } {
  let n = 0;
  let total = 0;
  for (let i = 0; i < bins; i++) {
    n += counts[offset + i * stride];
    total += sums[offset + i * stride];
  }
  if (n === 0 || total === 0) {
    for (let p = 0; p < points; p++) out[outOffset + p] = p / (points - 1);
    return { top20: n === 0 ? 0 : 0.2, gini: 0 };
  }
  // Walk bins in ascending order; the Lorenz curve is linear inside a bin.
  let cumN = 0;
  let cumS = 0;
  let area = 0; // ∫ L(x) dx by trapezoids over bins
  out[outOffset] = 0;
  let p = 1;
  let y80 = 1;
  let found80 = false;
  for (let i = 0; i < bins; i++) {
    const c = counts[offset + i * stride];
    if (c === 0) continue;
    const x0 = cumN / n;
    const y0 = cumS / total;
    cumN += c;
    cumS += sums[offset + i * stride];
    const x1 = cumN / n;
    const y1 = cumS / total;
    area += (x1 - x0) * (y0 + y1) * 0.5;
    while (p < points - 1 && p / (points - 1) <= x1) {
      const x = p / (points - 1);
      out[outOffset + p] = y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
      p++;
    }
    if (!found80 && x1 >= 0.8) {
      y80 = y0 + ((y1 - y0) * (0.8 - x0)) / (x1 - x0);
      found80 = true;
    }
  }
  out[outOffset + points - 1] = 1;
  return { top20: 1 - y80, gini: 1 - 2 * area };
}
