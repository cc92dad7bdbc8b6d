/**
 * The messages between the analysis pool and workers/batch.worker.ts, imported by both sides.
 */
import type { RunOverrides } from '../../engine/api.ts';
import type { RunSummary } from '../../engine/analysis/summary.ts';
import type { Scenario } from '../../engine/schema.ts';

/** One independent run of a batch (a replication, a side of a comparison, a sweep point). */
export interface BatchJob {
  scenario: Scenario;
  overrides: RunOverrides;
}

export interface BatchWorkerApi {
  summarize(job: BatchJob): RunSummary;
}
