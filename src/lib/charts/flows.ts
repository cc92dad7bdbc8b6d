/**
 * Sums per-month flows of the frames over a period: the from→to switching matrix and the money
 * fields by operator. Reads values only through frame.ts accessors.
 */
import { at, opValue, type FrameLayout, type OperatorField } from '../../engine/frame.ts';

/** matrix[from][to] = churners from `from` to `to` over months first..last; to = operators means left the market. */
export function switchingMatrix(frames: Float64Array[], layout: FrameLayout, first: number, last: number): number[][] {
  const n = layout.operators;
  const matrix = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  const end = Math.min(last, frames.length - 1);
  for (let month = Math.max(0, first); month <= end; month++) {
    const frame = frames[month];
    for (let from = 0; from < n; from++) {
      for (let to = 0; to <= n; to++) matrix[from][to] += frame[at.switching(layout, from, to)];
    }
  }
  return matrix;
}

/** totals[o][i] = sum of fields[i] of operator o over months first..last. */
export function operatorTotals(frames: Float64Array[], layout: FrameLayout, fields: readonly OperatorField[], first: number, last: number): number[][] {
  const totals = Array.from({ length: layout.operators }, () => new Array<number>(fields.length).fill(0));
  const end = Math.min(last, frames.length - 1);
  for (let month = Math.max(0, first); month <= end; month++) {
    for (let o = 0; o < layout.operators; o++) {
      for (let i = 0; i < fields.length; i++) totals[o][i] += opValue(frames[month], layout, o, fields[i]);
    }
  }
  return totals;
}
