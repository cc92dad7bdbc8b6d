/**
 * The messages between the UI and workers/sim.worker.ts, imported by both sides so that a change
 * to one side is a type error on the other.
 */
import type { MonthUpdate, RunMeta, RunOverrides } from '../../engine/api.ts';
import type { Scenario } from '../../engine/schema.ts';

/** Sent once, before the first month, so the UI can lay out axes and legends. */
export interface MetaEvent {
  type: 'meta';
  runId: number;
  meta: RunMeta;
}

/** One computed month; its `frame` and `cohort` arrive as transferred buffers. */
export interface MonthEvent {
  type: 'month';
  runId: number;
  month: MonthUpdate;
}

export type RunEvent = MetaEvent | MonthEvent;

export type RunStatus = 'done' | 'cancelled';

/** What `start` resolves to when its loop ends. */
export interface RunEnd {
  runId: number;
  status: RunStatus;
  /** Months computed (month 0 counts as one). */
  monthsComputed: number;
  /** Wall time in the worker, from start to the last month. */
  elapsedMs: number;
}

export interface RunRequest {
  runId: number;
  scenario: Scenario;
  overrides: RunOverrides;
  /** Customer slices to split the run over (slice workers beside the sim worker); 1 or absent: one thread. */
  slices?: number;
}

/** The API the worker exposes through Comlink. */
export interface SimWorkerApi {
  /** Runs to the end (or until cancelled), streaming events through `onEvent`. A newer start cancels an older run. */
  start(request: RunRequest, onEvent: (event: RunEvent) => void): Promise<RunEnd>;
  /** Sets the cancel flag of the run; the answer is the acknowledgement (true if that run was active). */
  cancel(runId: number): boolean;
}
