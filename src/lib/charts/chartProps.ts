/**
 * What every chart of the chart area receives (ChartArea passes its own props on), and the check
 * that a pinned baseline can be drawn against the run.
 */
import type { RunMeta } from '../../engine/api.ts';
import type { GlassTarget } from '../glassbox/target.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';

export interface ChartProps {
  meta: RunMeta;
  frames: Float64Array[];
  cohorts: Float64Array[];
  months: number;
  month: number;
  baseline: RunSnapshot | null;
  onmonth: (month: number) => void;
  onpick: (target: GlassTarget) => void;
}

/** The baseline only makes sense drawn against a run with the same operators and segments. */
export function usableBaseline(meta: RunMeta, baseline: RunSnapshot | null): RunSnapshot | null {
  if (!baseline || baseline.frames.length === 0) return null;
  const b = baseline.meta;
  const same = b.operators.length === meta.operators.length && b.segments.length === meta.segments.length && b.layout.size === meta.layout.size;
  return same ? baseline : null;
}
