/**
 * The one line generator of the charts (d3-shape's): lines of series by month, Lorenz curves, and
 * the baseline ghosts. A missing value (NaN) leaves a gap instead of a broken path.
 */
import { area, line } from 'd3-shape';
import { position, type PlotScale } from './context.ts';

/** SVG path through `data`, placed by `px` and `py` (pixels); '' when there is nothing to draw. */
export function linePath<T>(px: (d: T, i: number) => number, py: (d: T, i: number) => number): (data: readonly T[]) => string {
  const generator = line<T>()
    .defined((d, i) => Number.isFinite(px(d, i)) && Number.isFinite(py(d, i)))
    .x(px)
    .y(py);
  return (data) => generator(data as T[]) ?? '';
}

/** Path of a series by month: values[m] is drawn at month m. */
export function monthLine(x: PlotScale, y: PlotScale): (values: readonly number[]) => string {
  return linePath<number>(
    (_, month) => position(x, month),
    (value) => (Number.isFinite(value) ? position(y, value) : NaN),
  );
}

/**
 * Path of a band by month: the area between lo[m] and hi[m] (d3-shape's area), with a gap where
 * either is missing. Used for the 95 % intervals over replications.
 */
export function monthBand(x: PlotScale, y: PlotScale): (lo: ArrayLike<number>, hi: ArrayLike<number>) => string {
  return (lo, hi) => {
    const months = Array.from({ length: Math.min(lo.length, hi.length) }, (_, m) => m);
    const generator = area<number>()
      .defined((m) => Number.isFinite(lo[m]) && Number.isFinite(hi[m]))
      .x((m) => position(x, m))
      .y0((m) => position(y, lo[m]))
      .y1((m) => position(y, hi[m]));
    return generator(months) ?? '';
  };
}
