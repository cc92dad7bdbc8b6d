/**
 * What every chart of the chart area receives (ChartArea passes its own props on), and the check
 * that a pinned baseline can be drawn against the run.
 */
import type { RunMeta } from '../../engine/api.ts';
import type { GlassTarget } from '../glassbox/target.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';

export interface ChartProps {
  meta: RunMeta;
  /** The months of the run drawn so far, and their cohort counts. */
  frames: Float64Array[];
  cohorts: Float64Array[];
  /** The month the scrubber points at; every chart shows it (within the months it has drawn). */
  month: number;
  /** A pinned earlier run of the same scenario shape, drawn faintly; null when none is pinned. */
  baseline: RunSnapshot | null;
  /** Hovering or scrubbing a chart moves the shared month. */
  onmonth: (month: number) => void;
  /** Clicking a point asks the glass box to explain it. */
  onpick: (target: GlassTarget) => void;
}

/** The baseline only makes sense drawn against a run with the same operators and segments. */
export function usableBaseline(meta: RunMeta, baseline: RunSnapshot | null): RunSnapshot | null {
  if (!baseline || baseline.frames.length === 0) return null;
  const b = baseline.meta;
  const same = b.operators.length === meta.operators.length && b.segments.length === meta.segments.length && b.layout.size === meta.layout.size;
  return same ? baseline : null;
}
