/**
 * A finished (or partial) run as the charts read it. The live run and a pinned baseline have the
 * same shape, so every chart can draw a baseline ghost with the code that draws the run.
 */
import type { RunMeta } from '../../engine/api.ts';
import type { ResponseRecord } from '../../engine/reactor.ts';

export interface RunSnapshot {
  meta: RunMeta;
  /** One frame per computed month, month 0 first (frame.ts layout). */
  frames: Float64Array[];
  /** Cohort rows per computed month (api.ts MonthUpdate.cohort). */
  cohorts: Float64Array[];
  /** Response rules fired so far (reactor.ts), in decision order; absent in runs stored before them. */
  responses?: readonly ResponseRecord[];
}
