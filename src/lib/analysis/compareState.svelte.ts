/**
 * The Compare view's choice and its last result, kept for the page's life: the view is made again
 * each time its tab opens, and a comparison that took a minute should still be there.
 */
import { BatchRun } from './batchRun.svelte.ts';
import { DEFAULT_REPLICATIONS, type SideKey } from './compareSides.ts';
import type { Study } from './studyFile.ts';
import type { Scenario } from '../../engine/schema.ts';

/** What the view shows: a study run here, or one read from a file (`file` names it). */
export interface CompareResult extends Study {
  file?: string;
}

class CompareState {
  baseline = $state<SideKey>('edited');
  /** The variants ticked; null until the user (or a request, or a study) chose, and the view picks a default. */
  variants = $state<SideKey[] | null>(null);
  replications = $state(DEFAULT_REPLICATIONS);
  /** The variant whose effects and charts are shown. */
  shown = $state<SideKey | null>(null);
  /** The operator of the effects table and charts (index). */
  operator = $state<number | null>(null);
  /** Sides an opened study brought that the page cannot rebuild (its pinned baseline, its preset). */
  studyPinned = $state.raw<Scenario | null>(null);
  studyOrigin = $state.raw<Scenario | null>(null);
  /** The last comparison request handled (AboutCase's Compare), so reopening the tab does not repeat it. */
  handledRequest = 0;
  readonly batch = new BatchRun<CompareResult>();
  /** A study read from a file, shown instead of the batch's result until the next run. */
  opened = $state.raw<CompareResult | null>(null);
}

export const compareState = new CompareState();
