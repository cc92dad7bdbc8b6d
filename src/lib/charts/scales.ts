/**
 * Small pure helpers for scales and picking, shared by the charts.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** Month → pixels across a time chart: months 0..`months` of the run (at least one month wide). */
export function monthScale(months: number, innerWidth: number): ScaleLinear<number, number> {
  return scaleLinear().domain([0, Math.max(1, months)]).range([0, innerWidth]);
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
  return inside >= 0 ? inside : nearestIndex(bands.map(([a, b]) => (a + b) / 2), py);
}
