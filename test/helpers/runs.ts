/** Reading a finished run in lesson tests: sums and rates over a span of months. */
import type { RunOutput } from '../../src/engine/api.ts';
import { at, type OperatorField } from '../../src/engine/frame.ts';
import { opIndex, segIndex } from './scenarios.ts';

export const lastMonth = (out: RunOutput) => out.frames.length - 1;

/** An operator field summed over months from..to (inclusive; default 1..last). */
export function opTotal(out: RunOutput, operatorId: string, field: OperatorField, from = 1, to = lastMonth(out)): number {
  const o = opIndex(out, operatorId);
  let sum = 0;
  for (let t = from; t <= to; t++) sum += out.frames[t][at.op(out.meta.layout, o, field)];
  return sum;
}

/** An operator field at one month. */
export const opAt = (out: RunOutput, operatorId: string, field: OperatorField, t: number) =>
  out.frames[t][at.op(out.meta.layout, opIndex(out, operatorId), field)];

/**
 * Churn of an operator over months from..to: its churners over its subscribers at month start,
 * summed over the months, restricted to some segments (all when omitted).
 */
export function segmentChurn(out: RunOutput, operatorId: string, from: number, to: number, segments?: string[]): number {
  const L = out.meta.layout;
  const o = opIndex(out, operatorId);
  const segs = (segments ?? out.meta.segments.map((s) => s.id)).map((id) => segIndex(out, id));
  return churnOver(out, from, to, segs.map((s) => (field) => at.seg(L, o, s, field)));
}

/** Churn of an operator's customers in some value tiers (0 base … 3 diamond) over months from..to. */
export function tierChurn(out: RunOutput, operatorId: string, from: number, to: number, tiers: number[]): number {
  const L = out.meta.layout;
  const o = opIndex(out, operatorId);
  return churnOver(out, from, to, tiers.map((k) => (field) => at.tier(L, o, k, field)));
}

/** Churners over subscribers at month start, summed over months from..to and over frame cells (segments or tiers). */
function churnOver(out: RunOutput, from: number, to: number, cells: ((field: 'churned' | 'subscribers') => number)[]): number {
  let churned = 0;
  let base = 0;
  for (let t = from; t <= to; t++)
    for (const cell of cells) {
      churned += out.frames[t][cell('churned')];
      base += out.frames[t - 1][cell('subscribers')];
    }
  return churned / base;
}

/** An operator's share of the market's subscribers in some segments, at month t. */
export function segmentShare(out: RunOutput, operatorId: string, t: number, segments: string[]): number {
  const L = out.meta.layout;
  const o = opIndex(out, operatorId);
  let own = 0;
  let all = 0;
  for (const id of segments) {
    const s = segIndex(out, id);
    for (let j = 0; j < out.meta.operators.length; j++) {
      const n = out.frames[t][at.seg(L, j, s, 'subscribers')];
      all += n;
      if (j === o) own += n;
    }
  }
  return own / all;
}
