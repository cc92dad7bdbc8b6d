/**
 * Small pure helpers for scales and picking, shared by the charts.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { estimateTextWidth } from '../export/svgDocument.ts';

/** Month → pixels across a time chart: months 0..`months` of the run (at least one month wide). */
export function monthScale(months: number, innerWidth: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(1, months)])
    .range([0, innerWidth]);
}

/** Bands for items 0..count−1 (operators, segments) across `length` pixels. */
export function indexBands(count: number, length: number, padding: number): ScaleBand<number> {
  return scaleBand<number>()
    .domain(Array.from({ length: count }, (_, i) => i))
    .range([0, length])
    .padding(padding);
}

/** Values → pixels across `length`, on round ticks (bar lengths, value axes). */
export function valueScale(domain: [number, number], length: number): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range([0, length]).nice();
}

/** A left margin wide enough for the longest row label (11.5 px text), at most `max`. */
export function labelMargin(labels: readonly string[], max: number): number {
  return Math.min(max, 12 + Math.max(...labels.map((s) => estimateTextWidth(s, 11.5))));
}

/** A y range that always shows `include` (e.g. 0 and the 80 % line) and every finite value, so nothing is clipped. */
export function honestDomain(values: Iterable<number>, include: number[]): [number, number] {
  let lo = Math.min(...include);
  let hi = Math.max(...include);
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Month under a horizontal pixel position, clamped to 0..last. */
export function monthAt(px: number, invert: (px: number) => number, last: number): number {
  return Math.max(0, Math.min(last, Math.round(invert(px))));
}

/** Index of the value whose pixel position is nearest to `py` (NaN values are skipped); -1 if none. */
export function nearestIndex(pixels: number[], py: number): number {
  let best = -1;
  let bestDistance = Infinity;
  pixels.forEach((p, i) => {
    const d = Math.abs(p - py);
    if (Number.isFinite(p) && d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** Index of the band [lo, hi] (in pixels, any order) that contains `py`, else the nearest band. */
export function bandIndex(bands: [number, number][], py: number): number {
  const inside = bands.findIndex(([a, b]) => py >= Math.min(a, b) && py <= Math.max(a, b));
  return inside >= 0
    ? inside
    : nearestIndex(
        bands.map(([a, b]) => (a + b) / 2),
        py,
      );
}
