/**
 * Shared types of a run, imported by the engine, the worker wrapper, the CLI and the UI.
 */
import type { FrameLayout } from './frame.ts';
import type { ResponseRecord } from './reactor.ts';
import type { LocalizedString } from './schema.ts';

/** Values the user may override on top of a scenario's market block. */
export interface RunOverrides {
  seed?: number;
  months?: number;
  customers?: number;
}

export interface RunMeta {
  scenarioId: string;
  title: LocalizedString;
  seed: number;
  months: number;
  customers: number;
  operators: { id: string; name: LocalizedString; color: string }[];
  segments: { id: string; name: LocalizedString }[];
  tiers: string[];
  layout: FrameLayout;
}

/** What one month of a run produces. Both arrays are fresh and may be transferred. */
export interface MonthUpdate {
  month: number;
  /** All metrics of the month, read with `at.*` from frame.ts and `meta.layout`. */
  frame: Float64Array;
  /**
   * Cohort retention at this month: for operator o and join month j (0..months),
   * cohort[o * (months + 1) + j] = customers who joined o in month j and are still with o.
   * Month 0's cohort is the starting base.
   */
  cohort: Float64Array;
  /** Response rules fired at this month's end (reactor.ts); absent when none fired. */
  responses?: ResponseRecord[];
}

/** Everything a finished run keeps: enough to write the result JSON (model.md §8). */
export interface RunOutput {
  meta: RunMeta;
  frames: Float64Array[];
  /** Cohort sizes at joining: cohortSize[o * (months + 1) + j]. */
  cohortSize: Float64Array;
  /** Cohort rows per month (same indexing as MonthUpdate.cohort). */
  cohorts: Float64Array[];
  /** Response rules fired in the run, in order (absent or empty when none fired). */
  responses?: readonly ResponseRecord[];
}
