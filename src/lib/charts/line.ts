/**
 * The one line generator of the charts (d3-shape's): lines of series by month, Lorenz curves, and
 * the baseline ghosts. A missing value (NaN) leaves a gap instead of a broken path.
 */
import { line } from 'd3-shape';
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
