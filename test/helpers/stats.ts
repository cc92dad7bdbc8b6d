/**
 * Small, independent statistics helpers for the tests (no engine code): a reference PRNG,
 * normal CDF, chi-square p-values, correlation, and exact concentration measures by sorting.
 */

/** mulberry32: a tiny seeded PRNG, independent of the engine's generator. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform source. */
export function normalFrom(rnd: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

/** Standard normal CDF (erfc, Numerical Recipes' Chebyshev fit, |error| < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const r =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - r / 2 : r / 2;
}

/** Upper-tail p-value of a chi-square statistic with k degrees of freedom (Wilson–Hilferty). */
export function chiSquarePValue(x: number, k: number): number {
  const z = (Math.cbrt(x / k) - (1 - 2 / (9 * k))) / Math.sqrt(2 / (9 * k));
  return 1 - normalCdf(z);
}

/** Chi-square statistic of uniform values in [0,1) over `bins` equal bins. */
export function chiSquareUniform(values: ArrayLike<number>, bins: number): number {
  const counts = new Float64Array(bins);
  for (let i = 0; i < values.length; i++) counts[Math.floor(values[i] * bins)]++;
  const expected = values.length / bins;
  let chi = 0;
  for (const c of counts) chi += ((c - expected) * (c - expected)) / expected;
  return chi;
}

/** Chi-square statistic of independence for pairs of uniforms on a bins × bins grid. */
export function chiSquarePairs(a: ArrayLike<number>, b: ArrayLike<number>, bins: number): number {
  const n = a.length;
  const counts = new Float64Array(bins * bins);
  for (let i = 0; i < n; i++) counts[Math.floor(a[i] * bins) * bins + Math.floor(b[i] * bins)]++;
  const expected = n / (bins * bins);
  let chi = 0;
  for (const c of counts) chi += ((c - expected) * (c - expected)) / expected;
  return chi;
}

export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - ma;
    const db = b[i] - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

export interface ExactConcentration {
  /** Lorenz y at x in [0,1], linear between the points (i/n, share of the i smallest). */
  lorenz(x: number): number;
  top20: number;
  gini: number;
  total: number;
}

/** Concentration of a population by sorting it (the reference the histogram approximates). */
export function exactConcentration(values: readonly number[]): ExactConcentration {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((a, b) => a + b, 0);
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + sorted[i];
  const lorenz = (x: number) => {
    const f = x * n;
    const i = Math.min(n - 1, Math.floor(f));
    return (cum[i] + (cum[i + 1] - cum[i]) * (f - i)) / total;
  };
  let area = 0;
  for (let i = 0; i < n; i++) area += (cum[i] + cum[i + 1]) / (2 * n * total);
  return { lorenz, top20: 1 - lorenz(0.8), gini: 1 - 2 * area, total };
}
